package dev.asciicall.net;

import dev.asciicall.common.Version;
import dev.asciicall.net.wire.Limits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * What a host answers to LAN discovery. Sent as a small fixed layout (magic, protocol, TCP port,
 * participants, call name) rather than Kryo, so any version can read any other's answer.
 *
 * @param address the host's address as seen by the asker (empty on the host itself)
 */
public record DiscoveryAnswer(
    String callName, int participants, int tcpPort, int protocol, String address) {

  private static final int MAGIC = 0x41534349; // "ASCI"

  DiscoveryAnswer(String callName, int participants, int tcpPort) {
    this(callName, participants, tcpPort, Version.PROTOCOL, "");
  }

  DiscoveryAnswer withTcpPort(int port) {
    return new DiscoveryAnswer(callName, participants, port, protocol, address);
  }

  byte[] toBytes() {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeInt(MAGIC);
      out.writeInt(protocol);
      out.writeInt(tcpPort);
      out.writeInt(participants);
      out.writeUTF(callName);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("in-memory stream failed", e);
    }
  }

  /** Parses an answer; anything else (a stray datagram, garbage) gives empty. */
  static Optional<DiscoveryAnswer> parse(byte[] data, int length, String address) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data, 0, length))) {
      if (in.readInt() != MAGIC) {
        return Optional.empty();
      }
      int protocol = in.readInt();
      int port = in.readInt();
      int participants = in.readInt();
      String name = in.readUTF();
      if (port <= 0 || port > 65535 || participants < 0 || name.length() > Limits.MAX_NAME_CHARS) {
        return Optional.empty();
      }
      return Optional.of(new DiscoveryAnswer(name, participants, port, protocol, address));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
