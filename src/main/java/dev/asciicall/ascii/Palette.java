package dev.asciicall.ascii;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The glyphs a frame is drawn with, ordered from least to most ink: index 0 is the emptiest.
 *
 * <p>The built-in ASCII ramps are sorted by the ink coverage measured in the app's font ({@link
 * GlyphMetrics}), not by the order folklore gives them: in DejaVu Sans Mono {@code _} has less ink
 * than {@code :} and {@code %} less than {@code #}. Two palettes are not ramps: {@code braille}
 * (index = dot bits) and {@code half-block} (one glyph).
 *
 * @param id a built-in name, or {@code "custom"}
 */
public record Palette(String id, String glyphs) {

  public static final String CUSTOM_ID = "custom";

  /** The classic set from the Python projects that inspired us. */
  public static final Palette CLASSIC = ramp("classic", " .:-=+_?*#%@");

  /** A short 10-level ramp (Paul Bourke's). */
  public static final Palette SHORT = ramp("short", " .:-=+*#%@");

  /** A long 70-level ramp (Paul Bourke's), rich in shapes for {@link RenderMode#SHAPE}. */
  public static final Palette LONG =
      ramp("long", " .'`^\",:;Il!i><~+_-?][}{1)(|\\/tfjrxnuvczXYUJCLQ0OZmwqpdbkhao*#MW&8%B@$");

  /** Unicode shades. */
  public static final Palette SHADES = ramp("shades", " ░▒▓█");

  /** The 256 braille patterns U+2800..U+28FF; a glyph's index is its dot bits. */
  public static final Palette BRAILLE = new Palette("braille", brailleGlyphs());

  /** The upper half block, drawn with two colours per cell. */
  public static final Palette HALF_BLOCK = new Palette("half-block", "▀");

  private static final List<Palette> BUILT_INS =
      List.of(CLASSIC, SHORT, LONG, SHADES, BRAILLE, HALF_BLOCK);

  public Palette {
    if (id == null || id.isEmpty() || glyphs == null || glyphs.isEmpty() || glyphs.length() > 256) {
      throw new IllegalArgumentException("a palette needs an id and 1..256 glyphs");
    }
  }

  public static List<Palette> builtIns() {
    return BUILT_INS;
  }

  /** A built-in palette by id; the message lists the known names otherwise. */
  public static Palette byName(String name) {
    for (Palette palette : BUILT_INS) {
      if (palette.id.equals(name)) {
        return palette;
      }
    }
    throw new IllegalArgumentException(
        "unknown palette '" + name + "'; known palettes: " + names());
  }

  /** The built-in ids, comma-separated, for messages and help texts. */
  public static String names() {
    return BUILT_INS.stream().map(Palette::id).collect(Collectors.joining(", "));
  }

  /**
   * A palette from the user's characters, kept in the order given (least → most ink), like {@code
   * img2txt}'s charsets: 2..256 distinct printable characters of the Basic Multilingual Plane.
   */
  public static Palette custom(String chars) {
    if (chars == null || chars.length() < 2 || chars.length() > 256) {
      throw new IllegalArgumentException("a custom palette needs 2 to 256 characters");
    }
    Set<Character> seen = new HashSet<>();
    for (char c : chars.toCharArray()) {
      if (Character.isISOControl(c) || Character.isSurrogate(c)) {
        throw new IllegalArgumentException(
            "a custom palette takes printable characters only, not U+"
                + Integer.toHexString(c).toUpperCase());
      }
      if (!seen.add(c)) {
        throw new IllegalArgumentException("a custom palette repeats the character '" + c + "'");
      }
    }
    return new Palette(CUSTOM_ID, chars);
  }

  public int size() {
    return glyphs.length();
  }

  public char glyph(int index) {
    return glyphs.charAt(index);
  }

  /**
   * Relative ink of each glyph, 0 for the first and 1 for the densest: measured coverage where the
   * font table knows every glyph and the order is monotone (the built-in ramps), otherwise evenly
   * spaced by position, honouring the order a user gave.
   */
  public float[] relativeInk() {
    GlyphMetrics metrics = GlyphMetrics.font();
    float[] ink = new float[size()];
    boolean measured = glyphs.chars().allMatch(c -> metrics.isMeasured((char) c));
    for (int i = 1; measured && i < size(); i++) {
      measured = metrics.coverage(glyph(i - 1)) <= metrics.coverage(glyph(i));
    }
    double max = 0;
    for (int i = 0; i < ink.length; i++) {
      ink[i] = measured ? (float) metrics.coverage(glyph(i)) : (float) i / Math.max(1, size() - 1);
      max = Math.max(max, ink[i]);
    }
    double min = measured ? ink[0] : 0;
    for (int i = 0; i < ink.length; i++) {
      ink[i] = max > min ? (float) Math.max(0, (ink[i] - min) / (max - min)) : 0;
    }
    return ink;
  }

  private static Palette ramp(String id, String glyphs) {
    GlyphMetrics metrics = GlyphMetrics.font();
    List<Character> sorted = new ArrayList<>();
    for (char c : glyphs.toCharArray()) {
      sorted.add(c);
    }
    // List.sort is stable, so glyphs of equal coverage keep their folklore order.
    sorted.sort(Comparator.comparingDouble(metrics::coverage));
    StringBuilder ordered = new StringBuilder();
    sorted.forEach(ordered::append);
    return new Palette(id, ordered.toString());
  }

  private static String brailleGlyphs() {
    StringBuilder glyphs = new StringBuilder(256);
    for (int bits = 0; bits < 256; bits++) {
      glyphs.append((char) (0x2800 + bits));
    }
    return glyphs.toString();
  }
}
