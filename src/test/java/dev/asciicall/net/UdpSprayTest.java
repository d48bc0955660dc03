package dev.asciicall.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.esotericsoftware.kryonet.FrameworkMessage;
import com.esotericsoftware.kryonet.KryoSerialization;
import dev.asciicall.common.Threads;
import dev.asciicall.testing.Await;
import dev.asciicall.testing.FreePorts;
import dev.asciicall.testing.NetworkTest;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Someone on the network sprays the host's UDP port with KryoNet UDP registrations and forged
 * participant datagrams for every likely id, before, during and after two joins. Under KryoNet's
 * own UDP registration this took voice off UDP for everyone (0 of 1,262 packets); here a UDP
 * address counts only once a probe sealed with the participant's keys came from it, so voice stays
 * on UDP and the spray is counted, not obeyed.
 */
@Tag("network")
@NetworkTest
class UdpSprayTest {

  private static final byte[] VOICE = new byte[60];

  private final int tcpPort = FreePorts.tcp();
  private final int udpPort = FreePorts.udp();
  private final ScheduledExecutorService timers = Threads.scheduled("test-spray");
  private HostServer host;
  private PeerClient ann;
  private PeerClient bob;

  @AfterEach
  void stop() {
    timers.shutdownNow();
    if (ann != null) {
      ann.close();
    }
    if (bob != null) {
      bob.close();
    }
    if (host != null) {
      host.stop("test over");
    }
  }

  @Test
  void sprayedRegistrationsAndForgedDatagramsLeaveVoiceOnUdp() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          host = HostServer.start(tcpPort, udpPort, "Spray", null, CallEvents.IGNORED);
          AtomicLong sprayed = new AtomicLong();
          try (DatagramSocket attacker = new DatagramSocket()) {
            timers.scheduleAtFixedRate(() -> spray(attacker, sprayed), 0, 5, TimeUnit.MILLISECONDS);
            Await.until(() -> sprayed.get() > 200);

            RecordingEvents annEvents = new RecordingEvents();
            RecordingEvents bobEvents = new RecordingEvents();
            ann = PeerClient.connect("127.0.0.1", tcpPort, udpPort, "Ann", annEvents, 5_000);
            bob = PeerClient.connect("127.0.0.1", tcpPort, udpPort, "Bob", bobEvents, 5_000);
            Await.until(() -> ann.audioOverUdp() && bob.audioOverUdp());

            // Ann speaks (50 packets a second) until the host sends her voice on to Bob by UDP.
            AtomicLong sequence = new AtomicLong();
            timers.scheduleAtFixedRate(
                () -> ann.sendAudio(sequence.getAndIncrement(), CallClock.nowMicros(), 0, VOICE),
                0,
                20,
                TimeUnit.MILLISECONDS);
            Await.until(() -> host.audioCounters().packetsOverUdp() > 0);

            // Then 150 more packets (3 s) with the spray going on.
            AudioRelayCounters before = host.audioCounters();
            long heardBefore = bobEvents.audioFrom(ann.participantId());
            long refusedBefore = host.datagramCounters().refused();
            Await.until(() -> host.audioCounters().packetsIn() - before.packetsIn() >= 150);
            AudioRelayCounters after = host.audioCounters();

            long in = after.packetsIn() - before.packetsIn();
            long inOverUdp = after.packetsInOverUdp() - before.packetsInOverUdp();
            long out = after.packetsOut() - before.packetsOut();
            long outOverUdp = after.packetsOverUdp() - before.packetsOverUdp();
            System.out.printf(
                "spray: %d datagrams sprayed; voice in %d (%d over UDP), out %d (%d over UDP);"
                    + " refused datagrams %d%n",
                sprayed.get(), in, inOverUdp, out, outOverUdp, host.datagramCounters().refused());
            // UDP may lose a datagram even on loopback; nearly all must go over it.
            assertThat(inOverUdp).isGreaterThanOrEqualTo(in * 9 / 10);
            assertThat(outOverUdp).isGreaterThanOrEqualTo(out * 9 / 10);
            assertThat(bobEvents.audioFrom(ann.participantId()) - heardBefore)
                .isGreaterThanOrEqualTo(in * 9 / 10);
            assertThat(host.datagramCounters().refused()).isGreaterThan(refusedBefore);
          }
        });
  }

  /** One round: a KryoNet UDP registration and a forged datagram for each of ids 0–40. */
  private void spray(DatagramSocket attacker, AtomicLong sprayed) {
    KryoSerialization kryoNet = new KryoSerialization();
    Random random = new Random();
    InetAddress loopback = InetAddress.getLoopbackAddress();
    try {
      for (int id = 0; id <= 40; id++) {
        FrameworkMessage.RegisterUDP register = new FrameworkMessage.RegisterUDP();
        register.connectionID = id;
        ByteBuffer buffer = ByteBuffer.allocate(64);
        kryoNet.write(null, buffer, register);
        send(attacker, buffer.array(), buffer.position(), loopback);
        byte[] envelope = new byte[40 + random.nextInt(60)];
        random.nextBytes(envelope);
        byte[] forged = Datagrams.fromParticipant(id, envelope);
        send(attacker, forged, forged.length, loopback);
        sprayed.addAndGet(2);
      }
    } catch (java.io.IOException e) {
      // The host has stopped.
    }
  }

  private void send(DatagramSocket from, byte[] bytes, int length, InetAddress to)
      throws java.io.IOException {
    from.send(new DatagramPacket(bytes, length, to, udpPort));
  }
}
