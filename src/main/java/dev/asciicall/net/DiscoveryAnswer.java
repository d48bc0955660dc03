package dev.asciicall.net;

import dev.asciicall.common.Version;
import dev.asciicall.net.wire.Limits;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a host answers to LAN discovery, and the request it answers. Both are small fixed layouts
 * rather than Kryo, so any version can read any other's.
 *
 * <p>Request: {@code "ASCQ", format 1}, then zeros up to {@link #REQUEST_BYTES}. The padding is the
 * point: an answer is never larger than the request that asked for it, so a spoofed request cannot
 * turn a host into an amplifier. Answer: {@code "ASCA", format 1, protocol (varint), TCP port (2
 * bytes), participants (1 byte, at most 255), name length (1 byte), name (UTF-8)} — about 20 bytes
 * for a short call name, at most {@link #MAX_ANSWER_BYTES}.
 *
 * @param address the host's address as seen by the asker (empty on the host itself)
 */
public record DiscoveryAnswer(
    String callName, int participants, int tcpPort, int protocol, String address) {

  /** Length of a well-formed request; every answer is shorter. */
  static final int REQUEST_BYTES = 160;

  private static final byte[] REQUEST_MAGIC = {'A', 'S', 'C', 'Q'};
  private static final byte[] ANSWER_MAGIC = {'A', 'S', 'C', 'A'};
  private static final byte FORMAT = 1;

  /** Magic, format, protocol, port, participants, name length, and the longest UTF-8 name. */
  static final int MAX_ANSWER_BYTES = 4 + 1 + 5 + 2 + 1 + 1 + 3 * Limits.MAX_NAME_CHARS;

  static {
    if (MAX_ANSWER_BYTES > REQUEST_BYTES) {
      throw new AssertionError("a discovery answer must never exceed its request");
    }
  }

  DiscoveryAnswer(String callName, int participants, int tcpPort) {
    this(callName, participants, tcpPort, Version.PROTOCOL, "");
  }

  DiscoveryAnswer withTcpPort(int port) {
    return new DiscoveryAnswer(callName, participants, port, protocol, address);
  }

  /** The request a finder sends. */
  static byte[] request() {
    byte[] request = new byte[REQUEST_BYTES];
    System.arraycopy(REQUEST_MAGIC, 0, request, 0, REQUEST_MAGIC.length);
    request[REQUEST_MAGIC.length] = FORMAT;
    return request;
  }

  /** Whether {@code datagram} (position to limit) is exactly a well-formed request. */
  static boolean isRequest(ByteBuffer datagram) {
    if (datagram.remaining() != REQUEST_BYTES) {
      return false;
    }
    int start = datagram.position();
    for (int i = 0; i < REQUEST_MAGIC.length; i++) {
      if (datagram.get(start + i) != REQUEST_MAGIC[i]) {
        return false;
      }
    }
    if (datagram.get(start + REQUEST_MAGIC.length) != FORMAT) {
      return false;
    }
    for (int i = start + REQUEST_MAGIC.length + 1; i < datagram.limit(); i++) {
      if (datagram.get(i) != 0) {
        return false;
      }
    }
    return true;
  }

  byte[] toBytes() {
    byte[] name = callName.getBytes(StandardCharsets.UTF_8);
    if (name.length > 3 * Limits.MAX_NAME_CHARS) {
      name = Arrays.copyOf(name, 3 * Limits.MAX_NAME_CHARS);
    }
    ByteBuffer out = ByteBuffer.allocate(MAX_ANSWER_BYTES);
    out.put(ANSWER_MAGIC).put(FORMAT);
    int value = protocol;
    while ((value & ~0x7f) != 0) {
      out.put((byte) ((value & 0x7f) | 0x80));
      value >>>= 7;
    }
    out.put((byte) value);
    out.putShort((short) tcpPort);
    out.put((byte) Math.min(255, participants));
    out.put((byte) name.length);
    out.put(name);
    return Arrays.copyOf(out.array(), out.position());
  }

  /** Parses an answer; anything else (a stray datagram, garbage) gives empty. */
  static Optional<DiscoveryAnswer> parse(byte[] data, int length, String address) {
    ByteBuffer in = ByteBuffer.wrap(data, 0, length);
    try {
      for (byte magic : ANSWER_MAGIC) {
        if (in.get() != magic) {
          return Optional.empty();
        }
      }
      if (in.get() != FORMAT) {
        return Optional.empty();
      }
      int protocol = 0;
      for (int shift = 0; ; shift += 7) {
        byte b = in.get();
        protocol |= (b & 0x7f) << shift;
        if (b >= 0) {
          break;
        }
        if (shift >= 28) {
          return Optional.empty();
        }
      }
      int port = Short.toUnsignedInt(in.getShort());
      int participants = Byte.toUnsignedInt(in.get());
      int nameLength = Byte.toUnsignedInt(in.get());
      if (port == 0 || nameLength != in.remaining()) {
        return Optional.empty();
      }
      byte[] name = new byte[nameLength];
      in.get(name);
      String callName = new String(name, StandardCharsets.UTF_8);
      if (callName.length() > Limits.MAX_NAME_CHARS) {
        return Optional.empty();
      }
      return Optional.of(new DiscoveryAnswer(callName, participants, port, protocol, address));
    } catch (java.nio.BufferUnderflowException e) {
      return Optional.empty();
    }
  }
}
