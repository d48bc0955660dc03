package dev.asciicall.cli;

import dev.asciicall.crypto.PassphraseException;
import dev.asciicall.crypto.PassphraseSource;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The passphrase options shared by {@code host} and {@code join}: add with {@code @Mixin
 * PassphraseOptions passphrase;}. The passphrase itself is never an argument (others could read it
 * in the process list, and it would stay in shell history), only where to find it.
 */
public final class PassphraseOptions {

  @ArgGroup(
      exclusive = true,
      multiplicity = "0..1",
      heading = "Passphrase (where to read it; never the passphrase itself):%n")
  Source source;

  static final class Source {
    @Option(
        names = "--passphrase-file",
        paramLabel = "FILE",
        description = "Read the call passphrase from FILE (one trailing line break is ignored).")
    Path file;

    @Option(
        names = "--passphrase-env",
        paramLabel = "VAR",
        description = "Read the call passphrase from the environment variable VAR.")
    String variable;
  }

  /**
   * The passphrase, if one of the options was given.
   *
   * @throws UserFacingException (exit code 2) with one line naming the file or variable if it
   *     cannot be read or is empty
   */
  public Optional<char[]> read() {
    if (source == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          source.file != null
              ? PassphraseSource.fromFile(source.file)
              : PassphraseSource.fromEnvironment(source.variable));
    } catch (PassphraseException e) {
      throw UserFacingException.badInput(e.getMessage());
    }
  }
}
