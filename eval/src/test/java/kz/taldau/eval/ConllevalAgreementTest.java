package kz.taldau.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import kz.taldau.Document;
import kz.taldau.EntityMention;
import kz.taldau.EntityType;
import kz.taldau.corpus.AnnotatedDocument;
import kz.taldau.corpus.ConllReader;
import kz.taldau.corpus.GoldEntity;
import kz.taldau.corpus.TagScheme;
import kz.taldau.corpus.TypeMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exact-span entity scores on CoNLL input equal conlleval's: a line-by-line port of conlleval.pl's chunk
 * counting (startOfChunk / endOfChunk / correctChunk) is run on a constructed three-column file, and the
 * scorer on the same gold and predicted columns read by {@link ConllReader}.
 */
class ConllevalAgreementTest {
  private static final long SEED = 20160612L;
  private static final String[] TAGS = {"O", "O", "O", "O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG",
      "I-ORG"};

  @TempDir
  Path dir;

  @Test
  void agreesWithConllevalOnAConstructedFile() throws IOException {
    List<List<String[]>> sentences = new ArrayList<>();
    // Hand-made cases: exact hit, boundary miss, type miss, adjacent chunks, ill-formed I- after O and after
    // another type, a chunk at the sentence end, an empty prediction.
    sentences.add(rows("Ержан B-PER B-PER", "Болатұлы I-PER I-PER", "келді O O"));
    sentences.add(rows("Қаржы B-ORG B-ORG", "министрлігі I-ORG O", "Астанада B-LOC B-ORG"));
    sentences.add(rows("Алматы B-LOC B-LOC", "Астана B-LOC I-LOC", "Шымкент B-LOC B-LOC"));
    sentences.add(rows("және O I-PER", "Айгүл I-PER I-PER", "Нұр I-LOC I-PER", "келді O O"));
    sentences.add(rows("мен O O", "Ақтау B-LOC B-LOC", "қаласы I-LOC I-LOC"));
    sentences.add(rows("бүгін O O", "Қостанай B-LOC O"));
    Random random = new Random(SEED);
    for (int s = 0; s < 400; s++) {
      List<String[]> rows = new ArrayList<>();
      int n = 1 + random.nextInt(12);
      for (int t = 0; t < n; t++) {
        String g = TAGS[random.nextInt(TAGS.length)];
        String p = random.nextInt(3) == 0 ? TAGS[random.nextInt(TAGS.length)] : g;
        rows.add(new String[] {"w" + s + "_" + t, g, p});
      }
      sentences.add(rows);
    }

    Map<String, Prf> reference = conlleval(sentences);

    TypeMapping identity = TypeMapping.parse("PER=PER,LOC=LOC,ORG=ORG");
    ConllReader reader = new ConllReader(identity, TagScheme.IOB2, Optional.empty());
    List<AnnotatedDocument> gold = reader.read(write("gold.conll", sentences, 1));
    List<AnnotatedDocument> predictedAsGold = reader.read(write("pred.conll", sentences, 2));
    List<Prediction> predicted = new ArrayList<>();
    for (AnnotatedDocument d : predictedAsGold) {
      List<EntityMention> mentions = new ArrayList<>();
      for (GoldEntity e : d.entities().orElseThrow()) {
        mentions.add(new EntityMention(e.span(), e.text(), EntityType.valueOf(e.type()), e.text(), 1));
      }
      predicted.add(Prediction.of(Document.builder(d.text()).entities(mentions).build()));
    }
    Scores s = new Scorer(ScoringOptions.defaults().withBootstrap(0, 1)).score(gold, predicted).entities()
        .orElseThrow().exact();

    assertEquals(reference, s.byType(), "per-type counts (seed " + SEED + ")");
    Prf overall = reference.values().stream().reduce(Prf.ZERO, Prf::plus);
    assertEquals(overall, s.micro());
    assertEquals(overall.precision(), s.micro().precision(), 1e-12);
    assertEquals(overall.recall(), s.micro().recall(), 1e-12);
    assertEquals(overall.f1(), s.micro().f1(), 1e-12);
  }

  private static List<String[]> rows(String... lines) {
    List<String[]> out = new ArrayList<>();
    for (String l : lines) {
      out.add(l.split(" "));
    }
    return out;
  }

  private Path write(String name, List<List<String[]>> sentences, int column) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (List<String[]> s : sentences) {
      for (String[] r : s) {
        sb.append(r[0]).append(' ').append(r[column]).append('\n');
      }
      sb.append('\n');
    }
    Path f = dir.resolve(name);
    Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
    return f;
  }

  // ---- conlleval.pl, ported statement by statement ---------------------------------------------------

  private static Map<String, Prf> conlleval(List<List<String[]>> sentences) {
    Map<String, Integer> correctChunk = new TreeMap<>();
    Map<String, Integer> foundCorrect = new TreeMap<>();
    Map<String, Integer> foundGuessed = new TreeMap<>();
    List<String[]> lines = new ArrayList<>();
    for (List<String[]> s : sentences) {
      lines.addAll(s);
      lines.add(new String[] {"-X-", "O", "O"}); // a blank line is the boundary "-X- O O"
    }
    boolean inCorrect = false;
    String lastCorrect = "O";
    String lastCorrectType = "";
    String lastGuessed = "O";
    String lastGuessedType = "";
    for (String[] f : lines) {
      String[] c = split(f[1]);
      String[] g = split(f[2]);
      String correct = c[0];
      String correctType = c[1];
      String guessed = f[0].equals("-X-") ? "O" : g[0];
      String guessedType = g[1];
      if (inCorrect) {
        boolean ce = endOfChunk(lastCorrect, correct, lastCorrectType, correctType);
        boolean ge = endOfChunk(lastGuessed, guessed, lastGuessedType, guessedType);
        if (ce && ge && lastGuessedType.equals(lastCorrectType)) {
          inCorrect = false;
          correctChunk.merge(lastCorrectType, 1, Integer::sum);
        } else if (ce != ge || !guessedType.equals(correctType)) {
          inCorrect = false;
        }
      }
      boolean cs = startOfChunk(lastCorrect, correct, lastCorrectType, correctType);
      boolean gs = startOfChunk(lastGuessed, guessed, lastGuessedType, guessedType);
      if (cs && gs && guessedType.equals(correctType)) {
        inCorrect = true;
      }
      if (cs) {
        foundCorrect.merge(correctType, 1, Integer::sum);
      }
      if (gs) {
        foundGuessed.merge(guessedType, 1, Integer::sum);
      }
      lastGuessed = guessed;
      lastCorrect = correct;
      lastGuessedType = guessedType;
      lastCorrectType = correctType;
    }
    if (inCorrect) {
      correctChunk.merge(lastCorrectType, 1, Integer::sum);
    }
    Map<String, Prf> out = new TreeMap<>();
    for (String t : union(foundCorrect, foundGuessed)) {
      int tp = correctChunk.getOrDefault(t, 0);
      out.put(t, new Prf(tp, foundGuessed.getOrDefault(t, 0) - tp, foundCorrect.getOrDefault(t, 0) - tp));
    }
    return out;
  }

  private static List<String> union(Map<String, Integer> a, Map<String, Integer> b) {
    TreeMap<String, Integer> u = new TreeMap<>(a);
    u.putAll(b);
    return new ArrayList<>(u.keySet());
  }

  private static String[] split(String tag) {
    int dash = tag.indexOf('-');
    return dash < 0 ? new String[] {tag, ""} : new String[] {tag.substring(0, dash), tag.substring(dash + 1)};
  }

  private static boolean endOfChunk(String prevTag, String tag, String prevType, String type) {
    boolean end = false;
    end |= prevTag.equals("B") && tag.equals("B");
    end |= prevTag.equals("B") && tag.equals("O");
    end |= prevTag.equals("I") && tag.equals("B");
    end |= prevTag.equals("I") && tag.equals("O");
    end |= prevTag.equals("E") && tag.equals("E");
    end |= prevTag.equals("E") && tag.equals("I");
    end |= prevTag.equals("E") && tag.equals("O");
    end |= prevTag.equals("I") && tag.equals("O");
    end |= !prevTag.equals("O") && !prevTag.equals(".") && !prevType.equals(type);
    end |= prevTag.equals("]") || prevTag.equals("[");
    return end;
  }

  private static boolean startOfChunk(String prevTag, String tag, String prevType, String type) {
    boolean start = false;
    start |= prevTag.equals("B") && tag.equals("B");
    start |= prevTag.equals("I") && tag.equals("B");
    start |= prevTag.equals("O") && tag.equals("B");
    start |= prevTag.equals("O") && tag.equals("I");
    start |= prevTag.equals("E") && tag.equals("E");
    start |= prevTag.equals("E") && tag.equals("I");
    start |= prevTag.equals("O") && tag.equals("E");
    start |= prevTag.equals("O") && tag.equals("I");
    start |= !tag.equals("O") && !tag.equals(".") && !prevType.equals(type);
    start |= tag.equals("[") || tag.equals("]");
    return start;
  }
}
