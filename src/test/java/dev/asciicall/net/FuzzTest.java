package dev.asciicall.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Registration;
import com.esotericsoftware.kryo.io.Output;
import com.esotericsoftware.kryonet.KryoSerialization;
import dev.asciicall.common.Threads;
import dev.asciicall.crypto.HandshakeInitiator;
import dev.asciicall.crypto.IdentityKeyPair;
import dev.asciicall.net.wire.WireClasses;
import dev.asciicall.net.wire.WireCodec;
import dev.asciicall.net.wire.WireMessage;
import dev.asciicall.testing.Await;
import dev.asciicall.testing.FreePorts;
import dev.asciicall.testing.NetworkTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The CI fuzz stage: a host with three participants calling at full frame rate gets, from strangers
 * and from a participant that completed the handshake, random and mutated frames, oversized, zero
 * and negative lengths, and every registered class id followed by garbage, on TCP (before the
 * handshake and inside valid envelopes) and on UDP. The call survives: the three keep hearing each
 * other, nobody else's connection is closed, and a newcomer still gets in. Bounded by a case count
 * (seeded; {@code -Dfuzz.seed=N} for another run) and prints what it sent and what the host did.
 */
@Tag("network")
@NetworkTest
class FuzzTest {

  private static final long SEED = Long.getLong("fuzz.seed", 20L);
  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

  private final Random random = new Random(SEED);
  private final int tcpPort = FreePorts.tcp();
  private final int udpPort = FreePorts.udp();
  private final Tally tally = new Tally();

  @Test
  void garbageOfEveryKindFromStrangersAndAParticipantLeavesTheCallRunning() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(120),
        () -> {
          ScheduledExecutorService timers = Threads.scheduled("test-fuzz");
          List<PeerClient> peers = new ArrayList<>();
          List<Counting> heard = new ArrayList<>();
          HostServer host = HostServer.start(tcpPort, udpPort, "Fuzzed", null, CallEvents.IGNORED);
          try {
            for (String name : List.of("Ann", "Bob", "Cy")) {
              Counting events = new Counting();
              heard.add(events);
              peers.add(PeerClient.connect("127.0.0.1", tcpPort, udpPort, name, events, 10_000));
            }
            peers.forEach(peer -> callAtFullRate(peer, timers));
            Await.until(() -> heard.stream().allMatch(h -> h.frames.get() >= 30));
            int present = host.participantCount();
            long started = System.nanoTime();
            long[] before = frames(heard);

            strangers();
            datagrams(peers.get(0).participantId());
            participant(heard.get(0));

            long[] during = frames(heard);
            double seconds = (System.nanoTime() - started) / 1e9;
            Await.until(
                () -> {
                  long[] now = frames(heard);
                  return now[0] > during[0] + 30
                      && now[1] > during[1] + 30
                      && now[2] > during[2] + 30;
                });
            System.out.printf(
                "fuzz (seed %d, %.1f s): %s; host: %s, %s, %d envelopes rejected; frames heard"
                    + " per participant during it %s%n",
                SEED,
                seconds,
                tally,
                host.gateCounters(),
                host.datagramCounters(),
                host.rejectedCount(),
                Arrays.toString(difference(during, before)));

            for (int i = 0; i < heard.size(); i++) {
              assertThat(heard.get(i).ended).as("call ended for participant %d", i).isNull();
              assertThat(during[i] - before[i]).as("frames heard during the fuzz").isPositive();
            }
            assertThat(tally.strangerCases).isGreaterThan(100);
            assertThat(tally.sealedCases).isGreaterThan(50);
            assertThat(tally.fuzzerClosed).as("bad sealed messages close the fuzzer").isPositive();
            assertThat(host.datagramCounters().refused()).isGreaterThan(100);
            RecordingEvents newcomer = new RecordingEvents();
            try (PeerClient late =
                PeerClient.connect("127.0.0.1", tcpPort, udpPort, "Late", newcomer, 10_000)) {
              Await.until(() -> newcomer.present.size() >= 3);
              assertThat(newcomer.present.values()).contains("Ann", "Bob", "Cy");
            }
            // The fuzzer and the newcomer gone, the three are all that is left.
            Await.until(() -> host.participantCount() == present);
          } finally {
            timers.shutdownNow();
            peers.forEach(PeerClient::close);
            host.stop("test over");
          }
        });
  }

  /** Raw TCP from strangers: one case per connection, each read until the host hangs up. */
  private void strangers() throws Exception {
    for (int i = 0; i < 40; i++) {
      stranger(garbage(4096)); // random bytes, whatever length they announce
    }
    int[] lengths = {
      0,
      1,
      -1,
      Integer.MIN_VALUE,
      Integer.MAX_VALUE,
      HostPorts.STRANGER_READ_BYTES + 1,
      HostPorts.OBJECT_BUFFER_BYTES + 1
    };
    for (int length : lengths) {
      stranger(concat(lengthPrefix(length), garbage(64)));
      stranger(lengthPrefix(length));
    }
    // Every class id the host's transport could be asked about, with garbage after it.
    Kryo transport = new KryoSerialization().getKryo();
    WireClasses.register(transport);
    for (byte[] classBytes : classIds(transport)) {
      for (int variant = 0; variant < 3; variant++) {
        stranger(frame(concat(classBytes, garbage(variant == 0 ? 0 : 2000))));
      }
      // A length field claiming two gigabytes.
      stranger(frame(concat(classBytes, new byte[] {-1, -1, -1, -1, 7})));
    }
    // Mutations of a real first handshake message, alone and several in one frame.
    SecureRandom keys = new SecureRandom();
    byte[] hello = new HandshakeInitiator(IdentityKeyPair.generate(keys), keys).hello();
    byte[] handshake = frameBody(transport, new WireMessage.Handshake(hello));
    for (int i = 0; i < 30; i++) {
      stranger(frame(mutate(handshake)));
    }
    stranger(frame(concat(handshake, handshake, garbage(100))));
  }

  /** UDP: garbage, empty and oversized datagrams, and forged ones naming a participant. */
  private void datagrams(int someonesId) throws IOException {
    try (DatagramSocket udp = new DatagramSocket()) {
      List<byte[]> datagrams = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        datagrams.add(garbage(1400));
        datagrams.add(Datagrams.fromParticipant(someonesId, nonEmpty(garbage(200))));
      }
      datagrams.add(new byte[0]);
      datagrams.add(new byte[65_507]);
      datagrams.add(Datagrams.fromParticipant(someonesId, new byte[60_000]));
      datagrams.add(mutate(DiscoveryAnswer.request()));
      for (byte[] datagram : datagrams) {
        udp.send(new DatagramPacket(datagram, datagram.length, LOOPBACK, udpPort));
        tally.datagrams++;
      }
    }
  }

  /**
   * A participant that completed the handshake seals garbage: every class id the inner codec knows
   * followed by garbage, and mutations of each kind of valid message. One that breaks the protocol
   * is closed (and joins again); after each case a chat shows whether it was still in.
   */
  private void participant(Counting ann) throws Exception {
    Kryo inner = new Kryo();
    WireClasses.register(inner);
    Fuzzer fuzzer = new Fuzzer();
    for (byte[] classBytes : classIds(inner)) {
      fuzzer.send(classBytes, ann);
      fuzzer.send(concat(classBytes, garbage(16)), ann);
      fuzzer.send(concat(classBytes, garbage(600)), ann);
    }
    for (int round = 0; round < 4; round++) {
      for (WireMessage valid : validMessages(fuzzer.id())) {
        fuzzer.send(mutate(WireCodec.encode(valid)), ann);
      }
    }
    fuzzer.close();
  }

  private List<WireMessage> validMessages(int ownId) {
    long now = CallClock.nowMicros();
    return List.of(
        new WireMessage.Video(ownId, 7, now, nonEmpty(garbage(300))),
        new WireMessage.Audio(ownId, 7, now, 0, nonEmpty(garbage(80))),
        new WireMessage.Chat(ownId, System.currentTimeMillis(), "fuzz"),
        new WireMessage.VideoAck(1, 3),
        new WireMessage.KeyframeRequest(1),
        new WireMessage.MediaState(ownId, true, false),
        new WireMessage.Ping(now),
        new WireMessage.Pong(now, now),
        new WireMessage.UdpProbe(now, false),
        new WireMessage.Hello(3, "0.1.0", "Fuzz"),
        new WireMessage.Welcome(5, "Fuzzed", "Fuzz", new byte[16]),
        new WireMessage.ParticipantJoined(9, "Ghost"),
        new WireMessage.CallEnded("bye"),
        new WireMessage.Handshake(nonEmpty(garbage(100))),
        new WireMessage.Sealed(nonEmpty(garbage(100))),
        new WireMessage.Passphrase(nonEmpty(garbage(100))),
        new WireMessage.MemberKey(ownId, nonEmpty(garbage(100))),
        new WireMessage.SenderKey(ownId, 1, nonEmpty(garbage(100))));
  }

  /** A joined participant that sends what it is told to, and joins again when it is closed. */
  private final class Fuzzer {
    private Counting events;
    private PeerClient peer;
    private int chats;

    Fuzzer() throws NetException {
      join();
    }

    int id() {
      return peer.participantId();
    }

    void send(byte[] plaintext, Counting ann) throws Exception {
      tally.sealedCases++;
      peer.sendSealedBytesForTests(plaintext);
      // The host handles one connection's messages in order: the chat arrives only if the case
      // did not close us.
      String marker = "after case " + (++chats);
      peer.sendChat(marker);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (events.ended == null && !marker.equals(ann.lastChat)) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError(
              "neither closed nor heard after sealing "
                  + HexFormat.of().formatHex(plaintext)
                  + "; Ann's call ended: "
                  + ann.ended);
        }
        Thread.sleep(5);
      }
      if (events.ended != null) {
        tally.fuzzerClosed++;
        peer.close();
        join();
      }
    }

    private void join() throws NetException {
      events = new Counting();
      peer = PeerClient.connect("127.0.0.1", tcpPort, udpPort, "Fuzz", events, 10_000);
    }

    void close() {
      peer.close();
    }
  }

  private void stranger(byte[] bytes) throws IOException {
    tally.strangerCases++;
    try (Socket socket = new Socket(LOOPBACK, tcpPort)) {
      socket.setSoTimeout(150);
      try {
        OutputStream out = socket.getOutputStream();
        out.write(bytes);
        out.flush();
        InputStream in = socket.getInputStream();
        byte[] sink = new byte[4096];
        while (in.read(sink) >= 0) {
          // whatever the host answers before it hangs up
        }
        tally.strangersClosed++;
      } catch (SocketTimeoutException stillWaiting) {
        // The host waits for the rest of a frame: closing ours frees its place at the door.
      } catch (IOException reset) {
        tally.strangersClosed++;
      }
    }
  }

  /** The bytes Kryo writes for the class of each registration, ids 0 to 127. */
  private static List<byte[]> classIds(Kryo kryo) {
    List<byte[]> ids = new ArrayList<>();
    for (int id = 0; id < 128; id++) {
      Registration registration = kryo.getRegistration(id);
      if (registration != null) {
        Output output = new Output(8);
        kryo.writeClass(output, registration.getType());
        ids.add(output.toBytes());
      }
    }
    assertThat(ids).hasSizeGreaterThan(20);
    return ids;
  }

  private static byte[] frameBody(Kryo kryo, Object message) {
    Output output = new Output(4096);
    kryo.writeClassAndObject(output, message);
    return output.toBytes();
  }

  /** Flips, truncates, extends or duplicates part of {@code valid}, a few times over. */
  private byte[] mutate(byte[] valid) {
    byte[] bytes = valid.clone();
    for (int step = 1 + random.nextInt(3); step > 0; step--) {
      switch (random.nextInt(4)) {
        case 0 -> {
          if (bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
          }
        }
        case 1 -> bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
        case 2 -> bytes = concat(bytes, garbage(32));
        default -> {
          if (bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) (random.nextBoolean() ? 0 : -1);
          }
        }
      }
    }
    return bytes;
  }

  private byte[] garbage(int maxLength) {
    byte[] bytes = new byte[maxLength == 0 ? 0 : random.nextInt(maxLength + 1)];
    random.nextBytes(bytes);
    return bytes;
  }

  private byte[] nonEmpty(byte[] bytes) {
    return bytes.length > 0 ? bytes : new byte[] {(byte) random.nextInt()};
  }

  private static byte[] lengthPrefix(int length) {
    return new byte[] {
      (byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length
    };
  }

  /** KryoNet frames every object with a 4-byte big-endian length. */
  private static byte[] frame(byte[] body) {
    return concat(lengthPrefix(body.length), body);
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] joined = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, joined, at, part.length);
      at += part.length;
    }
    return joined;
  }

  /** A participant's camera and microphone: 30 frames and 50 voice packets a second. */
  private static void callAtFullRate(PeerClient peer, ScheduledExecutorService timers) {
    Random random = new Random(peer.participantId());
    byte[] frame = new byte[400];
    random.nextBytes(frame);
    byte[] voice = new byte[60];
    AtomicLong sequence = new AtomicLong();
    timers.scheduleAtFixedRate(
        () -> peer.sendVideo(sequence.incrementAndGet(), CallClock.nowMicros(), frame),
        0,
        33,
        TimeUnit.MILLISECONDS);
    timers.scheduleAtFixedRate(
        () -> peer.sendAudio(sequence.get(), CallClock.nowMicros(), 0, voice),
        0,
        20,
        TimeUnit.MILLISECONDS);
  }

  private static long[] frames(List<Counting> heard) {
    return heard.stream().mapToLong(events -> events.frames.get()).toArray();
  }

  private static long[] difference(long[] after, long[] before) {
    long[] difference = new long[after.length];
    for (int i = 0; i < after.length; i++) {
      difference[i] = after[i] - before[i];
    }
    return difference;
  }

  /** What the fuzzer sent and what came of it. */
  private static final class Tally {
    int strangerCases;
    int strangersClosed;
    int datagrams;
    int sealedCases;
    int fuzzerClosed;

    @Override
    public String toString() {
      return String.format(
          "%d stranger connections (%d closed by the host, the rest waiting for more bytes),"
              + " %d datagrams, %d sealed cases from a participant (%d closed it)",
          strangerCases, strangersClosed, datagrams, sealedCases, fuzzerClosed);
    }
  }

  /** What a participant heard. */
  private static final class Counting implements CallEvents {
    final AtomicLong frames = new AtomicLong();
    volatile String ended;
    volatile String lastChat;

    @Override
    public void participantJoined(int id, String name) {}

    @Override
    public void participantLeft(int id, String reason) {}

    @Override
    public void video(VideoPacket video) {
      frames.incrementAndGet();
    }

    @Override
    public void chat(ChatMessage chat) {
      lastChat = chat.text();
    }

    @Override
    public void keyframeRequested() {}

    @Override
    public void callEnded(String reason) {
      ended = reason;
    }
  }
}
