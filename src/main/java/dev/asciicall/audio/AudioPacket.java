package dev.asciicall.audio;

import java.util.Objects;

/**
 * One 20 ms frame of one speaker's voice, Opus-encoded, as it travels between peers.
 *
 * @param senderId the participant who spoke; assigned by the call layer
 * @param sequence increases by one per 20 ms frame; the receiver reorders and detects loss by it
 * @param captureNanos the sender's monotonic clock when the frame was captured; only differences
 *     between packets of the same sender mean anything to a receiver on another machine
 * @param opus the Opus packet; empty for a muted keep-alive that carries only {@link #flags()}
 * @param flags {@link #MUTED} and {@link #SPEAKING} bits
 */
public record AudioPacket(
    String senderId, int sequence, long captureNanos, byte[] opus, int flags) {

  /** The sender's microphone is muted; the packet carries no sound. */
  public static final int MUTED = 1;

  /** The sender's own level meter hears speech in this frame. */
  public static final int SPEAKING = 2;

  /**
   * The largest Opus payload accepted: a 20 ms frame at 32 kbit/s is about 80 bytes, Opus itself
   * never exceeds 1275 bytes per frame. Anything larger is malformed and dropped.
   */
  public static final int MAX_OPUS_BYTES = 1275;

  public AudioPacket {
    Objects.requireNonNull(senderId, "senderId");
    Objects.requireNonNull(opus, "opus");
    if (opus.length > MAX_OPUS_BYTES) {
      throw new IllegalArgumentException(
          "audio packet of " + opus.length + " bytes exceeds " + MAX_OPUS_BYTES);
    }
  }

  public boolean muted() {
    return (flags & MUTED) != 0;
  }

  public boolean speaking() {
    return (flags & SPEAKING) != 0;
  }

  /** A packet with sound in it, as opposed to a muted keep-alive. */
  public boolean hasSound() {
    return opus.length > 0;
  }
}
