package dev.asciicall.audio;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The receiving half: packets from all other participants go into one {@link ReceiveStream} per
 * sender, and once per 20 ms the playback thread mixes the next frame of every sender into one.
 *
 * <p>{@link #receive} may be called from any thread (typically the network thread); {@link
 * #mixNext} from the playback thread only. Packets carrying my own id (a relay echoing me back) are
 * ignored, so I never hear myself.
 */
public final class AudioReceiver {

  /** More senders than this are ignored: a call has a handful, a flood of ids is an attack. */
  static final int MAX_SENDERS = 32;

  /** A sender silent this long (left without notice) is dropped with its buffers. */
  private static final long FORGET_AFTER_NANOS = 60_000_000_000L;

  private final String selfId;
  private final Consumer<AudioEvent> events;
  private final Map<String, ReceiveStream> streams = new ConcurrentHashMap<>();
  private final Map<String, Double> volumes = new ConcurrentHashMap<>();
  private final AudioMixer mixer = new AudioMixer();
  private final short[] voice = new short[AudioFormats.FRAME_SAMPLES];
  private final AtomicLong packetsReceived = new AtomicLong();
  private final AtomicLong forgottenLost = new AtomicLong();
  private final AtomicLong forgottenConcealed = new AtomicLong();
  private volatile PlayoutObserver observer = PlayoutObserver.NONE;

  public AudioReceiver(String selfId, Consumer<AudioEvent> events) {
    this.selfId = selfId;
    this.events = events;
  }

  /** Takes one packet from the network. Any thread; never blocks. */
  public void receive(AudioPacket packet, long arrivalNanos) {
    String sender = packet.senderId();
    if (sender.equals(selfId)) {
      return;
    }
    ReceiveStream stream = streams.get(sender);
    if (stream == null) {
      if (streams.size() >= MAX_SENDERS) {
        return;
      }
      stream = streams.computeIfAbsent(sender, id -> newStream(id));
    }
    if (packet.hasSound()) {
      packetsReceived.incrementAndGet();
    }
    if (stream.offer(packet, arrivalNanos)) {
      events.accept(new AudioEvent.ParticipantMuted(sender, packet.muted()));
    }
  }

  private ReceiveStream newStream(String sender) {
    ReceiveStream stream = new ReceiveStream();
    stream.setVolume(volumes.getOrDefault(sender, 1.0));
    return stream;
  }

  /**
   * Mixes the next 20 ms of all senders into {@code out}. Playback thread.
   *
   * @return the RMS level of the mix
   */
  public double mixNext(short[] out, long nowNanos) {
    mixer.clear();
    for (Map.Entry<String, ReceiveStream> entry : streams.entrySet()) {
      String sender = entry.getKey();
      ReceiveStream stream = entry.getValue();
      boolean sound = stream.next(voice, observer, sender, nowNanos);
      double level = sound ? Loudness.rms(voice) : 0;
      if (stream.updateSpeaking(level)) {
        events.accept(new AudioEvent.ParticipantSpeaking(sender, stream.speaking()));
      }
      if (sound) {
        mixer.add(voice, stream.volume());
      } else if (nowNanos - stream.lastArrivalNanos() > FORGET_AFTER_NANOS) {
        forget(sender);
      }
    }
    mixer.mixInto(out);
    return mixer.voices() == 0 ? 0 : Loudness.rms(out);
  }

  /**
   * Sets how loud one participant is played: 0 silences them, 1 is as sent, at most 4. Any thread;
   * remembered for participants who have not sent anything yet.
   */
  public void setVolume(String participantId, double gain) {
    double clamped = Math.max(0, Math.min(4, gain));
    volumes.put(participantId, clamped);
    ReceiveStream stream = streams.get(participantId);
    if (stream != null) {
      stream.setVolume(clamped);
    }
  }

  /** The volume set for a participant (1 when never set). */
  public double volume(String participantId) {
    return volumes.getOrDefault(participantId, 1.0);
  }

  /** Whether a participant's last packet said they are muted. */
  public boolean isMuted(String participantId) {
    ReceiveStream stream = streams.get(participantId);
    return stream != null && stream.muted();
  }

  /** Drops a participant who left the call. Any thread. */
  public void forget(String participantId) {
    ReceiveStream stream = streams.remove(participantId);
    if (stream != null) {
      JitterBuffer.Counters counters = stream.jitterBuffer().counters();
      forgottenLost.addAndGet(counters.lost());
      forgottenConcealed.addAndGet(counters.concealed() + counters.recovered());
    }
  }

  /** Installs a playout observer (benchmarks). */
  public void observePlayout(PlayoutObserver playoutObserver) {
    this.observer = playoutObserver;
  }

  long packetsReceived() {
    return packetsReceived.get();
  }

  long lost() {
    long total = forgottenLost.get();
    for (ReceiveStream stream : streams.values()) {
      total += stream.jitterBuffer().counters().lost();
    }
    return total;
  }

  long concealed() {
    long total = forgottenConcealed.get();
    for (ReceiveStream stream : streams.values()) {
      JitterBuffer.Counters counters = stream.jitterBuffer().counters();
      total += counters.concealed() + counters.recovered();
    }
    return total;
  }

  /** The largest current jitter buffer target over all senders, in ms; 0 with no senders. */
  int jitterBufferMillis() {
    int largest = 0;
    for (ReceiveStream stream : streams.values()) {
      largest = Math.max(largest, stream.jitterBuffer().targetMillis());
    }
    return largest;
  }
}
