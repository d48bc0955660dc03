package dev.asciicall.capture;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A picture size in pixels, written {@code 640x480}. */
public record Resolution(int width, int height) {

  private static final Pattern TEXT = Pattern.compile("(\\d{1,5})x(\\d{1,5})");

  public Resolution {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("resolution must be positive: " + width + "x" + height);
    }
  }

  /** Parses {@code WIDTHxHEIGHT}; throws {@link IllegalArgumentException} with a user message. */
  public static Resolution parse(String text) {
    Matcher matcher = TEXT.matcher(text.trim().toLowerCase(java.util.Locale.ROOT));
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "resolution '" + text + "' must look like WIDTHxHEIGHT, e.g. 640x480");
    }
    return new Resolution(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
  }

  long pixels() {
    return (long) width * height;
  }

  @Override
  public String toString() {
    return width + "x" + height;
  }
}
