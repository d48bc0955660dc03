package dev.asciicall.portmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.asciicall.common.Subscription;
import dev.asciicall.common.Threads;
import dev.asciicall.testing.FreePorts;
import dev.asciicall.testing.NetworkTest;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The optional STUN client against a STUN server on loopback, and where the service uses it. */
@NetworkTest
class StunClientTest {

  private static final UdpExchange FAST = new UdpExchange(Duration.ofMillis(100), 3);
  private static final byte[] PUBLIC = {(byte) 198, 51, 100, 7};
  private static final int PUBLIC_PORT = 40000;

  private DatagramSocket socket;
  private DatagramSocket spoofer;
  private final ExecutorService thread = Threads.single("fake-stun");
  private final AtomicInteger requests = new AtomicInteger();
  private volatile boolean junkFirst;
  private volatile boolean plainMappedAddress;
  private volatile boolean answerWithError;

  @BeforeEach
  void startServer() throws IOException {
    socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    spoofer = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    thread.execute(this::serve);
  }

  @AfterEach
  void stopServer() {
    socket.close();
    spoofer.close();
    Threads.shutdown(thread, 2000);
  }

  private StunServer server() {
    return new StunServer("127.0.0.1", socket.getLocalPort());
  }

  private void serve() {
    byte[] buffer = new byte[1500];
    while (!socket.isClosed()) {
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(packet);
        requests.incrementAndGet();
        ByteBuffer request = ByteBuffer.wrap(buffer, 0, packet.getLength());
        byte[] transaction = new byte[12];
        request.position(8);
        request.get(transaction);
        SocketAddress client = packet.getSocketAddress();
        if (junkFirst) {
          byte[] spoofed = answer(transaction, new byte[] {6, 6, 6, 6}, false);
          spoofer.send(new DatagramPacket(spoofed, spoofed.length, client));
          byte[] otherTransaction = answer(new byte[12], new byte[] {6, 6, 6, 6}, false);
          socket.send(new DatagramPacket(otherTransaction, otherTransaction.length, client));
          byte[] truncated = answer(transaction, new byte[] {6, 6, 6, 6}, false);
          socket.send(new DatagramPacket(truncated, truncated.length - 3, client));
          byte[] lyingLength = answer(transaction, new byte[] {6, 6, 6, 6}, false);
          lyingLength[3] = (byte) 200;
          socket.send(new DatagramPacket(lyingLength, lyingLength.length, client));
        }
        byte[] answer = answer(transaction, PUBLIC, answerWithError);
        socket.send(new DatagramPacket(answer, answer.length, client));
      } catch (IOException e) {
        return;
      }
    }
  }

  private byte[] answer(byte[] transaction, byte[] address, boolean error) {
    ByteBuffer out = ByteBuffer.allocate(32);
    out.putShort((short) (error ? 0x0111 : 0x0101)).putShort((short) 12).putInt(0x2112A442);
    out.put(transaction);
    if (plainMappedAddress) {
      out.putShort((short) 0x0001).putShort((short) 8).put((byte) 0).put((byte) 1);
      out.putShort((short) PUBLIC_PORT).put(address);
    } else {
      out.putShort((short) 0x0020).putShort((short) 8).put((byte) 0).put((byte) 1);
      out.putShort((short) (PUBLIC_PORT ^ 0x2112));
      byte[] cookie = {0x21, 0x12, (byte) 0xA4, 0x42};
      for (int i = 0; i < 4; i++) {
        out.put((byte) (address[i] ^ cookie[i]));
      }
    }
    return out.array();
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void learnsThePublicAddressFromXorMappedOrPlainMappedAddress(boolean plain) throws Exception {
    plainMappedAddress = plain;
    InetSocketAddress seen = new StunClient(FAST).publicAddress(server());
    assertThat(seen)
        .isEqualTo(new InetSocketAddress(InetAddress.getByAddress(PUBLIC), PUBLIC_PORT));
  }

  @Test
  void spoofedForeignTruncatedAndInconsistentAnswersAreIgnored() throws Exception {
    junkFirst = true;
    InetSocketAddress seen = new StunClient(FAST).publicAddress(server());
    assertThat(seen.getAddress()).isEqualTo(InetAddress.getByAddress(PUBLIC));
  }

  @Test
  void anErrorAnswerOrSilenceIsAOneLineFailure() {
    answerWithError = true;
    assertThatThrownBy(() -> new StunClient(FAST).publicAddress(server()))
        .hasMessage("the STUN server " + server() + " answered with an error");
    StunServer silent = new StunServer("127.0.0.1", FreePorts.udp());
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () ->
            assertThatThrownBy(() -> new StunClient(FAST).publicAddress(silent))
                .isInstanceOf(NoRouterException.class)
                .hasMessageStartingWith("no answer from 127.0.0.1"));
  }

  @Test
  void theServiceAsksTheStunServerOnlyWhenOneIsSetAndShowsTheAddressWithTheAdvice() {
    GatewayLookup unknown = new GatewayLookup.Unknown("no default route");
    PortMappingService withoutStun = service(MappingSettings.forCall(54555), unknown);
    withoutStun.start();
    assertThat(requests.get()).isZero();
    assertThat(withoutStun.status().message()).doesNotContain("public address is");

    PortMappingService withStun =
        service(MappingSettings.forCall(54555).withStunServer(server()), unknown);
    withStun.start();
    assertThat(requests.get()).isEqualTo(1);
    assertThat(withStun.status().message())
        .endsWith("run a relay on a server. Your public address is 198.51.100.7.");
  }

  private PortMappingService service(MappingSettings settings, GatewayLookup gateway) {
    return new PortMappingService(
        settings,
        new RouterAccess(
            List.of(new PcpMapper(() -> gateway, 5351, FAST)),
            new StunClient(FAST),
            (name, action) -> Subscription.NONE,
            Optional::empty),
        Runnable::run,
        new ManualScheduler());
  }

  @Test
  void serverSettingsAreReadAsTyped() {
    assertThat(StunServer.parse("stun.example.org"))
        .isEqualTo(new StunServer("stun.example.org", 3478));
    assertThat(StunServer.parse(" STUN.Example.org:19302 "))
        .isEqualTo(new StunServer("stun.example.org", 19302));
    assertThat(StunServer.parse("stun:[2001:db8::1]:3479"))
        .isEqualTo(new StunServer("2001:db8::1", 3479));
    assertThat(StunServer.parse("[2001:db8::1]").toString()).isEqualTo("[2001:db8::1]:3478");
    assertThatThrownBy(() -> StunServer.parse("host:99999"))
        .hasMessage("The STUN server's port must be a number from 1 to 65535");
    assertThatThrownBy(() -> StunServer.parse(""))
        .hasMessage("Type the STUN server's name, e.g. stun.example.org:3478");
    assertThatThrownBy(() -> StunServer.parse("[::1"))
        .hasMessage("An IPv6 address needs its closing ']'");
  }
}
