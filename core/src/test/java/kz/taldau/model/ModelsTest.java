package kz.taldau.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Writer;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kz.taldau.Document;
import kz.taldau.EntityMention;
import kz.taldau.Language;
import kz.taldau.LibraryVersion;
import kz.taldau.Pipeline;
import kz.taldau.ner.OpenNlpEntityTagger;
import kz.taldau.ner.TinyModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelsTest {
  private static final ModelId ID = ModelId.parse("ru-ner-test@1");
  private static byte[] bin;

  @TempDir
  Path dir;

  @BeforeAll
  static void trainTinyModel() {
    bin = TinyModels.trainBytes(Language.RUSSIAN);
  }

  private static ModelManifest manifest(ModelId id, String language, String sha, String min, String max) {
    return new ModelManifest(id, language, ModelManifest.COMPONENT_NER,
        ModelManifest.FORMAT_OPENNLP_NAMEFINDER,
        min, max, sha, "test sentences", "0".repeat(64), "Algorithm=PERCEPTRON", Optional.of(0.5),
        "2025-01-01");
  }

  private void write(Path target, ModelManifest m, byte[] model) throws IOException {
    Files.createDirectories(target);
    Files.write(target.resolve(m.id().baseName() + ".bin"), model);
    try (Writer w = Files.newBufferedWriter(target.resolve(m.id().baseName() + ".properties"),
        StandardCharsets.UTF_8)) {
      m.write(w);
    }
  }

  private void writeGood() throws IOException {
    write(dir, manifest(ID, "ru", Models.sha256(bin), "0.1.0", "1.0.0"), bin);
  }

  @Test
  void loadsACheckedModelFromADirectory() throws IOException {
    writeGood();
    NerModel m = Models.loadNameFinder(dir, ID, Language.RUSSIAN);
    assertEquals(ID, m.manifest().id());
    assertEquals(Optional.of(0.5), m.manifest().evalDevF1());
    assertEquals("ru", m.model().getLanguage());
  }

  @Test
  void loadsFromTheClasspath() throws IOException {
    write(dir.resolve(ID.resourceDirectory()), manifest(ID, "ru", Models.sha256(bin), "0.1.0", "1.0.0"), bin);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      NerModel m = Models.loadNameFinder(ID, Language.RUSSIAN, loader);
      assertEquals("ru", m.manifest().language());
    }
  }

  @Test
  void missingModelOnTheClasspath() {
    ModelLoadException e = assertThrows(ModelLoadException.class,
        () -> Models.loadNameFinder(ModelId.parse("kk-ner-missing@7"), Language.KAZAKH));
    assertEquals("model kk-ner-missing@7 not found: no classpath resource "
        + "kz/taldau/models/ner/kk-missing-v7.properties (is the taldau-models jar on the classpath?)",
            e.getMessage());
  }

  @Test
  void missingModelFile() throws IOException {
    write(dir, manifest(ID, "ru", Models.sha256(bin), "0.1.0", "1.0.0"), bin);
    Files.delete(dir.resolve("ru-test-v1.bin"));
    ModelLoadException e = assertThrows(ModelLoadException.class,
        () -> Models.loadNameFinder(dir, ID, Language.RUSSIAN));
    assertEquals("model ru-ner-test@1 not found: no file " + dir.resolve("ru-test-v1.bin"), e.getMessage());
  }

  @Test
  void wrongLanguage() throws IOException {
    writeGood();
    ModelLoadException e = assertThrows(ModelLoadException.class,
        () -> Models.loadNameFinder(dir, ID, Language.KAZAKH));
    assertEquals("model ru-ner-test@1 is for language 'ru', not 'kk'", e.getMessage());
  }

  @Test
  void badChecksum() throws IOException {
    String wrong = "ab".repeat(32);
    write(dir, manifest(ID, "ru", wrong, "0.1.0", "1.0.0"), bin);
    ModelLoadException e = assertThrows(ModelLoadException.class,
        () -> Models.loadNameFinder(dir, ID, Language.RUSSIAN));
    assertEquals("model ru-ner-test@1: checksum mismatch for " + dir.resolve("ru-test-v1")
        + ".bin: manifest sha256 "
        + wrong + ", file sha256 " + Models.sha256(bin), e.getMessage());
  }

  private static ModelManifest withCrc(ModelManifest m, String crc32) {
    return new ModelManifest(m.id(), m.language(), m.component(), m.format(), m.libraryVersionMin(),
        m.libraryVersionMaxExclusive(), m.sha256(), crc32, m.trainingCorpus(), m.trainingCorpusSha256(),
        m.trainingParams(), m.evalDevF1(), m.created());
  }

  @Test
  void checksTheCrc32WhenTheManifestHasOne() throws IOException {
    // The right CRC-32 is enough (the sha256 is not computed then); a wrong one fails with both values.
    write(dir, withCrc(manifest(ID, "ru", "ab".repeat(32), "0.1.0", "1.0.0"), Models.crc32(bin)), bin);
    assertEquals(ID, Models.loadNameFinder(dir, ID, Language.RUSSIAN).manifest().id());
    String wrong = Models.crc32(bin).equals("0badc0de") ? "0badc0df" : "0badc0de";
    write(dir, withCrc(manifest(ID, "ru", Models.sha256(bin), "0.1.0", "1.0.0"), wrong), bin);
    ModelLoadException e = assertThrows(ModelLoadException.class,
        () -> Models.loadNameFinder(dir, ID, Language.RUSSIAN));
    assertEquals("model ru-ner-test@1: checksum mismatch for " + dir.resolve("ru-test-v1")
        + ".bin: manifest crc32 " + wrong + ", file crc32 " + Models.crc32(bin), e.getMessage());
  }

  @Test
  void crc32IsWrittenAndReadBack() throws IOException {
    ModelManifest m = withCrc(manifest(ID, "ru", Models.sha256(bin), "0.1.0", "1.0.0"), Models.crc32(bin));
    write(dir, m, bin);
    List<String> lines = Files.readAllLines(dir.resolve("ru-test-v1.properties"));
    assertTrue(lines.contains("crc32=" + Models.crc32(bin)), lines.toString());
    assertEquals(m, Models.loadNameFinder(dir, ID, Language.RUSSIAN).manifest());
    assertEquals("00000000", Models.crc32(new byte[0]));
    assertEquals("cbf43926", Models.crc32("123456789".getBytes(StandardCharsets.US_ASCII)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> withCrc(m, "CBF43926"));
    assertEquals("crc32 must be empty or 8 lower-case hex digits: 'CBF43926'", e.getMessage());
  }

  @Test
  void unsupportedLibraryVersion() throws IOException {
    write(dir, manifest(ID, "ru", Models.sha256(bin), "9.0", "10.0"), bin);
    ModelLoadException e = assertThrows(ModelLoadException.class,
        () -> Models.loadNameFinder(dir, ID, Language.RUSSIAN));
    assertEquals("model ru-ner-test@1 supports taldau [9.0, 10.0), this library is " + LibraryVersion.get(),
        e.getMessage());
  }

  @Test
  void missingManifestKey() throws IOException {
    writeGood();
    Path p = dir.resolve("ru-test-v1.properties");
    List<String> lines = Files.readAllLines(p).stream().filter(l -> !l.startsWith("sha256=")).toList();
    Files.write(p, lines);
    ModelLoadException e = assertThrows(ModelLoadException.class,
        () -> Models.loadNameFinder(dir, ID, Language.RUSSIAN));
    assertEquals(dir.resolve("ru-test-v1") + ".properties: manifest key 'sha256' is missing", e.getMessage());
  }

  @Test
  void manifestOfAnotherModel() throws IOException {
    ModelId other = ModelId.parse("ru-ner-other@1");
    write(dir, manifest(other, "ru", Models.sha256(bin), "0.1.0", "1.0.0"), bin);
    Files.move(dir.resolve("ru-other-v1.properties"), dir.resolve("ru-test-v1.properties"));
    Files.move(dir.resolve("ru-other-v1.bin"), dir.resolve("ru-test-v1.bin"));
    ModelLoadException e = assertThrows(ModelLoadException.class,
        () -> Models.loadNameFinder(dir, ID, Language.RUSSIAN));
    assertEquals("model ru-ner-test@1: manifest " + dir.resolve("ru-test-v1")
        + ".properties is for ru-ner-other@1",
        e.getMessage());
  }

  @Test
  void failsWhenThePipelineIsBuiltNotWhenItRuns() throws IOException {
    Pipeline.Builder b = Pipeline.builder().language(Language.RUSSIAN);
    assertThrows(ModelLoadException.class, () -> b.entityTagger(Language.RUSSIAN,
        OpenNlpEntityTagger.load(ModelId.parse("ru-ner-absent@1"), Language.RUSSIAN)));
    writeGood();
    OpenNlpEntityTagger tagger = OpenNlpEntityTagger.create(Models.loadNameFinder(dir, ID, Language.RUSSIAN),
        Language.RUSSIAN, kz.taldau.ProcessingLimits.defaults(), true);
    Document d = b.entityTagger(Language.RUSSIAN, tagger).build().process("Иван Петров посетил Москве .");
    List<String> found = d.entities().stream().map(EntityMention::text).toList();
    assertTrue(found.contains("Иван Петров"), found.toString());
  }

  @Test
  void manifestRoundTrip() throws IOException {
    ModelManifest m = manifest(ID, "ru", Models.sha256(bin), "0.1.0", "1.0.0");
    java.io.StringWriter w = new java.io.StringWriter();
    m.write(w);
    assertEquals(m, Models.parseManifest(w.toString().getBytes(StandardCharsets.UTF_8), "test"));
  }

  @Test
  void versionComparisonIgnoresQualifiers() {
    assertEquals(0, LibraryVersions.compare("0.1.0-SNAPSHOT", "0.1"));
    assertTrue(LibraryVersions.compare("0.10.0", "0.9.9") > 0);
    assertThrows(IllegalArgumentException.class, () -> LibraryVersions.parse("one"));
  }

  @Test
  void parsesModelIds() {
    ModelId id = ModelId.parse("kk-ner-news@1");
    assertEquals("kk-news-v1", id.baseName());
    assertEquals("kz/taldau/models/ner", id.resourceDirectory());
    assertEquals("kk-ner-news@1", id.toString());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelId.parse("kk-news"));
    assertEquals("invalid model id 'kk-news': expected <language>-<task>-<domain>@<version>, e.g. "
        + "kk-ner-news@1",
        e.getMessage());
  }

  @Test
  void modelIdEqualityIsByComponents() {
    ModelId a = ModelId.parse("kk-ner-news@1");
    assertEquals(a, new ModelId("kk", "ner", "news", 1));
    assertEquals(a.hashCode(), new ModelId("kk", "ner", "news", 1).hashCode());
    assertNotEquals(a, ModelId.parse("kk-ner-news@2"));
    assertNotEquals(a, ModelId.parse("ru-ner-news@1"));
    assertNotEquals(a, ModelId.parse("kk-pos-news@1"));
    assertNotEquals(a, ModelId.parse("kk-ner-wiki@1"));
    assertNotEquals(a, "kk-ner-news@1");
    assertNotEquals(a, null);
  }
}
