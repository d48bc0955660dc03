package dev.asciicall.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code asciicall bench render}: how long drawing one grid on a canvas takes, as JSON medians. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description =
        "Measure drawing a demo grid on a canvas (single colour and colour); prints JSON.")
public final class BenchRenderCommand implements Callable<Integer> {

  private final RenderTiming timing;

  BenchRenderCommand(RenderTiming timing) {
    this.timing = timing;
  }

  @Option(names = "--columns", defaultValue = "160", description = "Grid width (default 160).")
  int columns;

  @Option(names = "--frames", defaultValue = "200", description = "Timed frames per case.")
  int frames;

  @Override
  public Integer call() throws Exception {
    if (columns < 40 || columns > 200 || frames < 1) {
      throw UserFacingException.badInput("--columns must be 40..200 and --frames positive");
    }
    try {
      System.out.println(timing.run(columns, frames));
    } catch (UnsupportedOperationException | IllegalStateException noDisplay) {
      throw UserFacingException.failure(
          "The render benchmark needs a display: run it under xvfb-run", noDisplay);
    }
    return 0;
  }
}
