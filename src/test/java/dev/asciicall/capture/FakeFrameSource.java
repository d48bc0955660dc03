package dev.asciicall.capture;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** A source of tiny solid frames whose first byte tells which source made them. */
final class FakeFrameSource implements FrameSource {

  private final String name;
  private final byte marker;
  private final double rate;
  private final int failAfterFrames;
  final AtomicInteger reads = new AtomicInteger();
  final AtomicBoolean opened = new AtomicBoolean();
  final AtomicBoolean closed = new AtomicBoolean();

  FakeFrameSource(String name, int marker, double rate) {
    this(name, marker, rate, Integer.MAX_VALUE);
  }

  FakeFrameSource(String name, int marker, double rate, int failAfterFrames) {
    this.name = name;
    this.marker = (byte) marker;
    this.rate = rate;
    this.failAfterFrames = failAfterFrames;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public double maxFramesPerSecond() {
    return rate;
  }

  @Override
  public void open() {
    opened.set(true);
  }

  @Override
  public VideoFrame read() throws CaptureException {
    int count = reads.incrementAndGet();
    if (count > failAfterFrames) {
      throw new CaptureException(name + " was unplugged.");
    }
    byte[] rgb = new byte[4 * 4 * 3];
    rgb[0] = marker;
    return new VideoFrame(4, 4, rgb, count - 1, System.nanoTime());
  }

  @Override
  public void close() {
    closed.set(true);
  }
}
