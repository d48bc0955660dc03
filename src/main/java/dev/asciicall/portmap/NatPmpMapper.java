package dev.asciicall.portmap;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * NAT-PMP (RFC 6886): two 12-byte requests to the default gateway on UDP port 5351, one for the
 * public address (opcode 0) and one per mapping (opcode 1 UDP, 2 TCP). A mapping with lifetime 0
 * removes it. Only answers from the gateway's address and port with the request's opcode and
 * internal port are read.
 */
final class NatPmpMapper implements PortMapper {

  static final int SERVER_PORT = 5351;

  private static final int VERSION = 0;
  private static final int ANSWER = 128;

  private final Supplier<GatewayLookup> gateway;
  private final int serverPort;
  private final UdpExchange exchange;

  NatPmpMapper(Supplier<GatewayLookup> gateway, int serverPort, UdpExchange exchange) {
    this.gateway = gateway;
    this.serverPort = serverPort;
    this.exchange = exchange;
  }

  @Override
  public MappingProtocol protocol() {
    return MappingProtocol.NAT_PMP;
  }

  @Override
  public PortMapping map(MappingRequest request) throws IOException, MappingRefusedException {
    InetSocketAddress server = server();
    Answer answer =
        send(
            server,
            request.transport(),
            request.internalPort(),
            request.externalPort(),
            request.leaseSeconds());
    Optional<InetAddress> external;
    try {
      external = Optional.of(externalAddress(server));
    } catch (IOException | MappingRefusedException e) {
      // The port is open; the address may still come from STUN.
      external = Optional.empty();
    }
    return new PortMapping(
        protocol(),
        request.transport(),
        request.internalPort(),
        answer.externalPort(),
        external,
        Duration.ofSeconds(answer.lifetime()));
  }

  @Override
  public void unmap(PortMapping mapping) throws IOException, MappingRefusedException {
    // RFC 6886 section 3.4: lifetime 0 and suggested external port 0 delete the mapping.
    send(server(), mapping.transport(), mapping.internalPort(), 0, 0);
  }

  private InetSocketAddress server() throws NoRouterException {
    GatewayLookup lookup = gateway.get();
    if (lookup instanceof GatewayLookup.Found found) {
      return new InetSocketAddress(found.address(), serverPort);
    }
    throw new NoRouterException(
        "the router is unknown: " + ((GatewayLookup.Unknown) lookup).reason());
  }

  private record Answer(int resultCode, int externalPort, long lifetime) {}

  private Answer send(
      InetSocketAddress server,
      Transport transport,
      int internalPort,
      int externalPort,
      long lifetime)
      throws IOException, MappingRefusedException {
    int opcode = transport.natPmpOpcode();
    ByteBuffer request = ByteBuffer.allocate(12);
    request.put((byte) VERSION).put((byte) opcode).putShort((short) 0);
    request.putShort((short) internalPort).putShort((short) externalPort).putInt((int) lifetime);
    Answer answer =
        exchange.exchange(
            server,
            request.array(),
            data -> {
              if (!header(data, opcode)) {
                return Optional.empty();
              }
              int result = data.getShort(2) & 0xFFFF;
              if (data.limit() < 16) {
                // Error answers to requests the router cannot parse carry only the header.
                return result != 0 && data.limit() >= 8
                    ? Optional.of(new Answer(result, 0, 0))
                    : Optional.empty();
              }
              if ((data.getShort(8) & 0xFFFF) != internalPort) {
                return Optional.empty();
              }
              return Optional.of(
                  new Answer(result, data.getShort(10) & 0xFFFF, data.getInt(12) & 0xFFFF_FFFFL));
            });
    check(answer.resultCode());
    if (lifetime > 0 && answer.externalPort() == 0) {
      throw MappingRefusedException.refused(protocol(), 0, "the router gave no public port");
    }
    return answer;
  }

  private InetAddress externalAddress(InetSocketAddress server)
      throws IOException, MappingRefusedException {
    int[] result = new int[1];
    byte[] address =
        exchange.exchange(
            server,
            new byte[] {VERSION, 0},
            data -> {
              if (!header(data, 0)) {
                return Optional.empty();
              }
              result[0] = data.getShort(2) & 0xFFFF;
              if (result[0] != 0) {
                return Optional.of(new byte[0]);
              }
              byte[] bytes = new byte[4];
              data.position(8);
              data.get(bytes);
              return Optional.of(bytes);
            });
    check(result[0]);
    try {
      return (Inet4Address) InetAddress.getByAddress(address);
    } catch (UnknownHostException e) {
      throw new IOException("the router's public address is malformed");
    }
  }

  /** Version 0 and the answer to {@code opcode}; at least the 8-byte header. */
  private static boolean header(ByteBuffer data, int opcode) {
    return data.limit() >= 8 && data.get(0) == VERSION && (data.get(1) & 0xFF) == ANSWER + opcode;
  }

  private void check(int resultCode) throws MappingRefusedException {
    switch (resultCode) {
      case 0 -> {}
      case 1 ->
          throw MappingRefusedException.unsupported(
              protocol(), 1, "NAT-PMP result 1: the router does not support this version");
      case 2 ->
          throw MappingRefusedException.refused(
              protocol(),
              2,
              "NAT-PMP result 2: port mapping is turned off in the router (not" + " authorised)");
      case 3 ->
          throw MappingRefusedException.refused(
              protocol(), 3, "NAT-PMP result 3: the router has no internet connection yet");
      case 4 ->
          throw MappingRefusedException.refused(
              protocol(), 4, "NAT-PMP result 4: the router has no ports left");
      case 5 ->
          throw MappingRefusedException.unsupported(
              protocol(), 5, "NAT-PMP result 5: the router does not support this request");
      default ->
          throw MappingRefusedException.refused(
              protocol(), resultCode, "NAT-PMP result " + resultCode + ": refused");
    }
  }
}
