package dev.asciicall.net;

import dev.asciicall.crypto.SecureSession;
import dev.asciicall.net.wire.WireMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Someone the host sends to: a remote participant's connection ({@link Member}) or the host's own
 * participant ({@link LocalParticipant}). The roster, the relays and the key routing treat both
 * alike. Touched only on the host thread.
 */
abstract class Seat {

  private static final Logger LOG = LoggerFactory.getLogger(Seat.class);

  /** The participant id, or -1 before the welcome. */
  int id = -1;

  String name;

  /** What it last said about its microphone and camera; null until it says. */
  WireMessage.MediaState mediaState;

  /** Its key announcement, stamped with its id, for everyone who joins later; null until sent. */
  WireMessage.MemberKey announcement;

  /** Round trip and unanswered pings of the host's pings to it (a member's connection). */
  final ClockEstimate pingTimes = new ClockEstimate();

  /** When it last said it hears our UDP echoes (System.nanoTime); 0 never. */
  long udpConfirmedNanos;

  final boolean welcomed() {
    return id >= 0;
  }

  /**
   * Sends {@code message} in order (sealed over TCP to a connection). Never blocks or throws: a
   * message that cannot go out closes that connection only.
   *
   * @return whether it was handed on
   */
  abstract boolean send(WireMessage message);

  /**
   * Sends {@code message}, whose serialised form ({@link dev.asciicall.net.wire.WireCodec#encode})
   * is {@code encoded}, like {@link #send}: a frame relayed to many is serialised once.
   */
  boolean sendEncoded(WireMessage message, byte[] encoded) {
    return send(message);
  }

  /** Sends {@code message} where it may be lost (UDP); false if it could not go out. */
  abstract boolean sendDatagram(WireMessage message);

  /** Like {@link #sendDatagram}, with {@code message} already serialised as {@code encoded}. */
  boolean sendDatagramEncoded(WireMessage message, byte[] encoded) {
    return sendDatagram(message);
  }

  /** Bytes waiting to be written to it: flow control keeps room for control messages. */
  abstract int queuedBytes();

  /** The session its connection proved (handshake), or null (none, or a plain call). */
  abstract SecureSession session();

  /** Ends its part in the call: its connection closes, and its leaving is announced. */
  abstract void close();

  /** It said goodbye: it closes, and its leaving is announced as "left the call". */
  abstract void leave();

  /** It broke the protocol (a forged id, a message out of place): its connection closes. */
  final void closeForProtocolError(String what) {
    LOG.warn("Closing {}: {}", this, what);
    close();
  }
}
