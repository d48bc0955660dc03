package dev.asciicall.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.esotericsoftware.kryonet.Client;
import com.esotericsoftware.kryonet.Connection;
import com.esotericsoftware.kryonet.Listener;
import dev.asciicall.common.Threads;
import dev.asciicall.net.wire.WireClasses;
import dev.asciicall.testing.FreePorts;
import dev.asciicall.testing.ManualScheduler;
import dev.asciicall.testing.NetworkTest;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A connection that never says hello is closed 5 s after it connected, on a host thread whose clock
 * the test moves: the deadline is checked to the millisecond without waiting five real seconds.
 */
@NetworkTest
class HelloDeadlineTest {

  private final int tcpPort = FreePorts.tcp();
  private final int udpPort = FreePorts.udp();
  private final ManualScheduler hostThread = new ManualScheduler("test-host");
  private final Client silent = new Client(PeerClient.WRITE_BUFFER_BYTES, 2048);
  private HostServer host;

  @AfterEach
  void stop() {
    silent.stop();
    if (host != null) {
      host.stop("test over");
    }
  }

  @Test
  void aSilentConnectionIsClosedWhenItsFiveSecondsAreUpAndNotBefore() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          host =
              HostServer.start(
                  tcpPort,
                  udpPort,
                  HostOptions.of("Door", "Hal"),
                  CallEvents.IGNORED,
                  new HostThreads(
                      hostThread,
                      Threads.single("test-host-local"),
                      Threads.named("test-host-update")));
          CountDownLatch closed = new CountDownLatch(1);
          WireClasses.registerTransport(silent.getKryo());
          silent.addListener(
              new Listener() {
                @Override
                public void disconnected(Connection connection) {
                  closed.countDown();
                }
              });
          silent.start();
          silent.connect(5_000, "127.0.0.1", tcpPort, udpPort);
          // The host's once-a-second flush and ping, and the deadline it sets when the connection
          // comes.
          hostThread.awaitTimers(3, Duration.ofSeconds(10));

          hostThread.advance(Duration.ofMillis(Admission.HELLO_TIMEOUT_MILLIS - 1));
          assertThat(closed.getCount()).isEqualTo(1);
          assertThat(silent.isConnected()).isTrue();

          hostThread.advance(Duration.ofMillis(1));
          assertThat(closed.await(10, TimeUnit.SECONDS)).isTrue();
        });
  }
}
