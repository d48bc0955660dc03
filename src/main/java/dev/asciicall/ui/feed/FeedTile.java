package dev.asciicall.ui.feed;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.common.LatestSlot;
import dev.asciicall.ui.appearance.Theme;
import java.util.Objects;
import javafx.animation.AnimationTimer;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.StackPane;

/**
 * One participant's feed: a canvas that fills the tile, with the {@link TileOverlay} of their name,
 * marks and connection over it. An {@link AnimationTimer} drains the tile's {@link LatestSlot} once
 * per pulse and redraws only when a new frame arrived or the tile was resized, so however fast
 * frames come there is at most one draw per pulse and no queue of {@code runLater} calls. The frame
 * is drawn as it came from the engine or the decoder, without a copy in between, unless the tile is
 * too small to draw it legibly ({@link TileDetail}).
 *
 * <p>Built and used on the FX thread; producers on other threads only offer to the slot.
 */
public final class FeedTile extends StackPane {

  private final Canvas canvas = new Canvas();
  private final GridPainter painter = new GridPainter();
  private final TileDetail detail =
      new TileDetail(CellMetrics.widthPerPixel(), CellMetrics.heightPerPixel());
  private final LatestSlot<AsciiFrame> slot;
  private final TileViewModel model;
  private final TileOverlay overlay;
  private AsciiFrame shown;
  private boolean dirty;
  private long framesDrawn;
  // The fewest nanoseconds between two new frames drawn (0: every pulse may draw); FX thread.
  private long minimumFrameInterval;
  private long lastNewFrameAt = Long.MIN_VALUE;

  private final AnimationTimer timer =
      new AnimationTimer() {
        @Override
        public void handle(long now) {
          drain(now);
        }
      };

  /** A tile showing only a name (no call state), e.g. before the call's view model has one. */
  public FeedTile(String name, LatestSlot<AsciiFrame> slot) {
    this(TileViewModel.forParticipant(name, name), slot);
  }

  public FeedTile(TileViewModel model, LatestSlot<AsciiFrame> slot) {
    this.slot = Objects.requireNonNull(slot);
    this.model = Objects.requireNonNull(model);
    this.overlay = new TileOverlay(model);
    getStyleClass().add("feed-tile");
    canvas.getStyleClass().add("feed-canvas");
    // With the camera off the last picture must not linger: only the tile's background shows.
    canvas.visibleProperty().bind(model.cameraOffProperty().not());
    setMinSize(80, 60);
    getChildren().addAll(canvas, overlay);
    widthProperty().addListener((observable, old, now) -> dirty = true);
    visibleProperty().addListener((observable, old, now) -> dirty = true);
    heightProperty().addListener((observable, old, now) -> dirty = true);
    sceneProperty()
        .addListener(
            (observable, old, scene) -> {
              if (scene == null) {
                timer.stop();
              } else {
                timer.start();
              }
            });
  }

  @Override
  protected void layoutChildren() {
    canvas.setWidth(getWidth());
    canvas.setHeight(getHeight());
    super.layoutChildren();
  }

  public TileViewModel model() {
    return model;
  }

  /** Draws single-colour grids and the background in the theme's colours from the next pulse. */
  public void useTheme(Theme theme) {
    painter.setColors(theme.tileBackground(), theme.tileForeground());
    dirty = true;
  }

  public Canvas canvas() {
    return canvas;
  }

  public GridPainter painter() {
    return painter;
  }

  /** The frame on screen now (for snapshots and copy as text), or null before the first frame. */
  public AsciiFrame shownFrame() {
    return shown;
  }

  /** How many frames this tile has drawn; lets tests and stats see the feed is live. */
  public long framesDrawn() {
    return framesDrawn;
  }

  /**
   * Draws at most {@code framesPerSecond} new frames a second (0 or less: one per screen refresh).
   * The lobby's preview of myself needs no more than a mirror does, and every frame drawn costs the
   * renderer the whole canvas. A resize or theme change still draws at once. FX thread.
   */
  public void capFramesPerSecond(double framesPerSecond) {
    minimumFrameInterval = framesPerSecond > 0 ? (long) (1e9 / framesPerSecond) : 0;
  }

  /** One pulse at {@code now} (nanoseconds, the animation clock); package-private for tests. */
  void drain(long now) {
    // Too soon after the last new frame: the newest waits in its slot for a later pulse.
    boolean tooSoon =
        lastNewFrameAt != Long.MIN_VALUE && now - lastNewFrameAt < minimumFrameInterval;
    AsciiFrame next = tooSoon ? null : slot.take();
    if (next != null) {
      lastNewFrameAt = now;
      shown = next;
      dirty = true;
    }
    // A hidden tile (behind a pinned one) draws nothing until it shows again.
    if (dirty && shown != null && isVisible() && getWidth() > 0 && getHeight() > 0) {
      dirty = false;
      AsciiFrame legible = detail.fit(shown, getWidth(), getHeight());
      painter.paint(canvas.getGraphicsContext2D(), legible, getWidth(), getHeight());
      framesDrawn++;
    }
  }

  /** Region's min size is used by grids; the canvas itself never forces the tile larger. */
  @Override
  protected double computePrefWidth(double height) {
    return 640;
  }

  @Override
  protected double computePrefHeight(double width) {
    return 400;
  }
}
