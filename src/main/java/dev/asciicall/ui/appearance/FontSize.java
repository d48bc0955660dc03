package dev.asciicall.ui.appearance;

/**
 * The size of the window's text (menus, chat, labels). Tiles size their glyphs to the tile instead,
 * so this never changes how many columns a picture has.
 */
public enum FontSize {
  SMALL("Small", 12),
  NORMAL("Normal", 14),
  LARGE("Large", 17),
  LARGEST("Largest", 20);

  private final String label;
  private final int pixels;

  FontSize(String label, int pixels) {
    this.label = label;
    this.pixels = pixels;
  }

  public int pixels() {
    return pixels;
  }

  @Override
  public String toString() {
    return label;
  }
}
