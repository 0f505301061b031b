package kz.taldau.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kz.taldau.Document;
import kz.taldau.Language;
import kz.taldau.Pipeline;
import kz.taldau.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptLanguageIdentifierTest {
  private static final Pipeline PIPELINE = Pipeline.builder().factExtractors(List.of()).build();

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Алматы қаласының әкімі депутатпен кездесті.                     | kk
      Министрлік жаңа бағдарламаның жобасын талқылады.                 | kk
      Қала тұрғындары саябақтағы мерекеге қатысты.                      | kk
      Жиын барысында жоба туралы айтылды және жоспар бекітілді.       | kk
      Ол бұл мәселе бойынша пікір білдірді.                            | kk
      Мектептер жаңа оқу жылына дайын.                                 | kk
      Оған не болады?                                                  | kk
      Сатып алып жатырмыз.                                             | kk
      Неге олай ойлайсыз?                                              | kk
      Не знаю, что сказать.                                            | ru
      Посол обсудил с акимом вопросы сотрудничества.                  | ru
      Цены на зерно в этом сезоне заметно выросли.                    | ru
      В Павлодаре открылся новый завод по выпуску труб.               | ru
      Он стал первым музеем такого рода в стране.                      | ru
      Мы рассчитываем на поддержку наших партнеров в регионе.          | ru
      Аким Абенов встретился с делегацией из Шымкента.                 | ru
      The ambassador met the governor of the region.                   | other
      Maud Girout a présenté le programme culturel.                    | other
      """)
  void identifiesTheLanguageOfASentence(String text, String tag) {
    Document d = PIPELINE.process(text);
    assertEquals(tag, d.language().tag());
    assertEquals(tag, d.sentences().get(0).language().tag());
    assertTrue(d.languageConfidence() > 0.5, "confidence " + d.languageConfidence());
  }

  @Test
  void keepsPerSentenceLanguagesInAMixedDocument() {
    String text = "Алматы қаласының әкімі француз депутатымен кездесті және ынтымақтастықты талқылады. "
        + "Посол отметил, что сотрудничество развивается. Тараптар келісімге қол қойды.";
    Document d = PIPELINE.process(text);
    List<Language> langs = d.sentences().stream().map(Sentence::language).toList();
    assertEquals(List.of(Language.KAZAKH, Language.RUSSIAN, Language.KAZAKH), langs);
    assertEquals(Language.KAZAKH, d.language());
  }

  @Test
  void shortLinesTakeTheDocumentLanguage() {
    Document d = PIPELINE.process("Алматы\nҚала әкімі бүгін жаңа саябақтың ашылуына қатысты және сөз сөйледі.");
    assertEquals(Language.KAZAKH, d.sentences().get(0).language());
  }

  @Test
  void theLanguageSettingOverridesIdentification() {
    Pipeline ru = Pipeline.builder().language(Language.RUSSIAN).factExtractors(List.of()).build();
    Document d = ru.process("Алматы қаласының әкімі депутатпен кездесті.");
    assertEquals(Language.RUSSIAN, d.language());
    assertEquals(1.0, d.sentences().get(0).confidence());
  }

  @Test
  void textWithoutLettersIsOther() {
    LanguageGuess g = ScriptLanguageIdentifier.getInstance().identify(List.of());
    assertEquals(Language.OTHER, g.language());
    assertEquals(0, g.letters());
  }
}
