package dev.asciicall.terminal;

import dev.asciicall.ascii.ConversionSettings;
import dev.asciicall.call.LocalVideo;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The picture keys against my own {@link LocalVideo}: {@code p}, {@code c}, {@code d} and {@code D}
 * change what it converts (what I see and, in a call, what the others see) and the status line says
 * what they chose. In the preview the picture can also follow the terminal: its columns are those
 * of the one tile on screen, so each cell is drawn once, until {@code d} or {@code D} picks a width
 * by hand.
 *
 * <p>Threads: keys on the key thread, {@link #fit} on the front end's tick; synchronized, as both
 * read and replace the settings.
 */
final class PictureControls {

  private final LocalVideo video;
  private final CallScreenModel model;
  private final String verb;
  private boolean fitting;
  private TerminalSize fittedTo;

  /**
   * @param verb how the notice starts, e.g. "sending" in a call, "showing" in the preview
   */
  PictureControls(LocalVideo video, CallScreenModel model, String verb) {
    this.video = video;
    this.model = model;
    this.verb = verb;
  }

  /** From now on the columns follow the terminal (the preview), until {@code d} or {@code D}. */
  synchronized void followTheTerminal() {
    fitting = true;
    fittedTo = null;
  }

  void cyclePalette() {
    change(PictureSteps::nextStyle);
  }

  void toggleColor() {
    change(PictureSteps::toggleColor);
  }

  void moreDetail() {
    byHand(PictureSteps::moreDetail);
  }

  void lessDetail() {
    byHand(PictureSteps::lessDetail);
  }

  /** The settings as the status line names them, e.g. {@code Long · 80 columns}. */
  String describe() {
    return PictureSteps.describe(video.settings());
  }

  /**
   * While following the terminal: when its size is new, converts at the width the picture gets on
   * it. Only on a new size, so the engine (whose levels start afresh with new settings) is not
   * reset by a column of rounding back and forth.
   *
   * @param frameColumns the newest frame's columns, for its shape
   */
  synchronized void fit(TerminalSize size, int frameColumns, int frameRows) {
    if (!fitting || size.equals(fittedTo) || frameColumns < 1 || frameRows < 1) {
      return;
    }
    fittedTo = size;
    int columns = fittingColumns(size, (double) frameColumns / frameRows);
    if (columns > 0) {
      video.useSettings(PictureSteps.withColumns(video.settings(), columns));
    }
  }

  /** How many columns a picture of {@code aspect} gets as the preview's one tile; 0 for none. */
  static int fittingColumns(TerminalSize size, double aspect) {
    ScreenLayout layout = ScreenLayout.of(size.columns(), size.rows(), KeyMap.PREVIEW);
    List<Rect> tiles = TileLayout.grid(1, layout.tiles(), aspect);
    return tiles.isEmpty() ? 0 : tiles.get(0).width();
  }

  private synchronized void byHand(UnaryOperator<ConversionSettings> step) {
    fitting = false;
    change(step);
  }

  private synchronized void change(UnaryOperator<ConversionSettings> step) {
    ConversionSettings next = step.apply(video.settings());
    video.useSettings(next);
    model.notice(verb + " " + PictureSteps.describe(next));
  }
}
