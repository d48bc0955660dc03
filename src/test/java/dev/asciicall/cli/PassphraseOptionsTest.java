package dev.asciicall.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@UnitTest
class PassphraseOptionsTest {

  @TempDir Path directory;

  /** A stand-in for the host command, which mixes the options in the same way. */
  @Command(name = "fake-host")
  static final class FakeHost implements Callable<Integer> {
    @Mixin PassphraseOptions passphrase;
    String read;

    @Override
    public Integer call() {
      read = passphrase.read().map(String::new).orElse("<none>");
      return 0;
    }
  }

  private final StringWriter err = new StringWriter();

  private int run(FakeHost host, String... args) {
    CommandLine root = Cli.commandLine(action -> {}, (columns, frames) -> "{}");
    root.addSubcommand(host);
    root.setErr(new PrintWriter(err));
    String[] full = new String[args.length + 1];
    full[0] = "fake-host";
    System.arraycopy(args, 0, full, 1, args.length);
    return root.execute(full);
  }

  @Test
  void readsThePassphraseFromAFile() throws Exception {
    Path file = directory.resolve("pass.txt");
    Files.writeString(file, "open sesame\n");
    FakeHost host = new FakeHost();

    assertThat(run(host, "--passphrase-file", file.toString())).isZero();
    assertThat(host.read).isEqualTo("open sesame");
  }

  @Test
  void noOptionMeansNoPassphrase() {
    FakeHost host = new FakeHost();

    assertThat(run(host)).isZero();
    assertThat(host.read).isEqualTo("<none>");
  }

  @Test
  void missingFileIsOneLineAndExitCodeTwo() {
    int exit = run(new FakeHost(), "--passphrase-file", directory.resolve("nope").toString());

    assertThat(exit).isEqualTo(Cli.EXIT_USAGE);
    assertThat(err.toString().strip())
        .startsWith("asciicall: passphrase file")
        .endsWith("does not exist");
    assertThat(err.toString().strip().lines()).hasSize(1);
  }

  @Test
  void bothOptionsAtOnceAreRefused() {
    int exit = run(new FakeHost(), "--passphrase-file", "a", "--passphrase-env", "B");

    assertThat(exit).isEqualTo(Cli.EXIT_USAGE);
  }
}
