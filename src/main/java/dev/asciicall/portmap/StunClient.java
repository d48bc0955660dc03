package dev.asciicall.portmap;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;

/**
 * Asks a STUN server (RFC 5389) which address and port our packets come from: one Binding request
 * over UDP, answered with XOR-MAPPED-ADDRESS (or the older MAPPED-ADDRESS). Only answers from the
 * server's address with our 96-bit transaction id, the magic cookie and a consistent length are
 * read. Blocks the calling thread; used only when the user configured a server.
 */
public final class StunClient {

  private static final int BINDING_REQUEST = 0x0001;
  private static final int BINDING_SUCCESS = 0x0101;
  private static final int BINDING_ERROR = 0x0111;
  private static final int MAGIC_COOKIE = 0x2112A442;
  private static final int MAPPED_ADDRESS = 0x0001;
  private static final int XOR_MAPPED_ADDRESS = 0x0020;
  private static final int HEADER_BYTES = 20;

  private final UdpExchange exchange;
  private final SecureRandom random = new SecureRandom();

  /** A client that waits 500 ms, then 1 s, then 2 s (RFC 5389's first wait, fewer retries). */
  public StunClient() {
    this(new UdpExchange(java.time.Duration.ofMillis(500), 3));
  }

  StunClient(UdpExchange exchange) {
    this.exchange = exchange;
  }

  /**
   * Our public address and port as {@code server} sees them.
   *
   * @throws IOException if the name does not resolve, nothing answers in time, or the server
   *     answers with an error
   */
  public InetSocketAddress publicAddress(StunServer server) throws IOException {
    InetAddress address;
    try {
      address = InetAddress.getByName(server.host());
    } catch (UnknownHostException e) {
      throw new IOException("the STUN server " + server.host() + " is unknown");
    }
    byte[] transaction = new byte[12];
    random.nextBytes(transaction);
    ByteBuffer request = ByteBuffer.allocate(HEADER_BYTES);
    request.putShort((short) BINDING_REQUEST).putShort((short) 0).putInt(MAGIC_COOKIE);
    request.put(transaction);
    Optional<InetSocketAddress> mapped =
        exchange.exchange(
            new InetSocketAddress(address, server.port()),
            request.array(),
            data -> read(data, transaction));
    return mapped.orElseThrow(
        () -> new IOException("the STUN server " + server + " answered with an error"));
  }

  /**
   * Empty to ignore a datagram; {@code Optional.of(Optional.empty())} for an error answer to our
   * request; otherwise the mapped address.
   */
  private static Optional<Optional<InetSocketAddress>> read(ByteBuffer data, byte[] transaction) {
    if (data.limit() < HEADER_BYTES || data.getInt(4) != MAGIC_COOKIE) {
      return Optional.empty();
    }
    int type = data.getShort(0) & 0xFFFF;
    int length = data.getShort(2) & 0xFFFF;
    byte[] echoed = new byte[12];
    data.position(8);
    data.get(echoed);
    if (length % 4 != 0
        || HEADER_BYTES + length != data.limit()
        || !Arrays.equals(echoed, transaction)) {
      return Optional.empty();
    }
    if (type == BINDING_ERROR) {
      return Optional.of(Optional.empty());
    }
    if (type != BINDING_SUCCESS) {
      return Optional.empty();
    }
    Optional<InetSocketAddress> plain = Optional.empty();
    while (data.remaining() >= 4) {
      int attribute = data.getShort() & 0xFFFF;
      int size = data.getShort() & 0xFFFF;
      if (size > data.remaining()) {
        return Optional.empty();
      }
      ByteBuffer value = data.slice(data.position(), size);
      data.position(data.position() + ((size + 3) & ~3));
      if (attribute == XOR_MAPPED_ADDRESS) {
        Optional<InetSocketAddress> address = address(value, transaction, true);
        if (address.isPresent()) {
          return Optional.of(address);
        }
      } else if (attribute == MAPPED_ADDRESS && plain.isEmpty()) {
        plain = address(value, transaction, false);
      }
    }
    return plain.isPresent() ? Optional.of(plain) : Optional.empty();
  }

  private static Optional<InetSocketAddress> address(
      ByteBuffer value, byte[] transaction, boolean xored) {
    if (value.limit() < 4) {
      return Optional.empty();
    }
    int family = value.get(1) & 0xFF;
    int port = value.getShort(2) & 0xFFFF;
    int size = family == 1 ? 4 : family == 2 ? 16 : 0;
    if (size == 0 || value.limit() < 4 + size) {
      return Optional.empty();
    }
    byte[] bytes = new byte[size];
    value.position(4);
    value.get(bytes);
    if (xored) {
      port ^= MAGIC_COOKIE >>> 16;
      byte[] mask = ByteBuffer.allocate(16).putInt(MAGIC_COOKIE).put(transaction).array();
      for (int i = 0; i < size; i++) {
        bytes[i] ^= mask[i];
      }
    }
    try {
      return Optional.of(new InetSocketAddress(InetAddress.getByAddress(bytes), port));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}
