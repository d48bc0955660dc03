package dev.asciicall.capture;

/**
 * Something that yields pictures one at a time: a camera, the demo scene, images, the screen.
 *
 * <p>{@link #open()} is called on the capture service's opener thread, everything else on the
 * capture thread; never the FX thread. Calls never overlap and the source is handed between the two
 * threads safely, so a source need not be thread-safe.
 */
public interface FrameSource extends AutoCloseable {

  /** A short name for menus and messages, e.g. {@code "Demo scene"}. */
  String name();

  /** The frame rate the source can deliver at most. */
  double maxFramesPerSecond();

  /** Prepares the device. Called once before the first {@link #read()}. */
  void open() throws CaptureException;

  /**
   * Returns the next picture. Sources that produce pictures on demand (demo, images) return at
   * once; devices may block until their next frame is ready.
   */
  VideoFrame read() throws CaptureException;

  /** Releases the device. Safe to call more than once. */
  @Override
  void close();
}
