package dev.asciicall.net;

import dev.asciicall.net.wire.WireMessage;
import java.util.function.Supplier;

/**
 * A participant's voice towards the host: over UDP once the host echoes our UDP probes, over TCP
 * before that or when UDP stops getting through (a firewall, mid-call). Never queues: when the TCP
 * buffer is filling up a packet is dropped and the receivers conceal it. {@link #send} on the audio
 * send thread; probes and echoes on the client thread.
 */
final class VoiceUplink {

  /** Room kept in the TCP write buffer when voice falls back to TCP: control messages first. */
  private static final int TCP_RESERVE = 16 * 1024;

  private final SecureLink link;
  private final Supplier<MediaKeys> keys;
  private final int writeBufferBytes;
  private final UdpPath udp = new UdpPath();

  VoiceUplink(SecureLink link, Supplier<MediaKeys> keys, int writeBufferBytes) {
    this.link = link;
    this.keys = keys;
    this.writeBufferBytes = writeBufferBytes;
  }

  void send(WireMessage.Audio plain) {
    if (!link.connection().isConnected()) {
      return;
    }
    WireMessage audio = keys.get().seal(plain);
    if (udp.works()) {
      if (link.sendDatagram(audio)) {
        return;
      }
      udp.failed();
    }
    int queued = link.connection().getTcpWriteBufferSize();
    if (queued + plain.payload().length + TCP_RESERVE <= writeBufferBytes) {
      link.send(audio);
    }
  }

  /** Tells the host we hear its echoes, over UDP; one that cannot go out means UDP fails (yet). */
  void probe() {
    if (!link.connection().isConnected() || udp.blocked()) {
      return;
    }
    if (!link.sendDatagram(new WireMessage.UdpProbe(CallClock.nowMicros(), udp.works()))) {
      udp.failed();
    }
  }

  /** The host's echo came back: the host answers probes only over UDP, so UDP works. */
  void echoed() {
    udp.echoed();
  }

  boolean overUdp() {
    return udp.works();
  }

  /** Test seam: behave as if a firewall dropped every UDP datagram in both directions. */
  void block() {
    udp.block();
  }
}
