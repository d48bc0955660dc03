package dev.asciicall.cli;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.io.File;
import java.io.IOException;

/**
 * The app's font for AWT work off screen (PNG output, glyph measurement): DejaVu Sans Mono, which
 * is what JavaFX's "Monospaced" resolves to on our machines. Falls back to AWT's logical
 * "Monospaced" font when the TTF is not installed.
 */
final class AppFont {

  static final String DEJAVU_SANS_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf";

  static final FontRenderContext FRACTIONAL = new FontRenderContext(null, true, true);

  private static Font base;

  private AppFont() {}

  /** The font at {@code size} pixels. */
  static synchronized Font at(float size) {
    if (base == null) {
      base = loadBase();
    }
    return base.deriveFont(size);
  }

  /** Horizontal advance of one cell, in pixels at the font's size. */
  static double advance(Font font) {
    return font.createGlyphVector(FRACTIONAL, "M").getGlyphMetrics(0).getAdvanceX();
  }

  /** Ascent + descent + leading: the distance between rows. */
  static double lineHeight(Font font) {
    LineMetrics metrics = font.getLineMetrics("Mg", FRACTIONAL);
    return metrics.getAscent() + metrics.getDescent() + metrics.getLeading();
  }

  static double ascent(Font font) {
    return font.getLineMetrics("Mg", FRACTIONAL).getAscent();
  }

  private static Font loadBase() {
    File file = new File(DEJAVU_SANS_MONO);
    if (file.isFile()) {
      try {
        return Font.createFont(Font.TRUETYPE_FONT, file);
      } catch (FontFormatException | IOException e) {
        // Fall through to the logical font: output still works, only metrics may differ.
      }
    }
    return new Font(Font.MONOSPACED, Font.PLAIN, 12);
  }
}
