package dev.asciicall.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.asciicall.common.Version;
import dev.asciicall.testing.FreePorts;
import dev.asciicall.testing.NetworkTest;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * LAN discovery: found by a finder; silent to anything but a well-formed request (a one-byte
 * request used to get 27 bytes back, to anyone, without limit); never answering with more bytes
 * than were asked with; and only a few answers a second to one address.
 */
@Tag("network")
@NetworkTest
class DiscoveryTest {

  private final int tcpPort = FreePorts.tcp();
  private final int udpPort = FreePorts.udp();
  private HostServer host;

  @AfterEach
  void stop() {
    if (host != null) {
      host.stop("test over");
    }
  }

  @Test
  void aFinderFindsTheCallWithItsNameSizeAndPort() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          host = HostServer.start(tcpPort, udpPort, "Standup", "Hal", CallEvents.IGNORED);

          List<DiscoveryAnswer> found = HostFinder.discover(udpPort, 1_000);

          assertThat(found)
              .anySatisfy(
                  answer -> {
                    assertThat(answer.callName()).isEqualTo("Standup");
                    assertThat(answer.tcpPort()).isEqualTo(tcpPort);
                    assertThat(answer.participants()).isEqualTo(1);
                    assertThat(answer.protocol()).isEqualTo(Version.PROTOCOL);
                  });
        });
  }

  @Test
  void onlyAWellFormedRequestIsAnsweredAndNeverWithMoreBytesThanItHad() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          host =
              HostServer.start(
                  tcpPort,
                  udpPort,
                  "A rather long call name, 40 chars!!",
                  null,
                  CallEvents.IGNORED);
          try (DatagramSocket asker = new DatagramSocket()) {
            asker.setSoTimeout(1_000);
            byte[] request = DiscoveryAnswer.request();

            for (byte[] malformed :
                List.of(
                    new byte[1],
                    new byte[] {'A', 'S', 'C', 'Q', 1},
                    truncated(request),
                    withGarbage(request))) {
              send(asker, malformed);
              assertThat(receive(asker)).as("answer to %d bytes", malformed.length).isNull();
            }

            send(asker, request);
            DatagramPacket answer = receive(asker);
            assertThat(answer).isNotNull();
            assertThat(answer.getLength()).isLessThanOrEqualTo(request.length);
            assertThat(DiscoveryAnswer.parse(answer.getData(), answer.getLength(), "here"))
                .hasValueSatisfying(
                    parsed -> assertThat(parsed.callName()).startsWith("A rather long"));
          }
        });
  }

  @Test
  void oneAddressGetsAFewAnswersAndTheRestAreCounted() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          host = HostServer.start(tcpPort, udpPort, "Busy", null, CallEvents.IGNORED);
          try (DatagramSocket asker = new DatagramSocket()) {
            asker.setSoTimeout(1_000);
            for (int i = 0; i < 100; i++) {
              send(asker, DiscoveryAnswer.request());
            }
            int answers = 0;
            while (receive(asker) != null) {
              answers++;
            }
            DatagramCounters counters = host.datagramCounters();
            System.out.printf(
                "discovery: 100 requests from one address, %d answered, %d refused%n",
                answers, counters.discoveryRefused());
            // A burst, and what refills while the hundred arrive.
            assertThat(answers).isBetween(1, DiscoveryLimiter.PER_ADDRESS_BURST + 4);
            assertThat(counters.discoveryAnswered() + counters.discoveryRefused()).isEqualTo(100);
          }
        });
  }

  private static byte[] truncated(byte[] request) {
    return java.util.Arrays.copyOf(request, request.length - 1);
  }

  private static byte[] withGarbage(byte[] request) {
    byte[] garbage = request.clone();
    garbage[garbage.length - 1] = 7;
    return garbage;
  }

  private void send(DatagramSocket asker, byte[] bytes) throws java.io.IOException {
    asker.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), udpPort));
  }

  private static DatagramPacket receive(DatagramSocket asker) throws java.io.IOException {
    DatagramPacket packet = new DatagramPacket(new byte[1024], 1024);
    try {
      asker.receive(packet);
      return packet;
    } catch (SocketTimeoutException e) {
      return null;
    }
  }
}
