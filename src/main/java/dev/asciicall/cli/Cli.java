package dev.asciicall.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Runs the command line and turns every failure into one clear line on stderr and an exit code: 0
 * on success (a call that ended, Ctrl+C included), 1 when the work failed (a file unreadable
 * mid-run, a host unreachable, a fatal error), 2 on bad usage or bad input given on the command
 * line, 3 when a joined call was lost (the connection to the host dropped without the host ending
 * the call).
 */
public final class Cli {

  /** Exit code for bad usage or bad input named on the command line. */
  public static final int EXIT_USAGE = 2;

  /** Exit code for a failure while doing the work (connection refused, write failed). */
  public static final int EXIT_FAILURE = 1;

  /** Exit code of a headless join whose connection to the host was lost mid-call. */
  public static final int EXIT_LOST_HOST = 3;

  private Cli() {}

  /**
   * Builds the command tree; exposed for tests that drive it with their own writers.
   *
   * @param gui opens the window ({@code host} and {@code join} without {@code --headless})
   * @param rendering times the window's drawing ({@code bench render})
   */
  public static CommandLine commandLine(GuiLauncher gui, RenderTiming rendering) {
    CommandLine commandLine = new CommandLine(new AsciicallCommand());
    for (Object subcommand : AsciicallCommand.subcommands(gui, rendering)) {
      commandLine.addSubcommand(subcommand);
    }
    commandLine.setExecutionExceptionHandler(Cli::handleExecutionException);
    commandLine.setParameterExceptionHandler(Cli::handleParameterException);
    return commandLine;
  }

  /** Runs {@code args} and returns the process exit code. */
  public static int run(String[] args, GuiLauncher gui, RenderTiming rendering) {
    return commandLine(gui, rendering).execute(args);
  }

  private static int handleParameterException(CommandLine.ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println("asciicall: " + e.getMessage());
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
      err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help'.");
    }
    err.flush();
    return EXIT_USAGE;
  }

  private static int handleExecutionException(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (e instanceof UserFacingException userFacing) {
      err.println("asciicall: " + userFacing.getMessage());
      err.flush();
      return userFacing.exitCode();
    }
    // Anything else is a bug: still one line for the user, the detail only with --debug style
    // logging, never a raw stack trace in their face.
    err.println("asciicall: unexpected error: " + e);
    err.flush();
    return EXIT_FAILURE;
  }
}
