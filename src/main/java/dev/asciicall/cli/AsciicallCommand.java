package dev.asciicall.cli;

import dev.asciicall.common.Version;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command line: {@code asciicall <subcommand> ...}. */
@Command(
    name = "asciicall",
    mixinStandardHelpOptions = true,
    versionProvider = AsciicallCommand.VersionProvider.class,
    description = "Video calls in which everyone appears as live ASCII art.",
    subcommands = {CommandLine.HelpCommand.class})
public final class AsciicallCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    // No subcommand given on the command line (the GUI case is handled by the Launcher).
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }

  /** Reports the application and protocol versions for {@code --version}. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "asciicall " + Version.application() + " (protocol " + Version.PROTOCOL + ")",
        "Java " + System.getProperty("java.version") + " on " + System.getProperty("os.name")
      };
    }
  }

  /** Subcommands are added here, in the order {@code --help} lists them. */
  static List<Object> subcommands(GuiLauncher gui, RenderTiming rendering) {
    return List.of(
        new ConvertCommand(),
        new SourcesCommand(),
        new CaptureCommand(),
        new PreviewCommand(),
        new HostCommand(gui),
        new JoinCommand(gui),
        new DiscoverCommand(),
        BenchCommand.withSubcommands(rendering));
  }
}
