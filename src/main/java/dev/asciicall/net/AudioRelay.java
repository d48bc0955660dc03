package dev.asciicall.net;

import dev.asciicall.net.wire.WireCodec;
import dev.asciicall.net.wire.WireMessage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Forwards each voice packet to every other participant at once: over UDP to members whose UDP
 * works both ways (see {@link WireMessage.UdpProbe}), over TCP to the others. Nothing waits and
 * nothing is queued here: a packet that finds a member's TCP buffer filling up is dropped for that
 * member (the receiver conceals it), so audio never builds latency behind a slow link. Host thread
 * only.
 */
final class AudioRelay {

  /** UDP counts as working while the member confirmed our echo this recently. */
  static final long UDP_FRESH_NANOS = 3_500_000_000L;

  /** TCP write buffer room kept free for control messages and video. */
  private static final int TCP_RESERVE = 64 * 1024;

  private final int writeBufferBytes;
  private final AtomicLong packetsIn = new AtomicLong();
  private final AtomicLong packetsInOverUdp = new AtomicLong();
  private final AtomicLong packetsOut = new AtomicLong();
  private final AtomicLong packetsOverUdp = new AtomicLong();
  private final AtomicLong packetsDropped = new AtomicLong();

  AudioRelay(int writeBufferBytes) {
    this.writeBufferBytes = writeBufferBytes;
  }

  void relay(WireMessage.Audio audio, Iterable<Seat> receivers) {
    packetsIn.incrementAndGet();
    long now = System.nanoTime();
    // Serialised once for every receiver; each link seals it with its own keys.
    byte[] encoded = WireCodec.encode(audio);
    for (Seat receiver : receivers) {
      if (receiver.id != audio.senderId()) {
        send(receiver, audio, encoded, now);
      }
    }
  }

  /** The next packet relayed came over UDP. */
  void arrivedOverUdp() {
    packetsInOverUdp.incrementAndGet();
  }

  AudioRelayCounters counters() {
    return new AudioRelayCounters(
        packetsIn.get(),
        packetsInOverUdp.get(),
        packetsOut.get(),
        packetsOverUdp.get(),
        packetsDropped.get());
  }

  private void send(Seat receiver, WireMessage.Audio audio, byte[] encoded, long now) {
    if (receiver.udpConfirmedNanos != 0 && now - receiver.udpConfirmedNanos < UDP_FRESH_NANOS) {
      if (receiver.sendDatagramEncoded(audio, encoded)) {
        packetsOut.incrementAndGet();
        packetsOverUdp.incrementAndGet();
        return;
      }
      // The datagram did not go out; TCP below still may.
    }
    if (receiver.queuedBytes() + audio.payload().length + TCP_RESERVE > writeBufferBytes) {
      packetsDropped.incrementAndGet();
      return;
    }
    if (receiver.sendEncoded(audio, encoded)) {
      packetsOut.incrementAndGet();
    }
  }
}
