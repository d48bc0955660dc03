package dev.asciicall.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.asciicall.testing.FreePorts;
import dev.asciicall.testing.NetworkTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The host's own participant is one more seat in the call: it never holds up the relay. */
@NetworkTest
class HostTakesPartTest {

  private static final long LAST = 1_000_000;

  private final int tcpPort = FreePorts.tcp();
  private final int udpPort = FreePorts.udp();
  private final CountDownLatch frozen = new CountDownLatch(1);
  private final List<PeerClient> peers = new ArrayList<>();
  private HostServer host;

  @AfterEach
  void stopAll() {
    frozen.countDown();
    peers.forEach(PeerClient::close);
    if (host != null) {
      host.stop("test over");
    }
  }

  @Test
  void aHostWhoseOwnViewFreezesStillRelaysEveryonesVideo() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          // The host's own participant takes the first frame it can open and never returns, like a
          // frozen window.
          Frames hostView = new Frames(frozen);
          host = HostServer.start(tcpPort, udpPort, "Standup", "Hal", hostView);
          PeerClient ann = join("Ann", new Frames(null));
          Frames bob = new Frames(null);
          join("Bob", bob);
          // Keys reach the others shortly after the joins, and frames sealed before are dropped:
          // Ann sends until the host's view froze on one and Bob has one, pacing on the answer.
          CompletableFuture<?> bothSawOne = CompletableFuture.allOf(hostView.first, bob.first);
          for (long sequence = 0; !bothSawOne.isDone() && sequence < 1_000; sequence++) {
            ann.sendVideo(sequence, CallClock.nowMicros(), payload(sequence));
            try {
              bothSawOne.get(10, TimeUnit.MILLISECONDS);
            } catch (TimeoutException nextFrame) {
              // not yet
            }
          }
          assertThat(bothSawOne).isDone();

          ann.sendVideo(LAST, CallClock.nowMicros(), payload(LAST));

          assertThat(bob.last.get(20, TimeUnit.SECONDS).payload()).isEqualTo(payload(LAST));
          assertThat(hostView.frames).hasSize(1);
        });
  }

  private PeerClient join(String name, CallEvents events) throws NetException {
    PeerClient peer = PeerClient.connect("127.0.0.1", tcpPort, udpPort, name, events, 5_000);
    peers.add(peer);
    return peer;
  }

  private static byte[] payload(long sequence) {
    return ("frame " + sequence).getBytes(StandardCharsets.UTF_8);
  }

  /** Frames as they arrive: the first, the last one sent; optionally freezes after the first. */
  private static final class Frames extends RecordingEvents {
    final List<VideoPacket> frames = new java.util.concurrent.CopyOnWriteArrayList<>();
    final CompletableFuture<VideoPacket> first = new CompletableFuture<>();
    final CompletableFuture<VideoPacket> last = new CompletableFuture<>();
    private final CountDownLatch freeze;

    Frames(CountDownLatch freeze) {
      this.freeze = freeze;
    }

    @Override
    public void video(VideoPacket video) {
      frames.add(video);
      first.complete(video);
      if (video.sequence() == LAST) {
        last.complete(video);
      }
      if (freeze != null) {
        try {
          freeze.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }
}
