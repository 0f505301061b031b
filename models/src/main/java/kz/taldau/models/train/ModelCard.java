package kz.taldau.models.train;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import kz.taldau.model.ModelManifest;

/**
 * The human-readable model card written next to a model ({@code <name>.md}): data and licenses with file
 * checksums, parameters, scores on dev and held-out data per type, the baseline with OpenNLP's default
 * features scored the same way, the command that rebuilds the model, and free-form notes (the feature
 * experiments).
 *
 * @param trainingFiles one line per training path: the path and its sha256, tab-separated
 * @param stats what the sample conversion counted for the training data
 * @param evaluations the score tables, in order (dev, dev without the document pass, held-out, baseline)
 */
public record ModelCard(ModelManifest manifest, String dataDescription, String license,
    List<String> trainingFiles, NameSamples.Stats stats, long modelBytes, double trainingSeconds,
    List<Evaluation> evaluations, String command, Optional<String> notes) {

  /** One score table: a heading, a sentence saying what was scored, and the report. */
  public record Evaluation(String title, String description, DevScores.Report report) {
    public Evaluation {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(report, "report");
    }
  }

  public ModelCard {
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(dataDescription, "dataDescription");
    Objects.requireNonNull(license, "license");
    trainingFiles = List.copyOf(trainingFiles);
    Objects.requireNonNull(stats, "stats");
    evaluations = List.copyOf(evaluations);
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(notes, "notes");
  }

  /** The card as Markdown. */
  public String markdown() {
    ModelManifest m = manifest;
    StringBuilder sb = new StringBuilder();
    sb.append("# Taldau named-entity model `").append(m.id()).append("`\n\n");
    sb.append("| | |\n|---|---|\n");
    sb.append("| language | ").append(m.language()).append(" |\n");
    sb.append("| types | PER, ORG, LOC (flat, outermost spans) |\n");
    sb.append("| format | ").append(m.format()).append(" (OpenNLP ").append(opennlpVersion())
        .append(" name finder; Taldau's feature generators, in taldau-core, are named in the XML inside "
            + "it) |\n");
    sb.append("| file | `").append(m.id().baseName()).append(".bin`, ")
        .append(String.format(Locale.ROOT, "%.1f MB", modelBytes / 1e6)).append(", sha256 `")
            .append(m.sha256())
        .append("` |\n");
    sb.append("| library versions | [").append(m.libraryVersionMin()).append(", ")
        .append(m.libraryVersionMaxExclusive()).append(") |\n");
    sb.append("| created | ").append(m.created()).append(" |\n\n");
    sb.append("## Training data\n\n").append(dataDescription).append("\n\n");
    sb.append("License: ").append(license).append("\n\n");
    sb.append("| file | sha256 |\n|---|---|\n");
    for (String f : trainingFiles) {
      int tab = f.lastIndexOf('\t');
      sb.append("| `").append(f, 0, tab).append("` | `").append(f.substring(tab + 1)).append("` |\n");
    }
    sb.append(String.format(Locale.ROOT, "%nUsed: %d documents, %d sentences, %d tokens, %d entities "
        + "(%d widened to token boundaries, %d crossing a sentence end dropped).%n%n", stats.documents(),
        stats.sentences(), stats.tokens(), stats.entities(), stats.widened(), stats.crossing()));
    sb.append("## Parameters\n\n`").append(m.trainingParams()).append("`\n\n");
    sb.append(String.format(Locale.ROOT, "Training took %.0f s (wall clock; the parameters say how many runs "
        + "trained side by side).%n%n", trainingSeconds));
    for (Evaluation e : evaluations) {
      DevScores.Report r = e.report();
      sb.append("## ").append(e.title()).append("\n\n").append(e.description()).append("\n\n")
          .append(r.markdown()).append('\n');
    }
    sb.append("## Rebuild\n\nFrom the project root, with the corpora in `../shared/corpora` and the jar "
        + "built by `mvn -DskipTests package`:\n\n```\n").append(command).append("\n```\n\n")
        .append("Training is deterministic and the model file is written without time stamps, so the same "
            + "command gives the same sha256. It refuses to overwrite an existing model: to check, run it "
            + "with another `--out` and compare the files.\n\n");
    notes.ifPresent(n -> sb.append(n.strip()).append("\n"));
    return sb.toString();
  }

  private static String opennlpVersion() {
    Package p = opennlp.tools.namefind.NameFinderME.class.getPackage();
    return Optional.ofNullable(p.getImplementationVersion()).orElse("2.5");
  }
}
