package kz.taldau.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.taldau.Language;
import kz.taldau.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllReaderTest {
  @TempDir
  Path dir;

  @Test
  void readsKazNerdSentencesWithMappedTypes() throws IOException {
    List<AnnotatedDocument> docs = ConllReader.kazNerd().read(ReaderTestSupport.sample("sample.conll"));
    Iterator<AnnotatedDocument> it = docs.iterator();

    AnnotatedDocument first = it.next();
    assertEquals("sample.conll:1", first.id());
    assertEquals(Optional.of(Language.KAZAKH), first.language());
    assertEquals("Нұрлан Серікұлы Астанаға келді .", first.text());
    assertEquals(List.of(new TextSpan(0, 6), new TextSpan(7, 15), new TextSpan(16, 24), new TextSpan(25, 30),
        new TextSpan(31, 32)), first.sentences().orElseThrow().get(0));
    assertEquals(List.of(GoldEntity.of("PER", new TextSpan(0, 15), "Нұрлан Серікұлы"),
        GoldEntity.of("LOC", new TextSpan(16, 24), "Астанаға")), first.entities().orElseThrow());
    assertEquals(List.of(), first.facts().orElseThrow());
    assertEquals(Set.of("PER", "ORG", "LOC"), first.entityTypes());
    assertEquals(Set.of("MONEY", "PERCENT", "DATE", "QUANTITY"), first.factTypes());

    AnnotatedDocument second = it.next();
    assertEquals("sample.conll:9", second.id());
    assertEquals("Қаржы министрлігі 5 % өсім күтеді", second.text());
    assertEquals(List.of(GoldEntity.of("ORG", new TextSpan(0, 17), "Қаржы министрлігі")),
        second.entities().orElseThrow());
    assertEquals(List.of(GoldFact.spanOnly("PERCENT", new TextSpan(18, 21), "5 %")), second.facts()
        .orElseThrow());
    assertFalse(it.hasNext(), "exhausted");
  }

  @Test
  void kazNerdSentenceIdLinesNameTheSentenceAndAreNotTokens() throws IOException {
    Path f = dir.resolve("ids.txt");
    Files.writeString(f, String.join("\n", "AID1203 O", "Бес O", "адам O", "келді O", "", "BID1203 O", "5 B-CARDINAL",
        "адам O", "келді O", "", "Астана B-GPE", "AID7 O", ""), StandardCharsets.UTF_8);
    List<AnnotatedDocument> docs = ConllReader.kazNerd().read(f);
    assertEquals(List.of("ids.txt:2:AID1203", "ids.txt:7:BID1203", "ids.txt:11"),
        docs.stream().map(AnnotatedDocument::id).toList());
    assertEquals("Бес адам келді", docs.get(0).text());
    // Only a sentence's first line can be its id: inside a sentence it is a token.
    assertEquals("Астана AID7", docs.get(2).text());
  }

  @Test
  void decodesLikeConllevalOnIllFormedIob2() throws IOException {
    // I-X after O starts a chunk; I-Y after B-X starts another; B-X after I-X starts another.
    Path f = write("a O\nb I-PERSON\nc I-PERSON\nd I-GPE\ne B-GPE\nf I-GPE\ng B-GPE\n");
    AnnotatedDocument d = ConllReader.kazNerd().read(f).get(0);
    assertEquals(List.of(GoldEntity.of("PER", new TextSpan(2, 5), "b c"), GoldEntity.of("LOC", new TextSpan(6,
        7), "d"),
        GoldEntity.of("LOC", new TextSpan(8, 11), "e f"), GoldEntity.of("LOC", new TextSpan(12, 13), "g")),
        d.entities().orElseThrow());
  }

  @Test
  void decodesIobesAndBilou() throws IOException {
    TypeMapping m = TypeMapping.parse("P=PER,L=LOC");
    Path iobes = write("a S-P\nb B-L\nc I-L\nd E-L\ne E-P\nf O\n");
    List<GoldEntity> e1 = new ConllReader(m, TagScheme.IOBES, Optional.empty()).read(iobes).get(0).entities()
        .orElseThrow();
    assertEquals(List.of(new TextSpan(0, 1), new TextSpan(2, 7), new TextSpan(8, 9)),
        e1.stream().map(GoldEntity::span).toList());
    Path bilou = write("a U-P\nb B-L\nc L-L\nd I-P\ne L-P\n");
    List<GoldEntity> e2 = new ConllReader(m, TagScheme.BILOU, Optional.empty()).read(bilou).get(0).entities()
        .orElseThrow();
    assertEquals(List.of("a", "b c", "d e"), e2.stream().map(GoldEntity::text).toList());
  }

  @Test
  void readsTheLastColumnAsTheTag() throws IOException {
    Path f = write("Алматы NNP B-GPE\nқаласы NN O\n");
    assertEquals(List.of(GoldEntity.of("LOC", new TextSpan(0, 6), "Алматы")),
        ConllReader.kazNerd().read(f).get(0).entities().orElseThrow());
  }

  @Test
  void malformedLinesNameFileAndLine() throws IOException {
    Path f = write("a O\nb\n");
    CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> ConllReader.kazNerd().read(f));
    assertEquals(f + ":2: expected \"TOKEN TAG\", found 1 column: \"b\"", e.getMessage());
    assertEquals(2, e.line());

    Path g = write("a O\n\nb E-GPE\n");
    e = assertThrows(CorpusFormatException.class, () -> ConllReader.kazNerd().read(g));
    assertEquals(g + ":3: tag prefix \"E\" is not valid in IOB2 (tag \"E-GPE\"): \"b E-GPE\"",
        e.getMessage());

    Path h = write("a PERSON\n");
    e = assertThrows(CorpusFormatException.class, () -> ConllReader.kazNerd().read(h));
    assertEquals(h + ":1: tag \"PERSON\" is neither O nor PREFIX-TYPE: \"a PERSON\"", e.getMessage());
  }

  @Test
  void invalidUtf8NamesTheLine() throws IOException {
    Path f = dir.resolve("bad.conll");
    Files.write(f, new byte[] {'a', ' ', 'O', '\n', 'b', (byte) 0xC3, ' ', 'O', '\n'});
    CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> ConllReader.kazNerd().read(f));
    assertEquals(f + ":2: invalid UTF-8 at byte offset 5 (byte 2 of the line)", e.getMessage());
  }

  @Test
  void emptyFileHasNoSentences() throws IOException {
    assertTrue(ConllReader.kazNerd().read(write("\n\n")).isEmpty());
  }

  private int files;

  private Path write(String content) throws IOException {
    Path f = dir.resolve("t" + (files++) + ".conll");
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return f;
  }
}
