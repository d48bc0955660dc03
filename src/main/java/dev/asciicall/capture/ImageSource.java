package dev.asciicall.capture;

import java.nio.file.Path;

/**
 * One still picture, repeated (so late joiners and the engine always get a frame). The pixels are
 * decoded once and shared by every frame: frames are immutable. Capture service threads only (see
 * {@link FrameSource}).
 */
final class ImageSource implements FrameSource {

  /** A still picture changes never; a few frames a second keeps everyone up to date cheaply. */
  static final double FRAMES_PER_SECOND = 5;

  private final Path file;
  private VideoFrame picture;
  private long sequence;

  ImageSource(Path file) {
    this.file = file;
  }

  @Override
  public String name() {
    return "Image " + file.getFileName();
  }

  @Override
  public double maxFramesPerSecond() {
    return FRAMES_PER_SECOND;
  }

  @Override
  public void open() throws CaptureException {
    picture = ImageFiles.read(file);
  }

  @Override
  public VideoFrame read() {
    return new VideoFrame(
        picture.width(), picture.height(), picture.rgb(), sequence++, System.nanoTime());
  }

  @Override
  public void close() {
    picture = null;
  }
}
