package dev.asciicall.ui.appearance;

import javafx.scene.paint.Color;

/**
 * The window's colour scheme: a stylesheet for the controls and the two colours tiles draw
 * single-colour grids with. The picture is light glyphs on a dark ground in both themes: glyphs are
 * chosen by how much ink they put on a dark ground (a bright area gets dense glyphs), so dark ink
 * on paper would show it as a negative. The light theme only lifts the ground a little, as a framed
 * picture on a light page.
 */
public enum Theme {
  DARK("Dark", "dark.css", Color.rgb(12, 14, 18), Color.rgb(225, 230, 235)),
  LIGHT("Light", "light.css", Color.rgb(24, 27, 32), Color.rgb(232, 235, 238));

  private final String label;
  private final String stylesheet;
  private final Color tileBackground;
  private final Color tileForeground;

  Theme(String label, String stylesheet, Color tileBackground, Color tileForeground) {
    this.label = label;
    this.stylesheet = stylesheet;
    this.tileBackground = tileBackground;
    this.tileForeground = tileForeground;
  }

  /** The stylesheets' URLs for {@code Scene.getStylesheets()}: shared decorations, then colours. */
  public java.util.List<String> stylesheetUrls() {
    return java.util.List.of(url("common.css"), url("layout.css"), url(stylesheet));
  }

  private static String url(String name) {
    return Theme.class.getResource(name).toExternalForm();
  }

  public Color tileBackground() {
    return tileBackground;
  }

  public Color tileForeground() {
    return tileForeground;
  }

  @Override
  public String toString() {
    return label;
  }
}
