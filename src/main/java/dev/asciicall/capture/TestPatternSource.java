package dev.asciicall.capture;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/**
 * The test pattern ({@code demo:pattern}): an animated scene with real structure — a sky gradient,
 * a lit sphere, a rotating frame, a bobbing cartoon head that talks and blinks, lettering and a
 * floor in perspective — so every mode of the engine has edges, gradients and motion to show. (It
 * was the demo scene before {@link DemoSource} showed a real face.)
 *
 * <p>Frames are drawn on demand from the clock (so a slow consumer sees a smooth animation with
 * skipped frames rather than slow motion). Called from the capture service's threads only (see
 * {@link FrameSource}).
 */
public final class TestPatternSource implements FrameSource {

  public static final int DEFAULT_WIDTH = 640;
  public static final int DEFAULT_HEIGHT = 480;

  private final int width;
  private final int height;
  private final double framesPerSecond;
  private final long startNanos;
  private long sequence;

  public TestPatternSource() {
    this(DEFAULT_WIDTH, DEFAULT_HEIGHT, 30);
  }

  public TestPatternSource(int width, int height, double framesPerSecond) {
    if (width < 16 || height < 16) {
      throw new IllegalArgumentException("test pattern frames must be at least 16x16");
    }
    this.width = width;
    this.height = height;
    this.framesPerSecond = framesPerSecond;
    this.startNanos = System.nanoTime();
  }

  @Override
  public String name() {
    return "Test pattern";
  }

  @Override
  public double maxFramesPerSecond() {
    return framesPerSecond;
  }

  @Override
  public void open() {
    // Nothing to open: the scene is drawn in memory.
  }

  @Override
  public VideoFrame read() {
    long now = System.nanoTime();
    VideoFrame drawn = render((now - startNanos) / 1e9, sequence++, now);
    // Stamped when the picture is complete, as a camera frame is when its bytes arrive (see
    // WebcamSource): drawing the scene (several ms) is the source's time, not the call's latency.
    return new VideoFrame(
        drawn.width(), drawn.height(), drawn.rgb(), drawn.sequence(), System.nanoTime());
  }

  /** Draws the scene as it looks {@code seconds} after the start; deterministic for tests. */
  public VideoFrame render(double seconds, long frameSequence, long timestampNanos) {
    // Java2D has fast loops for its own BGR layout but only generic per-pixel loops for our
    // TYPE_CUSTOM RGB image (measured ~100x slower), so draw in BGR and reorder once.
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.scale(width / 640.0, height / 480.0);
      drawSky(g, seconds);
      drawFloor(g, seconds);
      drawSphere(g, seconds);
      drawFrame(g, seconds);
      drawPerson(g, seconds);
      drawLettering(g, seconds);
    } finally {
      g.dispose();
    }
    return new VideoFrame(width, height, RgbImages.toRgb(image), frameSequence, timestampNanos);
  }

  @Override
  public void close() {
    // Nothing to release.
  }

  private static void drawSky(Graphics2D g, double t) {
    float shift = (float) (Math.sin(t * 0.3) * 40);
    g.setPaint(
        new GradientPaint(
            0, 0, new Color(20, 30, 70), 0, 300 + shift, new Color(120, 150, 210), false));
    g.fill(new Rectangle2D.Double(0, 0, 640, 320));
  }

  private static void drawFloor(Graphics2D g, double t) {
    g.setColor(new Color(60, 45, 35));
    g.fill(new Rectangle2D.Double(0, 320, 640, 160));
    g.setColor(new Color(200, 180, 150));
    g.setStroke(new BasicStroke(2f));
    double scroll = (t * 0.5) % 1.0;
    for (int i = 0; i < 8; i++) {
      double depth = (i + scroll) / 8.0;
      double y = 320 + 160 * depth * depth;
      g.draw(new java.awt.geom.Line2D.Double(0, y, 640, y));
    }
    for (int i = -8; i <= 8; i++) {
      g.draw(new java.awt.geom.Line2D.Double(320 + i * 12, 320, 320 + i * 90, 480));
    }
  }

  private static void drawSphere(Graphics2D g, double t) {
    double cx = 110 + Math.sin(t * 0.7) * 60;
    double cy = 110 + Math.cos(t * 0.9) * 25;
    double r = 55;
    g.setPaint(
        new RadialGradientPaint(
            (float) (cx - r * 0.4),
            (float) (cy - r * 0.4),
            (float) (r * 1.6),
            new float[] {0f, 0.5f, 1f},
            new Color[] {
              new Color(255, 250, 220), new Color(240, 170, 60), new Color(80, 30, 10)
            }));
    g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
  }

  private static void drawFrame(Graphics2D g, double t) {
    AffineTransform saved = g.getTransform();
    g.translate(540, 140);
    g.rotate(t * 0.8);
    g.setColor(new Color(230, 240, 255));
    g.setStroke(new BasicStroke(7f));
    g.draw(new Rectangle2D.Double(-50, -50, 100, 100));
    g.setColor(new Color(40, 200, 120));
    Path2D triangle = new Path2D.Double();
    triangle.moveTo(0, -35);
    triangle.lineTo(30, 25);
    triangle.lineTo(-30, 25);
    triangle.closePath();
    g.fill(triangle);
    g.setTransform(saved);
  }

  private static void drawPerson(Graphics2D g, double t) {
    double bob = Math.sin(t * 1.3) * 6;
    double sway = Math.sin(t * 0.6) * 14;
    AffineTransform saved = g.getTransform();
    g.translate(320 + sway, 250 + bob);
    // Shoulders.
    g.setColor(new Color(45, 80, 160));
    g.fill(new RoundRectangle2D.Double(-120, 90, 240, 160, 90, 90));
    // Neck and head.
    g.setColor(new Color(225, 180, 150));
    g.fill(new Rectangle2D.Double(-22, 50, 44, 50));
    g.fill(new Ellipse2D.Double(-70, -95, 140, 170));
    // Hair.
    g.setColor(new Color(50, 30, 20));
    g.fill(new Ellipse2D.Double(-74, -105, 148, 80));
    // Eyes blink every few seconds.
    boolean blink = (t % 3.7) < 0.15;
    g.setColor(Color.WHITE);
    double eyeHeight = blink ? 3 : 18;
    g.fill(new Ellipse2D.Double(-42, -20, 30, eyeHeight));
    g.fill(new Ellipse2D.Double(12, -20, 30, eyeHeight));
    if (!blink) {
      g.setColor(new Color(30, 30, 40));
      double look = Math.sin(t * 0.9) * 5;
      g.fill(new Ellipse2D.Double(-33 + look, -16, 11, 11));
      g.fill(new Ellipse2D.Double(21 + look, -16, 11, 11));
    }
    // Mouth opens and closes as if talking.
    double open = Math.max(0, Math.sin(t * 9) * Math.sin(t * 2.3)) * 22;
    g.setColor(new Color(120, 30, 40));
    g.fill(new Ellipse2D.Double(-24, 30 - open / 4, 48, 6 + open));
    g.setTransform(saved);
  }

  private static void drawLettering(Graphics2D g, double t) {
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 44));
    g.setColor(new Color(255, 255, 255));
    double x = 640 - ((t * 90) % 1100);
    g.drawString("asciicall  hello!", (float) x, 460f);
  }
}
