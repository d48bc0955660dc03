package dev.asciicall.capture;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which picture source the user chose, as written on the command line ({@code --source}) and
 * remembered between runs: {@code demo}, {@code demo:pattern}, {@code webcam}, {@code webcam:NAME},
 * {@code webcam:NAME@640x480}, {@code image:PATH}, {@code folder:PATH@FPS}, {@code screen} or
 * {@code screen:X,Y,WIDTH,HEIGHT}. {@link #toString()} gives text that {@link #parse} reads back to
 * an equal spec, so the UI can store the choice as a string.
 */
public sealed interface SourceSpec
    permits SourceSpec.Demo,
        SourceSpec.Camera,
        SourceSpec.Image,
        SourceSpec.Folder,
        SourceSpec.Screen {

  /** The accepted forms, for error messages and {@code --help}. */
  String FORMS =
      "demo, demo:pattern, webcam[:NAME][@WIDTHxHEIGHT], image:PATH, folder:PATH[@FPS] or"
          + " screen[:X,Y,W,H]";

  /** Parses a {@code --source} value; throws {@link IllegalArgumentException} with a message. */
  static SourceSpec parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("no source given: use " + FORMS);
    }
    String trimmed = text.trim();
    int colon = trimmed.indexOf(':');
    String kind = (colon < 0 ? trimmed : trimmed.substring(0, colon)).toLowerCase(Locale.ROOT);
    String rest = colon < 0 ? null : trimmed.substring(colon + 1);
    return switch (kind) {
      case "demo" -> Demo.parse(rest);
      case "image" -> Image.parse(rest);
      case "folder" -> Folder.parse(rest);
      case "screen" -> Screen.parse(rest);
      default -> {
        if (kind.startsWith("webcam")) {
          yield Camera.parse(trimmed.substring("webcam".length()));
        }
        throw new IllegalArgumentException("unknown source '" + text + "': use " + FORMS);
      }
    };
  }

  /**
   * A built-in animated scene; always available: a real face ({@code demo}) or the test pattern
   * ({@code demo:pattern}).
   */
  record Demo(DemoScene scene) implements SourceSpec {
    public Demo {
      if (scene == null) {
        throw new IllegalArgumentException("a demo needs a scene");
      }
    }

    /** The face. */
    public Demo() {
      this(DemoScene.PORTRAIT);
    }

    static Demo parse(String rest) {
      if (rest == null) {
        return new Demo();
      }
      if (rest.trim().equalsIgnoreCase(PATTERN)) {
        return new Demo(DemoScene.TEST_PATTERN);
      }
      throw new IllegalArgumentException(
          "unknown demo 'demo:" + rest + "': use demo or demo:" + PATTERN);
    }

    private static final String PATTERN = "pattern";

    @Override
    public String toString() {
      return scene == DemoScene.TEST_PATTERN ? "demo:" + PATTERN : "demo";
    }
  }

  /** The built-in scenes. */
  enum DemoScene {
    /** A real face moving as a person on a call does ({@link DemoSource}). */
    PORTRAIT,
    /** Gradients, edges, lettering and motion for every mode ({@link TestPatternSource}). */
    TEST_PATTERN
  }

  /**
   * A camera: the named one (exact name, or a unique part of it) or the first found, at the given
   * resolution or the one closest to 640x480.
   */
  record Camera(Optional<String> name, Optional<Resolution> resolution) implements SourceSpec {
    private static final Pattern AT_RESOLUTION = Pattern.compile("(.*)@(\\d+x\\d+)");

    public static Camera any() {
      return new Camera(Optional.empty(), Optional.empty());
    }

    /** Parses what follows {@code webcam}: empty, {@code :NAME}, {@code @WxH} or both. */
    static Camera parse(String rest) {
      Optional<Resolution> resolution = Optional.empty();
      Matcher matcher = AT_RESOLUTION.matcher(rest);
      if (matcher.matches()) {
        resolution = Optional.of(Resolution.parse(matcher.group(2)));
        rest = matcher.group(1);
      }
      if (rest.isEmpty()) {
        return new Camera(Optional.empty(), resolution);
      }
      if (!rest.startsWith(":")) {
        throw new IllegalArgumentException(
            "unknown source 'webcam" + rest + "': use webcam, webcam:NAME or webcam:NAME@640x480");
      }
      String name = rest.substring(1).trim();
      if (name.isEmpty()) {
        throw new IllegalArgumentException("'webcam:' needs a camera name after the colon");
      }
      return new Camera(Optional.of(name), resolution);
    }

    @Override
    public String toString() {
      return "webcam" + name.map(n -> ":" + n).orElse("") + resolution.map(r -> "@" + r).orElse("");
    }
  }

  /** One still picture shown for as long as the source is chosen. */
  record Image(Path path) implements SourceSpec {
    static Image parse(String rest) {
      return new Image(Path.of(requirePath("image", rest)));
    }

    @Override
    public String toString() {
      return "image:" + path;
    }
  }

  /** The images of a folder, in name order, played as a loop at {@code framesPerSecond}. */
  record Folder(Path path, double framesPerSecond) implements SourceSpec {
    public static final double DEFAULT_FRAMES_PER_SECOND = 5;
    private static final Pattern AT_RATE = Pattern.compile("(.*)@(\\d+(?:\\.\\d+)?)");

    public Folder {
      if (!(framesPerSecond > 0 && framesPerSecond <= 60)) {
        throw new IllegalArgumentException(
            "folder frame rate must be between 0 and 60 fps, got " + framesPerSecond);
      }
    }

    static Folder parse(String rest) {
      String path = requirePath("folder", rest);
      Matcher matcher = AT_RATE.matcher(path);
      if (matcher.matches() && !matcher.group(1).isEmpty()) {
        return new Folder(Path.of(matcher.group(1)), Double.parseDouble(matcher.group(2)));
      }
      return new Folder(Path.of(path), DEFAULT_FRAMES_PER_SECOND);
    }

    @Override
    public String toString() {
      String rate =
          framesPerSecond == Math.rint(framesPerSecond)
              ? Long.toString((long) framesPerSecond)
              : Double.toString(framesPerSecond);
      return "folder:" + path + "@" + rate;
    }
  }

  /** The desktop (all of the primary screen, or a region of it), shared as ASCII. */
  record Screen(Optional<ScreenRegion> region) implements SourceSpec {
    static Screen parse(String rest) {
      return new Screen(rest == null ? Optional.empty() : Optional.of(ScreenRegion.parse(rest)));
    }

    @Override
    public String toString() {
      return "screen" + region.map(r -> ":" + r).orElse("");
    }
  }

  private static String requirePath(String kind, String rest) {
    if (rest == null || rest.isBlank()) {
      throw new IllegalArgumentException("'" + kind + "' needs a path: " + kind + ":PATH");
    }
    return rest.trim();
  }
}
