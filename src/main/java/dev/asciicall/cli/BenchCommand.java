package dev.asciicall.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code asciicall bench <what>}: benchmarks that print one JSON line of medians. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks; each prints one JSON line.",
    subcommands = {
      BenchConvertCommand.class,
      BenchCodecCommand.class,
      BenchCaptureCommand.class,
      BenchCryptoCommand.class,
      BenchAudioCommand.class,
      BenchRenderCommand.class,
      BenchCallCommand.class,
      BenchRelayCommand.class,
      BenchRelayHostCommand.class
    })
public final class BenchCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing benchmark name");
  }
}
