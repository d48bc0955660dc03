package dev.asciicall.net;

import dev.asciicall.net.wire.WireCodec;
import dev.asciicall.net.wire.WireMessage;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends each sender's video to every other participant through a {@link CreditWindow} per
 * (receiver, sender) stream: at most {@link #WINDOW} frames unacknowledged, a newer frame replaces
 * one still waiting. A stalled receiver therefore holds at most a few frames per sender and never
 * delays anyone else; the host's own participant is a receiver like the others. Host thread only.
 */
final class Relay {

  /** Frames per stream sent and not yet acknowledged. */
  static final int WINDOW = CreditWindow.FRAMES;

  /** Room kept in every write buffer for control messages. */
  private static final int CONTROL_RESERVE = 16 * 1024;

  private final int writeBufferBytes;
  private final Map<Seat, Map<Integer, CreditWindow<Frame>>> streams = new HashMap<>();
  private final AtomicLong framesIn = new AtomicLong();
  private final AtomicLong framesOut = new AtomicLong();
  private final AtomicLong bytesOut = new AtomicLong();
  private final AtomicLong framesReplaced = new AtomicLong();

  Relay(int writeBufferBytes) {
    this.writeBufferBytes = writeBufferBytes;
  }

  void relay(WireMessage.Video video, Iterable<Seat> receivers) {
    framesIn.incrementAndGet();
    Frame frame = new Frame(video);
    for (Seat receiver : receivers) {
      if (receiver.id == video.senderId()) {
        continue;
      }
      CreditWindow<Frame> stream =
          streams
              .computeIfAbsent(receiver, ignored -> new HashMap<>())
              .computeIfAbsent(video.senderId(), ignored -> new CreditWindow<>());
      if (stream.offer(frame)) {
        framesReplaced.incrementAndGet();
      }
      trySend(receiver, stream);
    }
  }

  void acknowledged(Seat receiver, int senderId) {
    CreditWindow<Frame> stream = streams.getOrDefault(receiver, Map.of()).get(senderId);
    if (stream == null) {
      return;
    }
    stream.acknowledged();
    trySend(receiver, stream);
  }

  /** Retries frames held back by a full write buffer (called once a second). */
  void flushPending() {
    streams.forEach((receiver, bySender) -> bySender.values().forEach(s -> trySend(receiver, s)));
  }

  /** {@code gone} left: its streams, as receiver and as sender, are dropped. */
  void forget(Seat gone) {
    streams.remove(gone);
    streams.values().forEach(bySender -> bySender.remove(gone.id));
  }

  RelayCounters counters() {
    return new RelayCounters(framesIn.get(), framesOut.get(), bytesOut.get(), framesReplaced.get());
  }

  private void trySend(Seat receiver, CreditWindow<Frame> stream) {
    Frame frame = stream.ready();
    if (frame == null
        || receiver.queuedBytes() + frame.video.payload().length + CONTROL_RESERVE
            > writeBufferBytes) {
      return;
    }
    stream.take();
    if (receiver.sendEncoded(frame.video, frame.encoded())) {
      framesOut.incrementAndGet();
      bytesOut.addAndGet(frame.video.payload().length);
    }
  }

  /** A frame on its way to every receiver, serialised once for all of them (when first sent). */
  private static final class Frame {
    final WireMessage.Video video;
    private byte[] encoded;

    Frame(WireMessage.Video video) {
      this.video = video;
    }

    byte[] encoded() {
      if (encoded == null) {
        encoded = WireCodec.encode(video);
      }
      return encoded;
    }
  }
}
