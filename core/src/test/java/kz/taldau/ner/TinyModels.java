package kz.taldau.ner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.taldau.Language;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/** Tiny name finder models trained in tests from template sentences written for the tests. */
public final class TinyModels {
  private static final String[] PER_RU = {"Иван Петров", "Анна Смирнова", "Пьер Кабарэ", "Асель Нурланова",
      "Марат Ахметов", "Ольга Ким"};
  private static final String[] ORG_RU = {"Министерство энергетики", "компания Альфа", "Национальный банк",
      "университет Нархоз"};
  private static final String[] LOC_RU = {"Алматы", "Москве", "Астане", "Франции", "Караганде"};
  private static final String[] PER_KK = {"Асқар Мамин", "Айгүл Серікова", "Пьер Кабаре", "Ерлан Қасымов"};
  private static final String[] ORG_KK = {"Энергетика министрлігі", "Ұлттық банк", "Нархоз университеті"};
  private static final String[] LOC_KK = {"Алматыда", "Астанада", "Францияда", "Қарағандыда"};

  private TinyModels() {}

  /** Name samples from templates: «PER посетил LOC .», «ORG открыла офис в LOC .», and Kazakh ones. */
  public static List<NameSample> samples(Language language) {
    boolean kk = language == Language.KAZAKH;
    String[] per = kk ? PER_KK : PER_RU;
    String[] org = kk ? ORG_KK : ORG_RU;
    String[] loc = kk ? LOC_KK : LOC_RU;
    String[][] templates = kk
        ? new String[][] {{"PER", "кеше", "LOC", "болды", "."}, {"ORG", "LOC", "кеңсе", "ашты", "."},
            {"LOC", "ORG", "басшысы", "PER", "сөйледі", "."}}
        : new String[][] {{"PER", "посетил", "LOC", "."}, {"ORG", "открыла", "офис", "в", "LOC", "."},
            {"В", "LOC", "глава", "ORG", "PER", "выступил", "."}};
    List<NameSample> out = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      String[] t = templates[i % templates.length];
      List<String> tokens = new ArrayList<>();
      List<Span> names = new ArrayList<>();
      for (String slot : t) {
        String[] pool = slot.equals("PER") ? per : slot.equals("ORG") ? org : slot.equals("LOC") ? loc : null;
        if (pool == null) {
          tokens.add(slot);
          continue;
        }
        String[] words = pool[(i / 3 + slot.length() * i) % pool.length].split(" ");
        names.add(new Span(tokens.size(), tokens.size() + words.length, slot));
        tokens.addAll(List.of(words));
      }
      out.add(new NameSample(tokens.toArray(new String[0]), names.toArray(new Span[0]), true));
    }
    return out;
  }

  /** A perceptron model with Taldau's features, trained in about a second. */
  public static TokenNameFinderModel train(Language language) {
    return train(language, "PERCEPTRON", new BilouCodec(), NerFeatures.descriptor(language));
  }

  /**
   * A model trained by {@code algorithm} (an OpenNLP trainer name) with {@code codec} and the feature
   * descriptor {@code features} (null: OpenNLP's default features).
   */
  public static TokenNameFinderModel train(Language language, String algorithm, SequenceCodec<String> codec,
      byte[] features) {
    NerFeatures.register();
    TrainingParameters p = TrainingParameters.defaultParams();
    p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    p.put(TrainingParameters.ITERATIONS_PARAM, 30);
    p.put(TrainingParameters.CUTOFF_PARAM, 0);
    try {
      return NameFinderME.train(language.tag(), null, new CollectionObjectStream<>(samples(language)), p,
          new TokenNameFinderFactory(features, Map.of(), codec));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The serialized bytes of {@link #train(Language)}. */
  public static byte[] trainBytes(Language language) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      train(language).serialize(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
