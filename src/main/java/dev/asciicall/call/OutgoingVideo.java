package dev.asciicall.call;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.codec.FrameEncoder;
import dev.asciicall.net.CallClock;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Our own video in a call, the sending half of what {@link IncomingVideo} receives: ASCII frames
 * are encoded on the send thread into compact payloads (a keyframe first and whenever a receiver
 * asks, deltas otherwise) and handed to the network, which never blocks (it keeps at most two
 * frames in flight and replaces a waiting one). {@link #offer} is the latest-frame-wins entrance
 * for producers on other threads: while one frame is encoded, newer ones replace each other in a
 * single slot. {@link #send} is for callers already on the send thread.
 */
final class OutgoingVideo implements AutoCloseable {

  /** Where encoded frames go: the participant's client or the host's relay. Any thread. */
  @FunctionalInterface
  interface Link {
    void sendVideo(long sequence, long captureMicros, byte[] payload);
  }

  private record Pending(AsciiFrame frame, long sequence, long captureNanos) {}

  private final Link link;
  private final VideoTap tap;
  private final Executor sendThread;
  private final AtomicReference<Pending> slot = new AtomicReference<>();
  // Send thread only, except requestKeyframe(), which the encoder takes from any thread.
  private final FrameEncoder encoder = new FrameEncoder();
  private final RateWindow rate = new RateWindow();

  OutgoingVideo(Link link, VideoTap tap, Executor sendThread) {
    this.link = link;
    this.tap = tap;
    this.sendThread = sendThread;
  }

  /** Offers our newest frame. Any thread; never blocks; a frame not yet encoded is replaced. */
  void offer(AsciiFrame frame, long sequence, long captureNanos) {
    if (slot.getAndSet(new Pending(frame, sequence, captureNanos)) == null) {
      try {
        sendThread.execute(this::drain);
      } catch (RejectedExecutionException stopped) {
        slot.set(null); // The call is ending; nothing more is sent.
      }
    }
  }

  private void drain() {
    Pending pending = slot.getAndSet(null);
    if (pending != null) {
      send(pending.frame(), pending.sequence(), pending.captureNanos());
    }
  }

  /** Encodes and sends one frame. On the send thread only. */
  void send(AsciiFrame frame, long sequence, long captureNanos) {
    byte[] payload = encoder.encode(GridMapping.toGrid(frame));
    link.sendVideo(sequence, CallClock.fromNanoTime(captureNanos), payload);
    rate.record(payload.length, System.nanoTime());
    tap.sent(sequence, frame, payload.length);
  }

  /** A receiver lost sync or someone joined: the next frame is a keyframe. Any thread. */
  void requestKeyframe() {
    encoder.requestKeyframe();
  }

  RateWindow.Rate rate() {
    return rate.rate(System.nanoTime());
  }

  /** Call after the send thread has stopped: the encoder is not thread-safe. */
  @Override
  public void close() {
    encoder.close();
  }
}
