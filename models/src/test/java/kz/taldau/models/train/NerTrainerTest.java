package kz.taldau.models.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.taldau.Language;
import kz.taldau.ProcessingLimits;
import kz.taldau.corpus.AnnotatedDocument;
import kz.taldau.corpus.ConllReader;
import kz.taldau.corpus.GoldEntity;
import kz.taldau.corpus.TypeMapping;
import kz.taldau.model.ModelId;
import kz.taldau.model.ModelManifest;
import kz.taldau.model.Models;
import kz.taldau.model.NerModel;
import kz.taldau.ner.OpenNlpEntityTagger;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerTrainerTest {
  @TempDir
  Path dir;

  private static TrainingConfig quick() {
    return TrainingConfig.defaults(Language.KAZAKH).toBuilder().algorithm("PERCEPTRON").iterations(20)
        .build();
  }

  private List<AnnotatedDocument> corpus(int n) throws IOException {
    return ConllReader.kazNerd().read(TinyCorpus.write(dir.resolve("tiny.conll"), n));
  }

  @Test
  void convertsCorpusSentencesToNameSamples() throws IOException {
    NameSamples.Stats[] stats = new NameSamples.Stats[1];
    List<NameSample> samples = new NameSamples(Language.KAZAKH).convert(corpus(3), stats);
    assertEquals(3, samples.size());
    assertEquals("[Асқар, Мамин, кеше, Алматыда, болды, .]", List.of(samples.get(0).getSentence())
        .toString());
    assertEquals("[[0..2) PER, [3..4) LOC]", List.of(samples.get(0).getNames()).toString());
    assertEquals(new NameSamples.Stats(3, 3, 23, 7, 0, 0), stats[0]);
  }

  @Test
  void widensEntitiesToTokensAndDropsOnesCrossingSentences() {
    String text = "Мэрия Москвы-сити работает. Иван Петров. Приехал.";
    AnnotatedDocument d = new AnnotatedDocument("d", Optional.of(Language.RUSSIAN), Optional.empty(), text,
        Optional.empty(), Optional.of(List.of(GoldEntity.of("LOC", new kz.taldau.TextSpan(6, 12), "Москвы"),
            GoldEntity.of("PER", new kz.taldau.TextSpan(28, 48), "Иван Петров. Приехал"))),
        TypeMapping.project().entityTypes(), Optional.empty(), java.util.Set.of(), Optional.empty());
    NameSamples.Stats[] stats = new NameSamples.Stats[1];
    List<NameSample> samples = new NameSamples(Language.RUSSIAN).convert(List.of(d), stats);
    assertEquals("[[1..2) LOC]", List.of(samples.get(0).getNames()).toString());
    assertEquals(1, stats[0].widened());
    assertEquals(1, stats[0].crossing());
  }

  @Test
  void trainingIsReproducibleToTheByte() throws IOException {
    List<NameSample> samples = new NameSamples(Language.KAZAKH).convert(corpus(60), null);
    byte[] a = NerTrainer.serialize(NerTrainer.train(samples, quick()));
    byte[] b = NerTrainer.serialize(NerTrainer.train(samples, quick()));
    assertArrayEquals(a, b);
  }

  @Test
  void trainedModelTagsThroughTheRuntimeTagger() throws IOException {
    List<AnnotatedDocument> docs = corpus(90);
    byte[] bin = NerTrainer.serialize(NerTrainer.train(new NameSamples(Language.KAZAKH).convert(docs, null),
        quick()));
    ModelManifest m = new ModelManifest(ModelId.parse("kk-ner-tiny@1"), "kk", "ner", "opennlp-namefinder",
        "0.1",
        "1.0", Models.sha256(bin), "tiny", "0".repeat(64), quick().summary(), Optional.empty(), "2025-01-01");
    OpenNlpEntityTagger tagger = OpenNlpEntityTagger.create(
        new NerModel(m, new TokenNameFinderModel(new java.io.ByteArrayInputStream(bin))), Language.KAZAKH,
        ProcessingLimits.defaults(), true);
    DevScores.Report r = DevScores.score(tagger, Language.KAZAKH, docs);
    assertTrue(r.micro().f1() > 0.9, r.markdown());
    assertEquals(Map.of("LOC", 90, "ORG", 60, "PER", 60), Map.of("LOC", r.byType().get("LOC").tp()
        + r.byType().get("LOC").fn(), "ORG", r.byType().get("ORG").tp() + r.byType().get("ORG").fn(), "PER",
        r.byType().get("PER").tp() + r.byType().get("PER").fn()));
  }

  @Test
  void sequencePerceptronAndMixedRunsTrainReproducibleModelsForTheRuntimeTagger() throws IOException {
    List<AnnotatedDocument> docs = corpus(90);
    List<NameSample> samples = new NameSamples(Language.KAZAKH).convert(docs, null);
    for (TrainingConfig c : List.of(quick().toBuilder().algorithm("PERCEPTRON_SEQUENCE").iterations(5).build(),
        quick().toBuilder().param("Runs", "3").param("ShuffleSeed", "7").build())) {
      byte[] bin = NerTrainer.serialize(NerTrainer.train(samples, c));
      assertArrayEquals(bin, NerTrainer.serialize(NerTrainer.train(samples, c)), c.summary());
      if (c.trainerParams().containsKey("Runs")) {
        // Runs trained side by side give the same model as one after the other.
        assertArrayEquals(bin, NerTrainer.serialize(NerTrainer.train(samples,
            c.toBuilder().param("RunThreads", "3").build())), "RunThreads=3");
      }
      ModelManifest m = new ModelManifest(ModelId.parse("kk-ner-tiny@1"), "kk", "ner", "opennlp-namefinder",
          "0.1", "1.0", Models.sha256(bin), "tiny", "0".repeat(64), c.summary(), Optional.empty(),
          "2025-01-01");
      OpenNlpEntityTagger tagger = OpenNlpEntityTagger.create(
          new NerModel(m, new TokenNameFinderModel(new java.io.ByteArrayInputStream(bin))), Language.KAZAKH,
          ProcessingLimits.defaults(), true);
      DevScores.Report r = DevScores.score(tagger, Language.KAZAKH, docs);
      assertTrue(r.micro().f1() > 0.9, c.summary() + "\n" + r.markdown());
    }
  }

  @Test
  void runsWithAnotherFeatureSetAreAveragedIntoTheModel() throws IOException {
    // Two runs with the phrase features of ner-features-kk.xml and one with the plain ner-features.xml
    // (a subset of them): one model with the first descriptor, reproducible, tagging like the others.
    List<AnnotatedDocument> docs = corpus(90);
    List<NameSample> samples = new NameSamples(Language.KAZAKH).convert(docs, null);
    TrainingConfig c = quick().toBuilder().featureDescriptor("ner-features-kk.xml").param("Runs", "2")
        .param("ShuffleSeed", "3").param("AlsoRuns", "1").param("AlsoDescriptor", "ner-features.xml").build();
    TokenNameFinderModel model = NerTrainer.train(samples, c);
    byte[] bin = NerTrainer.serialize(model);
    assertArrayEquals(bin, NerTrainer.serialize(NerTrainer.train(samples, c.toBuilder().param("RunThreads",
        "3").build())));
    assertEquals("3", model.getManifestProperty("Runs"));
    String xml = new String(NerTrainer.descriptor(c), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(xml.contains("capitalRuns"), xml);
    ModelManifest m = new ModelManifest(ModelId.parse("kk-ner-tiny@1"), "kk", "ner", "opennlp-namefinder",
        "0.1", "1.0", Models.sha256(bin), "tiny", "0".repeat(64), c.summary(), Optional.empty(), "2025-01-01");
    OpenNlpEntityTagger tagger = OpenNlpEntityTagger.create(
        new NerModel(m, new TokenNameFinderModel(new java.io.ByteArrayInputStream(bin))), Language.KAZAKH,
        ProcessingLimits.defaults(), true);
    assertTrue(DevScores.score(tagger, Language.KAZAKH, docs).micro().f1() > 0.9);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NerTrainer.train(samples,
        quick().toBuilder().param("AlsoRuns", "2").build()));
    assertTrue(e.getMessage().startsWith("AlsoRuns (a positive number) and AlsoDescriptor go together"),
        e.getMessage());
  }

  @Test
  void refusesTrainingDataWithoutNames() {
    List<NameSample> none = List.of(new NameSample(new String[] {"жоқ"}, new opennlp.tools.util.Span[0],
        true));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NerTrainer.train(none,
        quick()));
    assertEquals("no names in the 1 training sentences", e.getMessage());
  }

  @Test
  void readsAParamsFile() throws IOException {
    Path p = Files.writeString(dir.resolve("params.properties"),
        "# test\nAlgorithm=MAXENT_QN\nIterations=150\nCodec=bio\nL2Cost=0.5\n");
    TrainingConfig c = TrainingConfig.read(p, Language.RUSSIAN);
    assertEquals("Algorithm=MAXENT_QN,Iterations=150,Cutoff=0,Codec=BIO,Features=TALDAU,L2Cost=0.5",
        c.summary());
    Path bad = Files.writeString(dir.resolve("bad.properties"), "Algorithm=SVM\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrainingConfig.read(bad,
        Language.RUSSIAN));
    assertEquals(bad
        + ": invalid training parameter: unknown algorithm 'SVM': use MAXENT, MAXENT_QN, PERCEPTRON or "
        + "PERCEPTRON_SEQUENCE", e.getMessage());
  }

  @Test
  void taldausOwnParametersAreCheckedWhenTheFileIsRead() throws IOException {
    for (String[] bad : new String[][] {{"Runs=x", "Runs must be a whole number: 'x'"},
        {"Runs=0", "Runs must be at least 1: 0"}, {"AlsoRuns=-1", "AlsoRuns must be 0 or more: -1"},
        {"RunThreads=two", "RunThreads must be a whole number: 'two'"},
        {"ShuffleSeed=1.5", "ShuffleSeed must be a whole number: '1.5'"}}) {
      Path p = Files.writeString(dir.resolve("bad.properties"), bad[0] + "\n");
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> TrainingConfig.read(p, Language.KAZAKH), bad[0]);
      assertEquals(p + ": invalid training parameter: " + bad[1], e.getMessage());
    }
  }

  @Test
  void aParamsFileCanNameAnotherBundledDescriptor() throws IOException {
    Path p = Files.writeString(dir.resolve("ru.properties"), "FeatureDescriptor=ner-features-ru.xml\n");
    TrainingConfig c = TrainingConfig.read(p, Language.RUSSIAN);
    assertEquals("Algorithm=PERCEPTRON,Iterations=300,Cutoff=0,Codec=BIO,Features=TALDAU,"
        + "FeatureDescriptor=ner-features-ru.xml", c.summary());
    assertTrue(c.trainerParams().isEmpty(), "not passed on to OpenNLP");
    String xml = new String(NerTrainer.descriptor(c), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(xml.contains("<str name=\"language\">ru</str>"), xml);
    assertTrue(xml.contains("extendedGazetteer"), xml);
    String plain = new String(NerTrainer.descriptor(TrainingConfig.defaults(Language.KAZAKH)),
        java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(!plain.contains("extendedGazetteer") && plain.contains(">kk<"), plain);
    TrainingConfig missing = c.toBuilder().featureDescriptor("no-such.xml").build();
    assertThrows(IllegalArgumentException.class, () -> NerTrainer.descriptor(missing));
  }
}
