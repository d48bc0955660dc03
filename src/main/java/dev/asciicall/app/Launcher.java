package dev.asciicall.app;

import dev.asciicall.cli.Cli;
import dev.asciicall.cli.StartupAction;
import dev.asciicall.ui.feed.RenderBenchmark;

/**
 * The one entry point for the jar, {@code mvn javafx:run} and the installers. With no arguments it
 * opens the window; with a subcommand it runs the command line. A plain class (not an {@code
 * Application}) so it can start from the class path.
 */
public final class Launcher {

  private Launcher() {}

  public static void main(String[] args) {
    if (args.length == 0) {
      AsciicallApp.launchWindow(new StartupAction.Open());
      return;
    }
    int exitCode =
        Cli.run(
            args,
            AsciicallApp::launchWindow,
            (columns, frames) -> new RenderBenchmark(columns, frames).run());
    System.exit(exitCode);
  }
}
