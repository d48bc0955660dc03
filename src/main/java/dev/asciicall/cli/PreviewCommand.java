package dev.asciicall.cli;

import dev.asciicall.capture.SourceSpec;
import dev.asciicall.terminal.CallScreenModel;
import dev.asciicall.terminal.ColorSupport;
import dev.asciicall.terminal.PictureSteps;
import dev.asciicall.terminal.TerminalFrontEnd;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code asciicall preview}: my own picture as live ASCII art, full screen in this terminal. */
@Command(
    name = "preview",
    mixinStandardHelpOptions = true,
    description = {
      "Show your camera (or another source) as live ASCII art, full screen in this terminal,"
          + " until q or Ctrl+C.",
      "Keys: p next palette / mode, c colour, d / D more / less detail, ? help, q quit."
    })
final class PreviewCommand implements Callable<Integer> {

  @Option(
      names = "--source",
      defaultValue = "webcam",
      converter = SourceSpecConverter.class,
      description =
          "Video source: "
              + SourceSpec.FORMS
              + " (default: ${DEFAULT-VALUE}; without a camera the demo scene shows).")
  SourceSpec source;

  @Option(
      names = "--columns",
      description =
          "Convert at this many columns ("
              + PictureSteps.MIN_COLUMNS
              + ".."
              + PictureSteps.MAX_COLUMNS
              + "; default: as wide as the picture is on screen, following the terminal).")
  Integer columns;

  @Option(names = "--fps", defaultValue = "30", description = "Frames per second captured.")
  double framesPerSecond;

  @Mixin ColorOption color;

  @Override
  public Integer call() {
    if (!(framesPerSecond > 0 && framesPerSecond <= 120)) {
      throw UserFacingException.badInput("--fps must be in (0, 120], got " + framesPerSecond);
    }
    if (columns != null
        && (columns < PictureSteps.MIN_COLUMNS || columns > PictureSteps.MAX_COLUMNS)) {
      throw UserFacingException.badInput(
          "--columns must be "
              + PictureSteps.MIN_COLUMNS
              + ".."
              + PictureSteps.MAX_COLUMNS
              + ", got "
              + columns);
    }
    int startColumns = columns == null ? PictureSteps.MAX_COLUMNS / 2 : columns;
    try (TerminalPicture picture =
        TerminalPicture.open(framesPerSecond, PictureSteps.initial(startColumns))) {
      CallScreenModel model = new CallScreenModel(System.getProperty("user.name"), "preview");
      TerminalFrontEnd frontEnd =
          new TerminalFrontEnd(
              picture.session,
              ColorSupport.detect(color.choice(), picture.session),
              model,
              picture.video);
      picture.start(source, model);
      TerminalFrontEnd.Outcome outcome =
          frontEnd.preview(
              columns == null
                  ? TerminalFrontEnd.PreviewWidth.FOLLOW_TERMINAL
                  : TerminalFrontEnd.PreviewWidth.AS_SET);
      if (outcome.ending() == TerminalFrontEnd.Ending.TERMINAL_FAILED) {
        throw UserFacingException.failure(outcome.message(), null);
      }
      return 0;
    }
  }
}
