package dev.asciicall.capture;

/** A rectangle of the desktop to share, in screen pixels, written {@code X,Y,WIDTH,HEIGHT}. */
public record ScreenRegion(int x, int y, int width, int height) {

  public ScreenRegion {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException(
          "screen region must have a positive size, got " + width + "x" + height);
    }
  }

  /** Parses {@code X,Y,WIDTH,HEIGHT}; throws {@link IllegalArgumentException} with a message. */
  public static ScreenRegion parse(String text) {
    String[] parts = text.split(",", -1);
    if (parts.length != 4) {
      throw new IllegalArgumentException(
          "screen region '" + text + "' must be X,Y,WIDTH,HEIGHT, e.g. screen:0,0,1280,720");
    }
    int[] numbers = new int[4];
    for (int i = 0; i < 4; i++) {
      try {
        numbers[i] = Integer.parseInt(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "screen region '" + text + "': '" + parts[i].trim() + "' is not a whole number");
      }
    }
    return new ScreenRegion(numbers[0], numbers[1], numbers[2], numbers[3]);
  }

  @Override
  public String toString() {
    return x + "," + y + "," + width + "," + height;
  }
}
