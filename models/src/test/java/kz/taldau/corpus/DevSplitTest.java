package kz.taldau.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
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
  void parsesNames() {
    assertEquals(DevSplit.DEV, DevSplit.parse(" Dev"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DevSplit.parse("test"));
    assertEquals("unknown split 'test': use dev, train or all", e.getMessage());
  }
}
