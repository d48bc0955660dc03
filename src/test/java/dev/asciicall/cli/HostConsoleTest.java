package dev.asciicall.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.asciicall.net.CallEvents;
import dev.asciicall.net.HostServer;
import dev.asciicall.net.NetException;
import dev.asciicall.net.NetFailure;
import dev.asciicall.net.PeerClient;
import dev.asciicall.testing.Await;
import dev.asciicall.testing.FreePorts;
import dev.asciicall.testing.NetworkTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The headless host's typed controls, against a real host on 127.0.0.1. */
@NetworkTest
class HostConsoleTest {

  @Test
  void lockUnlockAndRemoveWorkAndAnswerInOneLine() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          int tcpPort = FreePorts.tcp();
          int udpPort = FreePorts.udp();
          HostServer host = HostServer.start(tcpPort, udpPort, "Console", null, CallEvents.IGNORED);
          try {
            HostConsole console = new HostConsole(host, System.out);
            assertThat(console.execute("lock")).contains("locked");
            assertThatThrownBy(() -> join(tcpPort, udpPort, CallEvents.IGNORED))
                .isInstanceOfSatisfying(
                    NetException.class,
                    e -> assertThat(e.failure()).isEqualTo(NetFailure.CALL_LOCKED));
            assertThat(console.execute("  UNLOCK ")).contains("open again");
            CountDownLatch ended = new CountDownLatch(1);
            try (PeerClient ann = join(tcpPort, udpPort, new Ending(ended))) {
              assertThat(console.execute("remove #" + ann.participantId()))
                  .isEqualTo(
                      "removed #" + ann.participantId() + "; everyone renews their media keys");
              assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(console.execute("remove 99")).isEqualTo("no participant #99");
            assertThat(console.execute("remove Ann")).startsWith("usage: remove N");
            assertThat(console.execute("kick 1")).startsWith("unknown command 'kick'");
          } finally {
            host.stop("test over");
          }
        });
  }

  @Test
  void linesAreReadUntilTheInputEnds() throws Exception {
    int tcpPort = FreePorts.tcp();
    HostServer host =
        HostServer.start(tcpPort, FreePorts.udp(), "Console", null, CallEvents.IGNORED);
    try {
      ByteArrayOutputStream printed = new ByteArrayOutputStream();
      PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
      new HostConsole(host, out)
          .start(new ByteArrayInputStream("lock\n\nhelp\n".getBytes(StandardCharsets.UTF_8)));
      Await.until(() -> printed.toString(StandardCharsets.UTF_8).lines().count() >= 2);
      assertThat(printed.toString(StandardCharsets.UTF_8).lines())
          .containsExactly("the call is locked: nobody new can join", HostConsole.HELP);
      assertThat(host.locked()).isTrue();
    } finally {
      host.stop("test over");
    }
  }

  private static PeerClient join(int tcpPort, int udpPort, CallEvents events) throws NetException {
    return PeerClient.connect("127.0.0.1", tcpPort, udpPort, "Ann", events, 5_000);
  }

  /** Counts down when the call ends for the participant. */
  private record Ending(CountDownLatch ended) implements CallEvents {
    @Override
    public void participantJoined(int id, String name) {}

    @Override
    public void participantLeft(int id, String reason) {}

    @Override
    public void video(dev.asciicall.net.VideoPacket video) {}

    @Override
    public void chat(dev.asciicall.net.ChatMessage chat) {}

    @Override
    public void keyframeRequested() {}

    @Override
    public void callEnded(String reason) {
      ended.countDown();
    }
  }
}
