package dev.asciicall.capture;

import java.awt.AWTException;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * The desktop (or a region of it) through {@link Robot}, for "share my screen as ASCII". Screen
 * grabs are slow (tens of ms), so the rate is capped low. Capture service threads only (see {@link
 * FrameSource}).
 */
final class ScreenSource implements FrameSource {

  static final double FRAMES_PER_SECOND = 10;

  private final Optional<ScreenRegion> region;
  private Robot robot;
  private Rectangle area;
  private long sequence;

  ScreenSource(Optional<ScreenRegion> region) {
    this.region = region;
  }

  @Override
  public String name() {
    return "Screen";
  }

  @Override
  public double maxFramesPerSecond() {
    return FRAMES_PER_SECOND;
  }

  /** Why the screen cannot be shared here, if it cannot; cheap, callable from any thread. */
  static Optional<String> unavailableReason() {
    if (GraphicsEnvironment.isHeadless()) {
      return Optional.of(
          "Screen sharing needs a desktop session; this one has no display"
              + " (headless, or DISPLAY is not set).");
    }
    return Optional.empty();
  }

  @Override
  public void open() throws CaptureException {
    Optional<String> unavailable = unavailableReason();
    if (unavailable.isPresent()) {
      throw new CaptureException(unavailable.get());
    }
    Rectangle screen = new Rectangle(Toolkit.getDefaultToolkit().getScreenSize());
    area = clip(region, screen);
    try {
      robot = new Robot();
    } catch (AWTException | SecurityException e) {
      throw new CaptureException("Screen sharing is not allowed here: " + e.getMessage(), e);
    }
  }

  /** The region within the screen; throws when it lies outside it. */
  static Rectangle clip(Optional<ScreenRegion> region, Rectangle screen) throws CaptureException {
    if (region.isEmpty()) {
      return screen;
    }
    ScreenRegion r = region.get();
    Rectangle wanted = new Rectangle(r.x(), r.y(), r.width(), r.height());
    Rectangle inside = wanted.intersection(screen);
    if (inside.isEmpty()) {
      throw new CaptureException(
          "Screen region "
              + r
              + " lies outside the screen ("
              + screen.width
              + "x"
              + screen.height
              + ").");
    }
    return inside;
  }

  @Override
  public VideoFrame read() {
    BufferedImage shot =
        RgbImages.fitWithin(
            robot.createScreenCapture(area), ImageFiles.MAX_WIDTH, ImageFiles.MAX_HEIGHT);
    return new VideoFrame(
        shot.getWidth(), shot.getHeight(), RgbImages.toRgb(shot), sequence++, System.nanoTime());
  }

  @Override
  public void close() {
    robot = null;
  }
}
