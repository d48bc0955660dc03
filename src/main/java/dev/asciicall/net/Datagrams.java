package dev.asciicall.net;

import dev.asciicall.net.wire.Limits;
import java.nio.ByteBuffer;

/**
 * What travels on the host's UDP port besides discovery ({@link DiscoveryAnswer}): a participant's
 * datagram is {@code 0x5A, its id (varint), its sealed envelope}; the host's datagram to a
 * participant is the sealed envelope alone (the participant's socket is connected to the host, so
 * nobody else's datagram reaches it). The id only says whose keys to try: the envelope proves the
 * rest, and a datagram that does not open changes nothing.
 */
final class Datagrams {

  /** First byte of a participant's datagram; never the first byte of a KryoNet or discovery one. */
  static final byte FROM_PARTICIPANT = 0x5A;

  /** Largest datagram either side reads: the largest envelope, its marker and id. */
  static final int MAX_BYTES = Limits.MAX_DATAGRAM_ENVELOPE_BYTES + 8;

  private Datagrams() {}

  /** A participant's datagram carrying {@code envelope}. */
  static byte[] fromParticipant(int participantId, byte[] envelope) {
    byte[] datagram = new byte[1 + varIntLength(participantId) + envelope.length];
    datagram[0] = FROM_PARTICIPANT;
    int at = putVarInt(datagram, 1, participantId);
    System.arraycopy(envelope, 0, datagram, at, envelope.length);
    return datagram;
  }

  /** A participant's datagram as the host read it. */
  record FromParticipant(int participantId, byte[] envelope) {}

  /**
   * Reads a participant's datagram from {@code bytes} (position to limit), or null if it is not one
   * (wrong marker, an id out of range, no envelope).
   */
  static FromParticipant parse(ByteBuffer bytes) {
    if (bytes.remaining() < 3 || bytes.get(bytes.position()) != FROM_PARTICIPANT) {
      return null;
    }
    int at = bytes.position() + 1;
    int id = 0;
    for (int shift = 0; ; shift += 7) {
      if (at >= bytes.limit() || shift > 28) {
        return null;
      }
      byte b = bytes.get(at++);
      id |= (b & 0x7f) << shift;
      if (b >= 0) {
        break;
      }
    }
    int length = bytes.limit() - at;
    if (id < 0 || id > Limits.MAX_ID || length < 1 || length > Limits.MAX_DATAGRAM_ENVELOPE_BYTES) {
      return null;
    }
    byte[] envelope = new byte[length];
    bytes.get(at, envelope);
    return new FromParticipant(id, envelope);
  }

  private static int varIntLength(int value) {
    int length = 1;
    while ((value >>>= 7) != 0) {
      length++;
    }
    return length;
  }

  private static int putVarInt(byte[] into, int at, int value) {
    while ((value & ~0x7f) != 0) {
      into[at++] = (byte) ((value & 0x7f) | 0x80);
      value >>>= 7;
    }
    into[at++] = (byte) value;
    return at;
  }
}
