package kz.taldau.cli;

import kz.taldau.LibraryVersion;
import picocli.CommandLine.IVersionProvider;

/** Prints the library version that Maven wrote into the core jar. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"taldau " + LibraryVersion.get()};
  }
}
