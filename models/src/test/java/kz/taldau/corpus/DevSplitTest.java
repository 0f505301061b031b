package kz.taldau.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DevSplitTest {
  private static final List<Integer> TWENTY_FIVE = IntStream.range(0, 25).boxed().toList();

  @Test
  void everyTenthSentenceIsDev() {
    assertEquals(List.of(9, 19), DevSplit.DEV.select(TWENTY_FIVE));
    List<Integer> train = DevSplit.TRAIN.select(TWENTY_FIVE);
    assertEquals(23, train.size());
    assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 10), train.subList(0, 10));
    assertEquals(TWENTY_FIVE, DevSplit.ALL.select(TWENTY_FIVE));
  }

  @Test
  void kazNerdTwinsStayOnOneSide() {
    // Twins (AID/BID of one number) follow each other; the id's number decides, not the position.
    List<AnnotatedDocument> docs = List.of(doc("f:1:AID19"), doc("f:5:BID19"), doc("f:9:AID20"),
        doc("f:13:AID29"), doc("f:17:BID29"), doc("f:21:CID29"), doc("f:25:AID30"), doc("f:29:AID31"),
        doc("f:33:AID32"), doc("f:37:AID33"), doc("f:41:AID34"));
    assertEquals(List.of("f:1:AID19", "f:5:BID19", "f:13:AID29", "f:17:BID29", "f:21:CID29"),
        DevSplit.DEV.selectSentences(docs).stream().map(AnnotatedDocument::id).toList());
    assertEquals(6, DevSplit.TRAIN.selectSentences(docs).size());
    assertEquals(docs, DevSplit.ALL.selectSentences(docs));
  }

  @Test
  void sentencesWithoutIdsSplitByPosition() {
    List<AnnotatedDocument> docs = IntStream.range(0, 25).mapToObj(i -> doc("f:" + (4 * i + 1))).toList();
    assertEquals(List.of("f:37", "f:77"),
        DevSplit.DEV.selectSentences(docs).stream().map(AnnotatedDocument::id).toList());
  }

  private static AnnotatedDocument doc(String id) {
    return new AnnotatedDocument(id, Optional.empty(), Optional.empty(), "сөз", Optional.empty(),
        Optional.empty(), Set.of(), Optional.empty(), Set.of(), Optional.empty());
  }

  @Test
  void parsesNames() {
    assertEquals(DevSplit.DEV, DevSplit.parse(" Dev"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DevSplit.parse("test"));
    assertEquals("unknown split 'test': use dev, train or all", e.getMessage());
  }
}
