package dev.asciicall.audio;

/**
 * Everything the receiver keeps per sender: the jitter buffer, the Opus decoder (its state follows
 * one stream), the volume I chose for them, and whether they are speaking or muted.
 *
 * <p>{@link #offer} runs on the network thread, {@link #next} on the playback thread; the jitter
 * buffer is the synchronized hand-over between them.
 */
final class ReceiveStream {

  private final JitterBuffer jitterBuffer = new JitterBuffer();
  private final OpusFrameDecoder decoder = new OpusFrameDecoder();
  private final SpeechDetector speech = new SpeechDetector();

  private volatile double volume = 1.0;
  private volatile boolean muted;
  private volatile long lastArrivalNanos;
  private boolean speaking;
  private long corrupt;

  /** Network thread. Returns whether the muted state changed. */
  boolean offer(AudioPacket packet, long arrivalNanos) {
    lastArrivalNanos = arrivalNanos;
    boolean mutedChanged = packet.muted() != muted;
    muted = packet.muted();
    if (packet.hasSound()) {
      jitterBuffer.offer(packet, arrivalNanos);
    }
    return mutedChanged;
  }

  /**
   * Playback thread: fills {@code frame} with this sender's next 20 ms.
   *
   * @return whether there is sound to mix (false while the sender is silent)
   */
  boolean next(short[] frame, PlayoutObserver observer, String senderId, long nowNanos) {
    Playout playout = jitterBuffer.poll();
    if (playout instanceof Playout.Play play) {
      if (!decoder.decode(play.packet().opus(), frame)) {
        corrupt++;
      }
      observer.played(senderId, play.packet(), nowNanos);
      return true;
    }
    if (playout instanceof Playout.Recover recover) {
      decoder.recover(recover.next().opus(), frame);
      return true;
    }
    if (playout instanceof Playout.Conceal) {
      decoder.conceal(frame);
      return true;
    }
    return false;
  }

  /** Playback thread: feeds the speech detector; returns whether speaking changed. */
  boolean updateSpeaking(double rms) {
    boolean now = speech.update(rms);
    boolean changed = now != speaking;
    speaking = now;
    return changed;
  }

  boolean speaking() {
    return speaking;
  }

  boolean muted() {
    return muted;
  }

  long lastArrivalNanos() {
    return lastArrivalNanos;
  }

  double volume() {
    return volume;
  }

  void setVolume(double gain) {
    this.volume = gain;
  }

  long corruptPackets() {
    return corrupt;
  }

  JitterBuffer jitterBuffer() {
    return jitterBuffer;
  }
}
