package dev.asciicall.call;

import dev.asciicall.ascii.AsciiFrame;

/**
 * Observes the ASCII a participant sends and shows, for tests and the call benchmark. {@link #sent}
 * is called on the send thread, {@link #received} on the network event thread; both must be quick.
 */
public interface VideoTap {

  VideoTap NONE = new VideoTap() {};

  /** A frame we sent, with the sequence number it travels under. */
  default void sent(long sequence, AsciiFrame frame, int payloadBytes) {}

  /**
   * A frame we sent is on its way: {@code captureToNetworkMicros} from capture to handing it to the
   * network (conversion, encoding, thread hand-offs).
   */
  default void handedOver(long sequence, long captureToNetworkMicros) {}

  /** How long decoding one frame of {@code senderId} took, in microseconds. */
  default void decoded(int senderId, long decodeMicros) {}

  /** A frame of {@code senderId} decoded, with its one-way latency on the call clock. */
  default void received(int senderId, long sequence, AsciiFrame frame, long latencyMicros) {}
}
