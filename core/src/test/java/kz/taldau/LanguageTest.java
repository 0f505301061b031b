package kz.taldau;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {
  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "kk, KAZAKH", "KK, KAZAKH", "kk-KZ, KAZAKH", "kaz, KAZAKH", "ru, RUSSIAN", "ru_RU, RUSSIAN",
      "rus, RUSSIAN", "other, OTHER", "en, NULL", "xx-YY, NULL", "'', NULL", "'  ', NULL", "NULL, NULL"
  })
  void parsesTags(String tag, Language expected) {
    assertEquals(Optional.ofNullable(expected), Language.fromTag(tag));
  }
}
