package dev.asciicall.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.asciicall.common.Threads;
import dev.asciicall.testing.Await;
import dev.asciicall.testing.ChildJvm;
import dev.asciicall.testing.FreePorts;
import dev.asciicall.testing.NetworkTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A relay on the internet meets strangers who connect and never finish: 500 that send nothing and
 * 500 that send a byte every half second (slow loris), against a host with a 128 MB heap while
 * three participants keep calling at full frame rate. Every one of them is closed by the host (at
 * once when over the caps, else at its deadline) and counted; the call never notices; and the
 * host's heap is back near where it started afterwards. Before, each idle connection pinned about
 * 1.1 MB until the host ran out of memory and stopped serving while looking alive.
 */
@Tag("network")
@NetworkTest
class FloodTest {

  private static final int IDLE = 500;
  private static final int SLOW = 500;
  private static final long HEAP_SLACK = 8L * 1024 * 1024;

  @Test
  void strangersAreClosedAndCountedWhileTheCallGoesOnAndTheHeapComesBack() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(150),
        () -> {
          int tcpPort = FreePorts.tcp();
          int udpPort = FreePorts.udp();
          ScheduledExecutorService timers = Threads.scheduled("test-flood");
          List<PeerClient> peers = new ArrayList<>();
          try (ChildJvm host =
              ChildJvm.start(
                  List.of("-Xmx128m", "-XX:+UseSerialGC"),
                  FloodHostMain.class.getName(),
                  Integer.toString(tcpPort),
                  Integer.toString(udpPort))) {
            host.awaitLine("ready"::equals, Duration.ofSeconds(30));
            List<Counting> heard = new ArrayList<>();
            for (String name : List.of("Ann", "Bob", "Cy")) {
              Counting events = new Counting();
              heard.add(events);
              peers.add(PeerClient.connect("127.0.0.1", tcpPort, udpPort, name, events, 10_000));
            }
            for (PeerClient peer : peers) {
              callAtFullRate(peer, timers);
            }
            awaitAll(heard, 60);
            long heapBefore = heap(host);

            long[] framesBefore = frames(heard);
            Flood flood = new Flood(tcpPort);
            timers.scheduleAtFixedRate(flood::trickle, 500, 500, TimeUnit.MILLISECONDS);
            flood.awaitAllClosed(Duration.ofSeconds(45));
            long[] framesDuring = frames(heard);

            host.send("door");
            String door = host.awaitLine(line -> line.startsWith("door"), Duration.ofSeconds(10));
            String[] counts = door.split(" ");
            long refused = Long.parseLong(counts[2]) + Long.parseLong(counts[3]);
            long overdue = Long.parseLong(counts[4]);

            // The heap comes back near its start (checked every 2 s, for 30 s at most).
            long heapAfter = heap(host);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (heapAfter > heapBefore + HEAP_SLACK && System.nanoTime() < deadline) {
              TimeUnit.SECONDS.sleep(2);
              heapAfter = heap(host);
            }
            System.out.printf(
                "flood: %d strangers closed by the host in %.1f s (%d refused at the door, %d at"
                    + " their deadline); frames received per participant during it %s; heap %d KB"
                    + " before, %d KB after%n",
                IDLE + SLOW,
                flood.seconds,
                refused,
                overdue,
                java.util.Arrays.toString(difference(framesDuring, framesBefore)),
                heapBefore / 1024,
                heapAfter / 1024);

            assertThat(refused + overdue).isGreaterThanOrEqualTo(IDLE + SLOW);
            for (int i = 0; i < heard.size(); i++) {
              // Two senders at 30 fps: at least a third of that, whatever the machine's load.
              assertThat(framesDuring[i] - framesBefore[i])
                  .as("frames %s heard during the flood", List.of("Ann", "Bob", "Cy").get(i))
                  .isGreaterThan((long) (20 * flood.seconds));
              assertThat(heard.get(i).ended).isNull();
            }
            host.send("participants");
            assertThat(
                    host.awaitLine(line -> line.startsWith("participants"), Duration.ofSeconds(10)))
                .isEqualTo("participants 4");
            assertThat(heapAfter).isLessThanOrEqualTo(heapBefore + HEAP_SLACK);
          } finally {
            timers.shutdownNow();
            peers.forEach(PeerClient::close);
          }
        });
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

  private static void awaitAll(List<Counting> heard, int frames) throws InterruptedException {
    Await.until(() -> heard.stream().allMatch(events -> events.frames.get() >= frames));
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

  private static long heap(ChildJvm host) throws InterruptedException {
    host.send("heap");
    String line = host.awaitLine(answer -> answer.startsWith("heap "), Duration.ofSeconds(30));
    return Long.parseLong(line.substring(5));
  }

  /** What a participant heard. */
  private static final class Counting implements CallEvents {
    final AtomicLong frames = new AtomicLong();
    volatile String ended;

    @Override
    public void participantJoined(int id, String name) {}

    @Override
    public void participantLeft(int id, String reason) {}

    @Override
    public void video(VideoPacket video) {
      frames.incrementAndGet();
    }

    @Override
    public void chat(ChatMessage chat) {}

    @Override
    public void keyframeRequested() {}

    @Override
    public void callEnded(String reason) {
      ended = reason;
    }
  }

  /** The strangers: idle ones and slow ones, watched until the host has closed every one. */
  private static final class Flood {
    private final Selector selector = Selector.open();
    private final List<SocketChannel> slow = new ArrayList<>();
    private int ticks;
    private final Set<SocketChannel> open = new HashSet<>();
    private final long started = System.nanoTime();
    private volatile double seconds;

    Flood(int port) throws IOException {
      InetSocketAddress host = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
      for (int i = 0; i < IDLE + SLOW; i++) {
        SocketChannel channel = SocketChannel.open(host);
        channel.configureBlocking(false);
        channel.register(selector, SelectionKey.OP_READ);
        open.add(channel);
        if (i % 2 == 1) {
          synchronized (slow) {
            slow.add(channel);
          }
        }
      }
    }

    /**
     * A timer thread, every half second: one more byte of a message that never completes (a frame
     * announcing 256 bytes, then its body a byte at a time).
     */
    void trickle() {
      synchronized (slow) {
        ticks++;
        byte next = ticks == 3 ? (byte) 1 : 0;
        slow.removeIf(
            channel -> {
              try {
                channel.write(ByteBuffer.wrap(new byte[] {next}));
                return false;
              } catch (IOException closedByTheHost) {
                return true;
              }
            });
      }
    }

    /** Reads until every connection has been closed by the host (end of stream or reset). */
    void awaitAllClosed(Duration limit) throws IOException {
      long deadline = System.nanoTime() + limit.toNanos();
      ByteBuffer sink = ByteBuffer.allocate(4096);
      while (!open.isEmpty()) {
        assertThat(System.nanoTime()).as("all strangers closed in time").isLessThan(deadline);
        selector.select(500);
        for (SelectionKey key : selector.selectedKeys()) {
          SocketChannel channel = (SocketChannel) key.channel();
          boolean closed;
          try {
            sink.clear();
            closed = channel.read(sink) < 0;
          } catch (IOException reset) {
            closed = true;
          }
          if (closed) {
            key.cancel();
            channel.close();
            open.remove(channel);
          }
        }
        selector.selectedKeys().clear();
      }
      seconds = (System.nanoTime() - started) / 1e9;
      selector.close();
    }
  }
}
