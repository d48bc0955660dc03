package dev.asciicall.call;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.codec.FrameEncoder;

/**
 * One outgoing video stream's codec state: ASCII frames become compact payloads (a keyframe first
 * and whenever a receiver asks, deltas otherwise). {@link #encode} runs on the stream's send thread
 * only (the encoder is stateful); {@link #requestKeyframe()} may be called from any thread,
 * typically the network thread.
 */
public final class VideoSender implements AutoCloseable {

  private final FrameEncoder encoder = new FrameEncoder();

  public byte[] encode(AsciiFrame frame) {
    return encoder.encode(GridMapping.toGrid(frame));
  }

  public void requestKeyframe() {
    encoder.requestKeyframe();
  }

  @Override
  public void close() {
    encoder.close();
  }
}
