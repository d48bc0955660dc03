package dev.asciicall.ui.feed;

import dev.asciicall.ascii.AsciiFrame;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javax.imageio.ImageIO;

/**
 * Saves what a tile shows: as a PNG of the picture on screen, or as text with one line per glyph
 * row. Asks where through a {@link SaveLocation}, and reports each outcome in one line (for the
 * status bar); a failed write is reported, never thrown. FX thread only (snapshots the canvas).
 */
public final class TileSnapshots {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final SaveLocation location;
  private final Consumer<String> report;
  private final Clock clock;

  public TileSnapshots(SaveLocation location, Consumer<String> report, Clock clock) {
    this.location = location;
    this.report = report;
    this.clock = clock;
  }

  /** Asks where, then writes the tile's picture as PNG. Returns the file written, if any. */
  public Optional<Path> saveAsPng(FeedTile tile) {
    if (tile.shownFrame() == null) {
      report.accept("Nothing to save yet: " + name(tile) + "'s picture has not arrived");
      return Optional.empty();
    }
    Optional<Path> file =
        location.choose("Save " + name(tile) + "'s picture as PNG", suggestedName(tile, "png"));
    file.ifPresent(path -> write(path, () -> writePng(tile, path)));
    return file.filter(Files::exists);
  }

  /** Asks where, then writes the tile's glyph rows as UTF-8 text. Returns the file written. */
  public Optional<Path> saveAsText(FeedTile tile) {
    AsciiFrame frame = tile.shownFrame();
    if (frame == null) {
      report.accept("Nothing to save yet: " + name(tile) + "'s picture has not arrived");
      return Optional.empty();
    }
    Optional<Path> file =
        location.choose("Save " + name(tile) + "'s picture as text", suggestedName(tile, "txt"));
    file.ifPresent(
        path -> write(path, () -> Files.writeString(path, text(frame), StandardCharsets.UTF_8)));
    return file.filter(Files::exists);
  }

  /** Puts the tile's glyph rows on the clipboard; false when it shows nothing yet. */
  public boolean copyAsText(FeedTile tile) {
    AsciiFrame frame = tile.shownFrame();
    if (frame == null) {
      return false;
    }
    ClipboardContent content = new ClipboardContent();
    content.putString(text(frame));
    Clipboard.getSystemClipboard().setContent(content);
    return true;
  }

  /** The glyph rows, each ended by a newline, as a text file wants them. */
  private static String text(AsciiFrame frame) {
    return frame.toText() + "\n";
  }

  private interface Write {
    void run() throws IOException;
  }

  private void write(Path path, Write write) {
    try {
      write.run();
      report.accept("Saved " + path.getFileName());
    } catch (IOException | RuntimeException e) {
      report.accept("Could not save " + path.getFileName() + ": " + reason(e));
    }
  }

  private static String reason(Exception e) {
    String message = e.getMessage();
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "the folder does not exist";
    }
    return message == null ? e.getClass().getSimpleName() : message;
  }

  /** Snapshots the canvas (once, on demand: never per frame) and encodes it with ImageIO. */
  private static void writePng(FeedTile tile, Path path) throws IOException {
    WritableImage image = tile.canvas().snapshot(null, null);
    int width = (int) image.getWidth();
    int height = (int) image.getHeight();
    int[] argb = new int[width * height];
    image
        .getPixelReader()
        .getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
    BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    buffered.setRGB(0, 0, width, height, argb, 0, width);
    if (!ImageIO.write(buffered, "png", path.toFile())) {
      throw new IOException("no PNG writer available");
    }
  }

  private String suggestedName(FeedTile tile, String extension) {
    String safe = name(tile).replaceAll("[^A-Za-z0-9_-]+", "-").toLowerCase(Locale.ROOT);
    return "asciicall-"
        + (safe.isBlank() ? "tile" : safe)
        + "-"
        + LocalDateTime.now(clock).format(STAMP)
        + "."
        + extension;
  }

  private static String name(FeedTile tile) {
    return tile.model().nameProperty().get();
  }
}
