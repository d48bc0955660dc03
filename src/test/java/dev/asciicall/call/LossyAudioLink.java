package dev.asciicall.call;

import dev.asciicall.common.Threads;
import dev.asciicall.net.PeerMedia;
import java.util.Random;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bad network in front of a real link: drops a share of voice packets and delays the others by a
 * random 0 to {@code maxDelayMillis}, so they overtake each other. Media states pass untouched.
 */
final class LossyAudioLink implements AudioLink, AutoCloseable {

  private final AudioLink inner;
  private final double lossRate;
  private final int maxDelayMillis;
  private final Random random = new Random(7);
  private final ScheduledExecutorService network = Threads.scheduled("test-network");
  final AtomicLong dropped = new AtomicLong();
  final AtomicLong passed = new AtomicLong();

  LossyAudioLink(AudioLink inner, double lossRate, int maxDelayMillis) {
    this.inner = inner;
    this.lossRate = lossRate;
    this.maxDelayMillis = maxDelayMillis;
  }

  @Override
  public int selfId() {
    return inner.selfId();
  }

  @Override
  public synchronized void sendAudio(long sequence, long captureMicros, int flags, byte[] payload) {
    if (random.nextDouble() < lossRate) {
      dropped.incrementAndGet();
      return;
    }
    passed.incrementAndGet();
    long delayMicros = (long) (random.nextDouble() * maxDelayMillis * 1000);
    network.schedule(
        () -> inner.sendAudio(sequence, captureMicros, flags, payload),
        delayMicros,
        TimeUnit.MICROSECONDS);
  }

  @Override
  public void sendMediaState(PeerMedia media) {
    inner.sendMediaState(media);
  }

  @Override
  public long clockOffsetMicros() {
    return inner.clockOffsetMicros();
  }

  @Override
  public void close() {
    Threads.shutdown(network, 1000);
  }
}
