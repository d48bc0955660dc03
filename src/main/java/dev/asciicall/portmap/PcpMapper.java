package dev.asciicall.portmap;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * PCP (RFC 6887) MAP requests to the default gateway on UDP port 5351, IPv4 only. Each mapping has
 * a random 96-bit nonce, reused to renew and to delete it (lifetime 0); an answer counts only if it
 * comes from the gateway and echoes the nonce, protocol and internal port. A NAT-PMP-only router
 * answers with version 0 "unsupported version", which tells the service to try NAT-PMP.
 */
final class PcpMapper implements PortMapper {

  private static final int VERSION = 2;
  private static final int OPCODE_MAP = 1;
  private static final int RESPONSE_BIT = 0x80;
  private static final int HEADER_BYTES = 24;
  private static final int MAP_BYTES = HEADER_BYTES + 36;
  private static final int NONCE_BYTES = 12;

  private final Supplier<GatewayLookup> gateway;
  private final int serverPort;
  private final UdpExchange exchange;
  private final SecureRandom random = new SecureRandom();
  // Concurrent: the exit hook may remove a mapping while the service's thread renews another.
  private final Map<Transport, byte[]> nonces = new ConcurrentHashMap<>();

  PcpMapper(Supplier<GatewayLookup> gateway, int serverPort, UdpExchange exchange) {
    this.gateway = gateway;
    this.serverPort = serverPort;
    this.exchange = exchange;
  }

  @Override
  public MappingProtocol protocol() {
    return MappingProtocol.PCP;
  }

  @Override
  public PortMapping map(MappingRequest request) throws IOException, MappingRefusedException {
    byte[] nonce = nonces.computeIfAbsent(request.transport(), t -> randomNonce());
    Granted granted =
        send(
            request.transport(),
            request.internalPort(),
            request.externalPort(),
            request.leaseSeconds(),
            nonce);
    return new PortMapping(
        protocol(),
        request.transport(),
        request.internalPort(),
        granted.externalPort(),
        granted.externalAddress(),
        Duration.ofSeconds(granted.lifetime()));
  }

  @Override
  public void unmap(PortMapping mapping) throws IOException, MappingRefusedException {
    byte[] nonce = nonces.remove(mapping.transport());
    if (nonce != null) {
      send(mapping.transport(), mapping.internalPort(), 0, 0, nonce);
    }
  }

  private byte[] randomNonce() {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    return nonce;
  }

  private record Granted(int externalPort, Optional<InetAddress> externalAddress, long lifetime) {}

  private record Answer(int resultCode, Granted granted) {}

  private Granted send(
      Transport transport, int internalPort, int externalPort, long lifetime, byte[] nonce)
      throws IOException, MappingRefusedException {
    GatewayLookup lookup = gateway.get();
    if (!(lookup instanceof GatewayLookup.Found found)) {
      throw new NoRouterException(
          "the router is unknown: " + ((GatewayLookup.Unknown) lookup).reason());
    }
    InetSocketAddress server = new InetSocketAddress(found.address(), serverPort);
    InetAddress client = UdpExchange.localAddressToward(found.address());
    ByteBuffer request = ByteBuffer.allocate(MAP_BYTES);
    request.put((byte) VERSION).put((byte) OPCODE_MAP).putShort((short) 0);
    request.putInt((int) lifetime).put(mapped(client));
    request.put(nonce).put((byte) transport.ianaNumber()).put(new byte[3]);
    request.putShort((short) internalPort).putShort((short) externalPort);
    // No preferred public address: the IPv4-mapped all-zeros address (RFC 6887 section 11.1).
    request.put(mapped(null));
    Answer answer =
        exchange.exchange(
            server, request.array(), data -> read(data, nonce, transport, internalPort));
    check(answer.resultCode());
    if (lifetime > 0 && answer.granted().externalPort() == 0) {
      throw MappingRefusedException.refused(protocol(), 0, "the router gave no public port");
    }
    return answer.granted();
  }

  private static Optional<Answer> read(
      ByteBuffer data, byte[] nonce, Transport transport, int internalPort) {
    if (data.get(0) == 0) {
      // A NAT-PMP router's 8-byte "unsupported version" answer (RFC 6887 section 9).
      boolean unsupported =
          data.limit() >= 8
              && (data.get(1) & 0xFF) == (RESPONSE_BIT | OPCODE_MAP)
              && (data.getShort(2) & 0xFFFF) == 1;
      return unsupported ? Optional.of(new Answer(-1, null)) : Optional.empty();
    }
    if (data.limit() < HEADER_BYTES
        || data.limit() % 4 != 0
        || data.get(0) != VERSION
        || (data.get(1) & 0xFF) != (RESPONSE_BIT | OPCODE_MAP)) {
      return Optional.empty();
    }
    int result = data.get(3) & 0xFF;
    long lifetime = data.getInt(4) & 0xFFFF_FFFFL;
    if (data.limit() < MAP_BYTES) {
      // Without the MAP payload nothing ties it to our request; only these two results may lack it.
      return result == 1 || result == 3 ? Optional.of(new Answer(result, null)) : Optional.empty();
    }
    byte[] echoed = new byte[NONCE_BYTES];
    data.position(HEADER_BYTES);
    data.get(echoed);
    if (!Arrays.equals(echoed, nonce)
        || (data.get() & 0xFF) != transport.ianaNumber()
        || (data.getShort(HEADER_BYTES + 16) & 0xFFFF) != internalPort) {
      return Optional.empty();
    }
    int externalPort = data.getShort(HEADER_BYTES + 18) & 0xFFFF;
    byte[] address = new byte[16];
    data.position(HEADER_BYTES + 20);
    data.get(address);
    return Optional.of(new Answer(result, new Granted(externalPort, unmapped(address), lifetime)));
  }

  /**
   * {@code address} as 16 bytes, IPv4 as {@code ::ffff:a.b.c.d}; null gives {@code ::ffff:0.0.0.0}.
   */
  private static byte[] mapped(InetAddress address) {
    byte[] bytes = new byte[16];
    if (address instanceof Inet6Address) {
      return address.getAddress();
    }
    bytes[10] = (byte) 0xFF;
    bytes[11] = (byte) 0xFF;
    if (address != null) {
      System.arraycopy(address.getAddress(), 0, bytes, 12, 4);
    }
    return bytes;
  }

  /** An IPv4-mapped answer as an IPv4 address; zero (none given) or IPv6 as empty. */
  private static Optional<InetAddress> unmapped(byte[] bytes) {
    try {
      InetAddress address = InetAddress.getByAddress(bytes);
      return address instanceof Inet4Address && !address.isAnyLocalAddress()
          ? Optional.of(address)
          : Optional.empty();
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  private void check(int resultCode) throws MappingRefusedException {
    String reason =
        switch (resultCode) {
          case 0 -> null;
          case -1 -> "the router speaks NAT-PMP, not PCP";
          case 1 -> "PCP result 1 UNSUPP_VERSION: the router does not support this version";
          case 2 -> "PCP result 2 NOT_AUTHORIZED: port mapping is turned off in the router";
          case 3 -> "PCP result 3 MALFORMED_REQUEST: the router could not read the request";
          case 4 -> "PCP result 4 UNSUPP_OPCODE: the router does not support MAP";
          case 7 -> "PCP result 7 NETWORK_FAILURE: the router has no internet connection yet";
          case 8 -> "PCP result 8 NO_RESOURCES: the router has no mappings left";
          case 9 -> "PCP result 9 UNSUPP_PROTOCOL: the router does not map this protocol";
          case 10 -> "PCP result 10 USER_EX_QUOTA: this computer has too many mappings";
          case 11 -> "PCP result 11 CANNOT_PROVIDE_EXTERNAL: the public port is taken";
          case 12 ->
              "PCP result 12 ADDRESS_MISMATCH: another NAT sits between this computer"
                  + " and the router";
          default -> "PCP result " + resultCode + ": refused";
        };
    if (reason == null) {
      return;
    }
    if (resultCode == -1 || resultCode == 1 || resultCode == 4) {
      throw MappingRefusedException.unsupported(protocol(), resultCode, reason);
    }
    throw MappingRefusedException.refused(protocol(), resultCode, reason);
  }
}
