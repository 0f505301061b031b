package kz.taldau.models.train;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import kz.taldau.model.ModelId;

/**
 * Writes a trained model as the loader expects it: {@code <dir>/<lang>-<domain>-v<N>.bin}, its
 * {@code .properties} manifest and its {@code .md} model card. Refuses to overwrite an existing version:
 * a new model gets a new version number.
 */
public final class ModelWriter {
  private ModelWriter() {}

  /** The files a model {@code id} occupies in {@code dir}: {@code .bin}, {@code .properties}, {@code .md}. */
  public static List<Path> files(Path dir, ModelId id) {
    return List.of(dir.resolve(id.baseName() + ".bin"), dir.resolve(id.baseName() + ".properties"),
        dir.resolve(id.baseName() + ".md"));
  }

  /**
   * Fails when any file of {@code id} already exists in {@code dir}.
   *
   * @throws FileAlreadyExistsException naming the file and the model
   */
  public static void checkFree(Path dir, ModelId id) throws FileAlreadyExistsException {
    for (Path p : files(dir, id)) {
      if (Files.exists(p)) {
        throw new FileAlreadyExistsException(p.toString(), null, "model " + id + " already exists: "
            + "refusing to overwrite it; train a new version (--id with a higher @N) or use another --out");
      }
    }
  }

  /** Writes the three files; each is created new, so a concurrent writer cannot be overwritten either. */
  public static void write(Path dir, byte[] model, ModelCard card) throws IOException {
    ModelId id = card.manifest().id();
    checkFree(dir, id);
    Files.createDirectories(dir);
    List<Path> f = files(dir, id);
    Files.write(f.get(0), model, StandardOpenOption.CREATE_NEW);
    try (Writer w = Files.newBufferedWriter(f.get(1), StandardCharsets.UTF_8,
        StandardOpenOption.CREATE_NEW)) {
      card.manifest().write(w);
    }
    Files.writeString(f.get(2), card.markdown(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
  }
}
