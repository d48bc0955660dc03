package dev.asciicall.audio;

import java.util.function.Consumer;

/**
 * The sending half: one captured 20 ms frame in, at most one packet out. Runs voice processing
 * (echo cancellation, noise suppression, gain), then measures the processed level (meter, speaking
 * flag, so echo and fan noise do not light my ring), and encodes. While muted no sound leaves the
 * machine; processing keeps running so the echo canceller stays converged for the moment I unmute.
 * A small keep-alive with the muted flag and no payload goes out every half second so the others
 * can show the mute on my tile.
 *
 * <p>{@link #process} runs on the capture thread; mute and counters may be used from any thread.
 */
public final class AudioSender {

  private static final int MUTED_KEEPALIVE_FRAMES = 25;
  private static final byte[] NO_SOUND = new byte[0];

  private final String selfId;
  private final OpusFrameEncoder encoder;
  private final VoiceProcessing processing;
  private final Consumer<AudioEvent> events;
  private final SpeechDetector speech = new SpeechDetector();
  private final RateMeter rate = new RateMeter();

  private volatile boolean muted;
  private volatile long packetsSent;
  private int sequence;
  private int framesSinceKeepalive = MUTED_KEEPALIVE_FRAMES;
  private boolean mutedSent;

  public AudioSender(
      String selfId,
      OpusFrameEncoder encoder,
      VoiceProcessing processing,
      Consumer<AudioEvent> events) {
    this.selfId = selfId;
    this.encoder = encoder;
    this.processing = processing;
    this.events = events;
  }

  /**
   * Turns one captured frame into a packet. Capture thread. The frame is processed in place.
   *
   * @return the packet to send, or null when nothing is to be sent for this frame (muted between
   *     keep-alives)
   */
  public AudioPacket process(short[] frame, long captureNanos) {
    processing.process(frame);
    double level = Loudness.rms(frame);
    boolean speaking = speech.update(level);
    events.accept(new AudioEvent.MicrophoneLevel(level, speaking));
    if (muted) {
      return withoutSound(captureNanos);
    }
    int frameSequence = sequence++;
    mutedSent = false;
    byte[] opus = encoder.encode(frame);
    rate.record(opus.length, captureNanos);
    packetsSent++;
    int flags = speaking ? AudioPacket.SPEAKING : 0;
    return new AudioPacket(selfId, frameSequence, captureNanos, opus, flags);
  }

  /**
   * For a 20 ms tick without any microphone (none, missing, broken): the others see me as muted.
   * Capture thread.
   *
   * @return a muted keep-alive every half second, null otherwise
   */
  public AudioPacket withoutSound(long nowNanos) {
    int frameSequence = sequence++;
    framesSinceKeepalive++;
    if (!mutedSent || framesSinceKeepalive >= MUTED_KEEPALIVE_FRAMES) {
      framesSinceKeepalive = 0;
      mutedSent = true;
      return new AudioPacket(selfId, frameSequence, nowNanos, NO_SOUND, AudioPacket.MUTED);
    }
    return null;
  }

  public void mute() {
    muted = true;
  }

  public void unmute() {
    muted = false;
  }

  public boolean isMuted() {
    return muted;
  }

  long packetsSent() {
    return packetsSent;
  }

  double kilobitsPerSecond(long nowNanos) {
    return rate.kilobitsPerSecond(nowNanos);
  }
}
