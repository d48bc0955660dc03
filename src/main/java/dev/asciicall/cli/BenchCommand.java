package dev.asciicall.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code asciicall bench <what>}: benchmarks that print one JSON line of medians. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks; each prints one JSON line.")
public final class BenchCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing benchmark name");
  }

  /** {@code bench} with its benchmarks, in the order {@code --help} lists them. */
  static CommandLine withSubcommands(RenderTiming rendering) {
    CommandLine bench = new CommandLine(new BenchCommand());
    for (Object benchmark :
        List.of(
            new BenchConvertCommand(),
            new BenchStabilityCommand(),
            new BenchCodecCommand(),
            new BenchCaptureCommand(),
            new BenchCryptoCommand(),
            new BenchAudioCommand(),
            new BenchVoiceCommand(),
            new BenchRenderCommand(rendering),
            new BenchCallCommand(),
            new BenchRelayCommand(),
            new BenchRelayHostCommand(),
            new BenchTerminalCommand())) {
      bench.addSubcommand(benchmark);
    }
    return bench;
  }
}
