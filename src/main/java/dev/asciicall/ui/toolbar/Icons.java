package dev.asciicall.ui.toolbar;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.Line;
import javafx.scene.shape.SVGPath;

/**
 * The toolbar's icons, drawn as simple shapes in a 24×24 box and coloured by the stylesheet (class
 * {@code toolbar-icon}), so they follow the theme and need no image files or icon font.
 */
public final class Icons {

  static final String MICROPHONE =
      "M12 2a3 3 0 0 1 3 3v6a3 3 0 0 1-6 0V5a3 3 0 0 1 3-3zM5 11h2a5 5 0 0 0 10 0h2"
          + "a7 7 0 0 1-6 6.92V21h-2v-3.08A7 7 0 0 1 5 11z";
  static final String CAMERA =
      "M3 6h11a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2zM17.5 10.5l5.5-3.5v10"
          + "l-5.5-3.5z";
  static final String SCREEN =
      "M2 3h20v14H2zM4 5v10h16V5zM11 17h2v3h-2zM7 20h10v2H7zM12 6.5l4 4h-2.5v3h-3v-3H8z";
  static final String CHAT =
      "M3 4h18a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H9l-5 4v-4H3a1 1 0 0 1-1-1V5" + "a1 1 0 0 1 1-1z";
  static final String PEOPLE =
      "M9 4a3.5 3.5 0 1 1 0 7a3.5 3.5 0 0 1 0-7zM2 20c0-4 3-6.5 7-6.5s7 2.5 7 6.5zM16 5a3 3 0 1 1 0 6"
          + "a3 3 0 0 1 0-6zM17.5 13.6c2.6.5 4.5 2.6 4.5 6.4h-4.3c0-2.5-.8-4.8-2.4-6.2z";
  static final String INVITE =
      "M9 4a3.5 3.5 0 1 1 0 7a3.5 3.5 0 0 1 0-7zM2 20c0-4 3-6.5 7-6.5s7 2.5 7 6.5zM18 6h2v3h3v2h-3v3"
          + "h-2v-3h-3V9h3z";
  static final String LEAVE =
      "M1.5 14.5c0-3.5 4.7-6.5 10.5-6.5s10.5 3 10.5 6.5l-.6 2.6-5-1.1-.6-3.2c-1.4-.6-2.8-.8-4.3-.8"
          + "s-2.9.2-4.3.8l-.6 3.2-5 1.1z";
  static final String SETTINGS =
      "M3 5h9v2H3zM16 5h5v2h-5zM12 3h4v6h-4zM3 17h4v2H3zM11 17h10v2H11zM7 15h4v6H7zM3 11h13v2H3z"
          + "M20 11h1v2h-1zM16 9h4v6h-4z";
  static final String GALLERY = "M3 3h8v8H3zM13 3h8v8h-8zM3 13h8v8H3zM13 13h8v8h-8z";
  static final String SPEAKER_VIEW = "M3 3h18v12H3zM3 17h5v4H3zM9.5 17h5v4h-5zM16 17h5v4h-5z";

  private Icons() {}

  public static Node microphone() {
    return shape(MICROPHONE);
  }

  /** The microphone crossed out: shown while muted. */
  public static Node microphoneOff() {
    return crossed(MICROPHONE);
  }

  public static Node camera() {
    return shape(CAMERA);
  }

  public static Node cameraOff() {
    return crossed(CAMERA);
  }

  public static Node screen() {
    return shape(SCREEN);
  }

  public static Node chat() {
    return shape(CHAT);
  }

  public static Node people() {
    return shape(PEOPLE);
  }

  public static Node invite() {
    return shape(INVITE);
  }

  public static Node leave() {
    return shape(LEAVE);
  }

  public static Node settings() {
    return shape(SETTINGS);
  }

  public static Node gallery() {
    return shape(GALLERY);
  }

  public static Node speakerView() {
    return shape(SPEAKER_VIEW);
  }

  private static SVGPath shape(String content) {
    SVGPath path = new SVGPath();
    path.setContent(content);
    path.setFillRule(FillRule.EVEN_ODD);
    path.getStyleClass().add("toolbar-icon");
    return path;
  }

  private static Node crossed(String content) {
    Line slash = new Line(3, 2, 21, 22);
    slash.getStyleClass().add("toolbar-icon-slash");
    return new Group(shape(content), slash);
  }
}
