package dev.asciicall.net;

import dev.asciicall.net.wire.WireMessage;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends each sender's video to every other member with credits: at most {@link #WINDOW} frames per
 * (receiver, sender) stream are unacknowledged; a newer frame replaces one still waiting. A stalled
 * receiver therefore holds at most a few frames per sender and never delays anyone else. Host
 * thread only.
 */
final class Relay {

  /** Frames per stream sent and not yet acknowledged. */
  static final int WINDOW = 2;

  /** Room kept in every write buffer for control messages. */
  private static final int CONTROL_RESERVE = 16 * 1024;

  private final int writeBufferBytes;
  private final AtomicLong framesIn = new AtomicLong();
  private final AtomicLong framesOut = new AtomicLong();
  private final AtomicLong bytesOut = new AtomicLong();
  private final AtomicLong framesReplaced = new AtomicLong();

  Relay(int writeBufferBytes) {
    this.writeBufferBytes = writeBufferBytes;
  }

  void relay(WireMessage.Video video, Collection<Member> members) {
    framesIn.incrementAndGet();
    for (Member member : members) {
      if (!member.welcomed() || member.id == video.senderId()) {
        continue;
      }
      Member.Stream stream = member.stream(video.senderId());
      if (stream.pending != null) {
        framesReplaced.incrementAndGet();
      }
      stream.pending = video;
      trySend(member, stream);
    }
  }

  void acknowledged(Member member, int senderId) {
    Member.Stream stream = member.streams.get(senderId);
    if (stream == null) {
      return;
    }
    stream.inFlight = Math.max(0, stream.inFlight - 1);
    trySend(member, stream);
  }

  /** Retries frames held back by a full write buffer (called once a second). */
  void flushPending(Collection<Member> members) {
    for (Member member : members) {
      member.streams.values().forEach(stream -> trySend(member, stream));
    }
  }

  void forget(int senderId, Collection<Member> members) {
    members.forEach(member -> member.streams.remove(senderId));
  }

  RelayCounters counters() {
    return new RelayCounters(framesIn.get(), framesOut.get(), bytesOut.get(), framesReplaced.get());
  }

  private void trySend(Member member, Member.Stream stream) {
    WireMessage.Video video = stream.pending;
    if (video == null || stream.inFlight >= WINDOW) {
      return;
    }
    int queued = member.connection.getTcpWriteBufferSize();
    if (queued + video.payload().length + CONTROL_RESERVE > writeBufferBytes) {
      return;
    }
    stream.pending = null;
    stream.inFlight++;
    if (member.link.send(video)) {
      framesOut.incrementAndGet();
      bytesOut.addAndGet(video.payload().length);
    }
  }
}
