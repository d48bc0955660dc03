package dev.asciicall.capture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The pictures of a folder, in name order, played as a loop at the chosen rate. Files that cannot
 * be read are skipped with one warning each. Decoded frames are kept up to a memory budget, so a
 * short loop is decoded once and a long one costs one decode per frame. Capture service threads
 * only (see {@link FrameSource}).
 */
final class FolderSource implements FrameSource {

  private static final long CACHE_BYTES = 64L * 1024 * 1024;

  private final Path folder;
  private final double framesPerSecond;
  private final Consumer<String> warnings;
  private final List<Path> files = new ArrayList<>();
  private final Map<Path, VideoFrame> cache = new HashMap<>();
  private long cachedBytes;
  private int next;
  private long sequence;

  FolderSource(Path folder, double framesPerSecond, Consumer<String> warnings) {
    this.folder = folder;
    this.framesPerSecond = framesPerSecond;
    this.warnings = warnings;
  }

  @Override
  public String name() {
    return "Folder " + folder.getFileName();
  }

  @Override
  public double maxFramesPerSecond() {
    return framesPerSecond;
  }

  @Override
  public void open() throws CaptureException {
    if (!Files.isDirectory(folder)) {
      throw new CaptureException("Folder " + folder + " does not exist or is not a folder.");
    }
    try (Stream<Path> entries = Files.list(folder)) {
      entries
          .filter(Files::isRegularFile)
          .filter(path -> !path.getFileName().toString().startsWith("."))
          .sorted()
          .forEach(files::add);
    } catch (IOException e) {
      throw new CaptureException("Folder " + folder + " could not be listed: " + e.getMessage());
    }
    // Decode the first good picture now, so an unusable folder fails at open, with a reason.
    read();
    next = 0;
    sequence = 0;
  }

  @Override
  public VideoFrame read() throws CaptureException {
    while (!files.isEmpty()) {
      next %= files.size();
      Path file = files.get(next);
      VideoFrame picture = cache.get(file);
      if (picture == null) {
        try {
          picture = ImageFiles.read(file);
        } catch (CaptureException e) {
          files.remove(next);
          warnings.accept("Skipping " + file.getFileName() + ": " + e.getMessage());
          continue;
        }
        if (cachedBytes + picture.rgb().length <= CACHE_BYTES) {
          cache.put(file, picture);
          cachedBytes += picture.rgb().length;
        }
      }
      next++;
      return new VideoFrame(
          picture.width(), picture.height(), picture.rgb(), sequence++, System.nanoTime());
    }
    throw new CaptureException(
        "Folder " + folder + " has no picture this app can read (use PNG, JPEG, GIF or BMP).");
  }

  @Override
  public void close() {
    cache.clear();
    cachedBytes = 0;
  }
}
