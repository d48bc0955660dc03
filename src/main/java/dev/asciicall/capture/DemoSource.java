package dev.asciicall.capture;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The built-in picture when there is no camera: a real face, as a newcomer would see a person on a
 * call. A public-domain NASA portrait (head and shoulders cut out of its background, see {@code
 * PORTRAIT-LICENSE.md}) drifts, tilts, nods and leans in a little over a plain background, the way
 * someone sitting in front of a camera moves. The test pattern ({@link TestPatternSource}) is the
 * other built-in choice.
 *
 * <p>Frames are drawn on demand from the clock (so a slow consumer sees a smooth animation with
 * skipped frames rather than slow motion). Called from the capture service's threads only (see
 * {@link FrameSource}).
 */
public final class DemoSource implements FrameSource {

  public static final int DEFAULT_WIDTH = 640;
  public static final int DEFAULT_HEIGHT = 480;

  private static final String PORTRAIT = "portrait.png";
  // A dark blue-grey wall: the face is what auto levels spread over the glyphs.
  private static final Color BACKGROUND = new Color(30, 34, 42);
  // The portrait's height as a share of the frame's: head and shoulders fill a call tile.
  private static final double HEIGHT_SHARE = 1.05;

  private static BufferedImage portrait;

  private final int width;
  private final int height;
  private final double framesPerSecond;
  private final long startNanos;
  private long sequence;

  public DemoSource() {
    this(DEFAULT_WIDTH, DEFAULT_HEIGHT, 30);
  }

  public DemoSource(int width, int height, double framesPerSecond) {
    if (width < 16 || height < 16) {
      throw new IllegalArgumentException("demo frames must be at least 16x16");
    }
    this.width = width;
    this.height = height;
    this.framesPerSecond = framesPerSecond;
    this.startNanos = System.nanoTime();
  }

  @Override
  public String name() {
    return "Demo scene";
  }

  @Override
  public double maxFramesPerSecond() {
    return framesPerSecond;
  }

  @Override
  public void open() {
    portrait();
  }

  @Override
  public VideoFrame read() {
    long now = System.nanoTime();
    VideoFrame drawn = render((now - startNanos) / 1e9, sequence++, now);
    // Stamped when the picture is complete, as a camera frame is when its bytes arrive (see
    // WebcamSource): drawing the scene is the source's time, not the call's latency.
    return new VideoFrame(
        drawn.width(), drawn.height(), drawn.rgb(), drawn.sequence(), System.nanoTime());
  }

  /** Draws the scene as it looks {@code seconds} after the start; deterministic for tests. */
  public VideoFrame render(double seconds, long frameSequence, long timestampNanos) {
    BufferedImage face = portrait();
    // Java2D has fast loops for its own BGR layout but only generic per-pixel loops for our
    // TYPE_CUSTOM RGB image, so draw in BGR and reorder once.
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(BACKGROUND);
      g.fillRect(0, 0, width, height);
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      double t = seconds;
      // Slow incommensurate swings: a drift side to side, a nod, a tilt and leaning in.
      double scale = height * HEIGHT_SHARE / face.getHeight() * (1 + 0.05 * Math.sin(t * 0.37));
      double drift = width * 0.05 * Math.sin(t * 0.41) + width * 0.01 * Math.sin(t * 1.7);
      double nod = height * 0.015 * Math.sin(t * 1.1 + 1);
      double tilt = Math.toRadians(4) * Math.sin(t * 0.53);
      // Turn about the neck, low in the picture, as a head does; the shoulders run off the
      // bottom edge whatever the pose.
      double neckX = face.getWidth() * 0.5;
      double neckY = face.getHeight() * 0.62;
      g.translate(width / 2.0 + drift, height * 0.66 + nod);
      g.rotate(tilt);
      g.scale(scale, scale);
      g.translate(-neckX, -neckY);
      g.drawImage(face, 0, 0, null);
    } finally {
      g.dispose();
    }
    return new VideoFrame(width, height, RgbImages.toRgb(image), frameSequence, timestampNanos);
  }

  @Override
  public void close() {
    // Nothing to release; the portrait stays loaded for the next demo.
  }

  private static synchronized BufferedImage portrait() {
    if (portrait == null) {
      try (InputStream in = DemoSource.class.getResourceAsStream(PORTRAIT)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + PORTRAIT);
        }
        BufferedImage read = ImageIO.read(in);
        BufferedImage argb =
            new BufferedImage(read.getWidth(), read.getHeight(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = argb.createGraphics();
        g.drawImage(read, 0, 0, null);
        g.dispose();
        portrait = argb;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + PORTRAIT, e);
      }
    }
    return portrait;
  }
}
