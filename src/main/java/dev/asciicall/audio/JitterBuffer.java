package dev.asciicall.audio;

import java.util.TreeMap;

/**
 * Holds one sender's packets long enough to smooth network jitter, and hands them out in sequence
 * order, one per 20 ms tick.
 *
 * <ul>
 *   <li>Reordered packets are put back in order; duplicates are ignored; packets that arrive after
 *       their turn are dropped as late.
 *   <li>A missing packet is rebuilt from the next packet's FEC data when that has arrived, and
 *       concealed by Opus otherwise.
 *   <li>The target delay adapts to measured jitter between 40 and 120 ms ({@link DelayEstimator}).
 *   <li>When the buffer stays above its target for half a second (the sender's clock runs faster
 *       than ours, a jitter spike has passed, a stretch was inserted), one frame is skipped, so
 *       delay does not grow over a long call. When it runs dry (our clock is faster), a concealed
 *       frame is inserted without losing the packet that is still on its way.
 *   <li>After 200 ms without any packet the sender is considered silent (muted, stopped); playback
 *       restarts with a fresh pre-buffer on the next packet.
 * </ul>
 *
 * <p>{@link #offer} is called from the network thread and {@link #poll} from the playback thread;
 * all methods are synchronized (a few microseconds per call, never blocking on I/O).
 */
public final class JitterBuffer {

  public static final int MINIMUM_MILLIS = 40;
  public static final int MAXIMUM_MILLIS = 120;

  /** At most one second of audio is held per sender; the oldest goes first when it overflows. */
  static final int CAPACITY = 50;

  /**
   * Ticks the buffer must stay above target before a frame is skipped (half a second): the fill
   * level at its lowest over that time is the delay that jitter does not need.
   */
  private static final int DRIFT_TICKS = 25;

  /** Consecutive empty ticks after which the sender counts as silent. */
  private static final int IDLE_AFTER_EMPTY_TICKS = 10;

  private final TreeMap<Integer, AudioPacket> packets = new TreeMap<>();
  private final DelayEstimator estimator = new DelayEstimator(MINIMUM_MILLIS, MAXIMUM_MILLIS);

  private boolean playing;
  private boolean started;
  private int nextSequence;
  private int emptyTicks;
  private int ticksAboveTarget;

  private long received;
  private long late;
  private long lost;
  private long concealed;
  private long recovered;
  private long skipped;

  /** Takes a packet in; returns false when it was dropped (late, duplicate). Any thread. */
  public synchronized boolean offer(AudioPacket packet, long arrivalNanos) {
    int sequence = packet.sequence();
    if (started && sequence - nextSequence < -CAPACITY) {
      // Far behind where we are: the sender restarted its stream (rejoined), start over.
      restart();
    } else if (started && sequence - nextSequence >= CAPACITY) {
      // Far ahead: a long gap (mute with counting sequence); nothing buffered is worth keeping.
      restart();
    }
    if (started && sequence - nextSequence < 0) {
      late++;
      return false;
    }
    if (packets.putIfAbsent(sequence, packet) != null) {
      return false;
    }
    received++;
    estimator.record(sequence, arrivalNanos);
    while (packets.size() > CAPACITY) {
      int oldest = packets.pollFirstEntry().getKey();
      nextSequence = oldest + 1;
      skipped++;
    }
    return true;
  }

  /** The next 20 ms of this sender. Called from the playback thread once per frame. */
  public synchronized Playout poll() {
    if (!playing) {
      return startWhenFilled();
    }
    skipFrameIfPersistentlyAboveTarget();
    AudioPacket packet = packets.remove(nextSequence);
    if (packet != null) {
      nextSequence++;
      emptyTicks = 0;
      return new Playout.Play(packet);
    }
    if (packets.isEmpty()) {
      emptyTicks++;
      if (emptyTicks > IDLE_AFTER_EMPTY_TICKS) {
        playing = false;
        return Playout.SILENCE;
      }
      // Dry but the packet may still come: stretch by one made-up frame instead of losing it.
      concealed++;
      return Playout.CONCEAL;
    }
    emptyTicks = 0;
    lost++;
    nextSequence++;
    AudioPacket next = packets.get(nextSequence);
    if (next != null) {
      recovered++;
      return new Playout.Recover(next);
    }
    concealed++;
    return Playout.CONCEAL;
  }

  private Playout startWhenFilled() {
    if (packets.isEmpty()) {
      return Playout.SILENCE;
    }
    int span = packets.lastKey() - packets.firstKey() + 1;
    if (span < estimator.targetFrames()) {
      return Playout.SILENCE;
    }
    playing = true;
    started = true;
    emptyTicks = 0;
    ticksAboveTarget = 0;
    nextSequence = packets.firstKey();
    nextSequence++;
    return new Playout.Play(packets.pollFirstEntry().getValue());
  }

  private void skipFrameIfPersistentlyAboveTarget() {
    if (bufferedFrames() > estimator.targetFrames()) {
      ticksAboveTarget++;
    } else {
      ticksAboveTarget = 0;
    }
    if (ticksAboveTarget >= DRIFT_TICKS) {
      ticksAboveTarget = 0;
      if (packets.remove(nextSequence) != null) {
        skipped++;
      } else {
        lost++;
      }
      nextSequence++;
    }
  }

  private void restart() {
    packets.clear();
    estimator.reset();
    playing = false;
    started = false;
  }

  private int bufferedFrames() {
    return packets.isEmpty() ? 0 : packets.lastKey() - nextSequence + 1;
  }

  /** The delay the buffer aims for now, in ms. */
  public synchronized int targetMillis() {
    return estimator.targetFrames() * AudioFormats.FRAME_MILLIS;
  }

  /** The audio waiting to be played now, in ms. */
  public synchronized int bufferedMillis() {
    return (playing ? bufferedFrames() : packets.size()) * AudioFormats.FRAME_MILLIS;
  }

  /** A snapshot of the counters. */
  public synchronized Counters counters() {
    return new Counters(received, late, lost, concealed, recovered, skipped);
  }

  /**
   * Counters since the buffer was made.
   *
   * @param received packets accepted
   * @param late packets dropped because their turn had passed
   * @param lost frames whose packet was missing at playout time
   * @param concealed frames made up by packet loss concealment
   * @param recovered lost frames rebuilt from FEC data
   * @param skipped frames dropped to keep the delay down
   */
  public record Counters(
      long received, long late, long lost, long concealed, long recovered, long skipped) {}
}
