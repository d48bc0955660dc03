package dev.asciicall.cli;

import dev.asciicall.capture.DemoSource;
import dev.asciicall.capture.FrameSource;
import dev.asciicall.capture.VideoFrame;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo scene drawn once and replayed in a loop, for {@code bench call}: drawing it live costs
 * several milliseconds of CPU per frame and participant, which on a shared two-core machine starves
 * the very call being measured. Each frame is stamped when it is handed out, like a camera frame
 * when its bytes arrive. Capture thread only; the drawn frames are shared read-only.
 */
final class ReplayedScene implements FrameSource {

  private final List<VideoFrame> frames;
  private final double framesPerSecond;
  private long sequence;

  private ReplayedScene(List<VideoFrame> frames, double framesPerSecond) {
    this.frames = frames;
    this.framesPerSecond = framesPerSecond;
  }

  /** Draws {@code count} frames of the scene at {@code framesPerSecond}. */
  static List<VideoFrame> draw(int width, int height, double framesPerSecond, int count) {
    DemoSource scene = new DemoSource(width, height, framesPerSecond);
    List<VideoFrame> drawn = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      drawn.add(scene.render(i / framesPerSecond, i, 0));
    }
    return List.copyOf(drawn);
  }

  static ReplayedScene of(List<VideoFrame> frames, double framesPerSecond) {
    return new ReplayedScene(frames, framesPerSecond);
  }

  @Override
  public String name() {
    return "Demo scene (replayed)";
  }

  @Override
  public double maxFramesPerSecond() {
    return framesPerSecond;
  }

  @Override
  public void open() {
    // Drawn in advance.
  }

  @Override
  public VideoFrame read() {
    VideoFrame frame = frames.get((int) (sequence % frames.size()));
    return new VideoFrame(
        frame.width(), frame.height(), frame.rgb(), sequence++, System.nanoTime());
  }

  @Override
  public void close() {
    // Nothing to release.
  }
}
