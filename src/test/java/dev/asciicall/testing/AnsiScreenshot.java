package dev.asciicall.testing;

import dev.asciicall.terminal.CellStyle;
import dev.asciicall.terminal.TermColor;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * A terminal screen as a picture, for the README: reads what {@code tmux capture-pane -e -p}
 * printed (text with SGR colours, one line per row), rebuilds the grid with {@link AnsiTerminal}
 * and draws it in DejaVu Sans Mono, light on a dark background, half blocks as two exact halves.
 *
 * <pre>java -cp target/test-classes:target/classes dev.asciicall.testing.AnsiScreenshot \
 *     capture.ansi out.png 120 40</pre>
 */
public final class AnsiScreenshot {

  static final Color FOREGROUND = new Color(0xd8, 0xd8, 0xd8);
  static final Color BACKGROUND = new Color(0x14, 0x16, 0x1a);
  private static final String FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf";
  private static final float FONT_PIXELS = 14f;
  private static final char UPPER_HALF = '▀';

  private AnsiScreenshot() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: AnsiScreenshot CAPTURE.ansi OUT.png COLUMNS ROWS");
      System.exit(2);
    }
    String capture = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    BufferedImage image =
        render(fromCapture(capture, Integer.parseInt(args[2]), Integer.parseInt(args[3])));
    ImageIO.write(image, "png", new File(args[1]));
  }

  /** The screen a capture stands for: each line a row (tmux ends them with a bare line feed). */
  static AnsiTerminal fromCapture(String capture, int columns, int rows) {
    String text = capture.endsWith("\n") ? capture.substring(0, capture.length() - 1) : capture;
    // Each row starts plain: a capture carries colours within a line only.
    return new AnsiTerminal(columns, rows).feed(text.replace("\n", "\u001b[0m\r\n"));
  }

  static BufferedImage render(AnsiTerminal screen) {
    Font font = font().deriveFont(FONT_PIXELS);
    FontRenderContext context = new FontRenderContext(null, true, true);
    double advance = font.createGlyphVector(context, "M").getGlyphMetrics(0).getAdvanceX();
    var metrics = font.getLineMetrics("Mg", context);
    double line = metrics.getAscent() + metrics.getDescent() + metrics.getLeading();
    int width = (int) Math.ceil(screen.columns() * advance);
    int height = (int) Math.ceil(screen.rows() * line);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setColor(BACKGROUND);
      g.fillRect(0, 0, width, height);
      for (int y = 0; y < screen.rows(); y++) {
        for (int x = 0; x < screen.columns(); x++) {
          drawCell(g, font, screen, x, y, x * advance, y * line, advance, line, metrics);
        }
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  private static void drawCell(
      Graphics2D g,
      Font font,
      AnsiTerminal screen,
      int x,
      int y,
      double left,
      double top,
      double advance,
      double line,
      java.awt.font.LineMetrics metrics) {
    Color foreground = color(screen.foreground(x, y), FOREGROUND);
    Color background = color(screen.background(x, y), BACKGROUND);
    byte style = screen.style(x, y);
    if ((style & CellStyle.REVERSE) != 0) {
      Color swap = foreground;
      foreground = background;
      background = swap;
    }
    char glyph = screen.glyph(x, y);
    // A little overlap, so neighbouring cells of one colour show no seams.
    Rectangle2D cell = new Rectangle2D.Double(left, top, advance + 0.6, line + 0.6);
    if (!background.equals(BACKGROUND)) {
      g.setColor(background);
      g.fill(cell);
    }
    if (glyph == UPPER_HALF) {
      g.setColor(foreground);
      g.fill(new Rectangle2D.Double(left, top, advance + 0.6, line / 2 + 0.3));
      return;
    }
    if (glyph == ' ') {
      return;
    }
    g.setColor(foreground);
    g.setFont((style & CellStyle.BOLD) != 0 ? font.deriveFont(Font.BOLD) : font);
    g.drawString(String.valueOf(glyph), (float) left, (float) (top + metrics.getAscent()));
  }

  private static Color color(int termColor, Color fallback) {
    return TermColor.isDefault(termColor) ? fallback : new Color(TermColor.toRgb(termColor));
  }

  private static Font font() {
    File file = new File(FONT);
    if (file.isFile()) {
      try {
        return Font.createFont(Font.TRUETYPE_FONT, file);
      } catch (FontFormatException | IOException e) {
        // The logical font below still renders; only the metrics differ.
      }
    }
    return new Font(Font.MONOSPACED, Font.PLAIN, 12);
  }
}
