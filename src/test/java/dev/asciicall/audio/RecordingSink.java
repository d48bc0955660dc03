package dev.asciicall.audio;

import java.util.Arrays;

/**
 * Keeps what would have been played, for tests; at most {@code maxSeconds}, after which the oldest
 * is not kept. Written by the playback thread, read by any thread.
 */
public final class RecordingSink implements AudioSink {

  private final short[] samples;
  private int length;

  public RecordingSink(int maxSeconds) {
    this.samples = new short[maxSeconds * AudioFormats.SAMPLE_RATE];
  }

  @Override
  public String name() {
    return "Recording";
  }

  @Override
  public void open() {
    // Nothing to open: memory only.
  }

  @Override
  public synchronized void write(short[] frame) {
    if (length + frame.length > samples.length) {
      int shift = length + frame.length - samples.length;
      System.arraycopy(samples, shift, samples, 0, length - shift);
      length -= shift;
    }
    System.arraycopy(frame, 0, samples, length, frame.length);
    length += frame.length;
  }

  /** A copy of everything recorded so far. */
  public synchronized short[] samples() {
    return Arrays.copyOf(samples, length);
  }

  @Override
  public void close() {
    // Nothing to release; the recording stays readable.
  }
}
