package dev.asciicall.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.asciicall.common.Threads;
import dev.asciicall.testing.FreePorts;
import dev.asciicall.testing.NetworkTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Leaving a call, again and again: the others hear "left the call" every time, and nothing goes
 * wrong behind the scenes. Leaving used to print a RejectedExecutionException now and then, when
 * KryoNet reported the close after the client's thread had been shut down.
 */
@NetworkTest
class LeavingTest {

  private final int tcpPort = FreePorts.tcp();
  private final int udpPort = FreePorts.udp();
  private final BlockingQueue<String> leaves = new LinkedBlockingQueue<>();
  private HostServer host;

  @AfterEach
  void stop() {
    if (host != null) {
      host.stop("test over");
    }
  }

  @Test
  void leavingAHundredTimesIsAnnouncedEachTimeAndLeavesNothingRunning() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(180),
        () -> {
          host = HostServer.start(tcpPort, udpPort, "Door", "Hal", new LeaveRecorder(leaves));
          List<Throwable> uncaught = new CopyOnWriteArrayList<>();
          List<Runnable> lateTasks = new CopyOnWriteArrayList<>();
          for (int round = 0; round < 100; round++) {
            List<Thread> networkThreads = new CopyOnWriteArrayList<>();
            ThreadFactory network =
                runnable -> {
                  Thread thread = Threads.named("test-client-update").newThread(runnable);
                  thread.setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
                  networkThreads.add(thread);
                  return thread;
                };
            // A task handed to the client's thread after it was shut down is recorded, not thrown.
            ScheduledThreadPoolExecutor events =
                new ScheduledThreadPoolExecutor(
                    1, Threads.named("test-client"), (task, executor) -> lateTasks.add(task));
            PeerClient ann =
                PeerClient.connect(
                    "127.0.0.1",
                    tcpPort,
                    udpPort,
                    JoinOptions.named("Ann"),
                    CallEvents.IGNORED,
                    5_000,
                    new ClientThreads(events, network));

            ann.close();

            // Once close() returns, KryoNet's and the UDP socket's threads are gone and nothing
            // can call back late.
            assertThat(networkThreads).hasSize(2);
            assertThat(networkThreads)
                .as("network threads, round %d", round)
                .noneMatch(Thread::isAlive);
            assertThat(events.isTerminated()).isTrue();
            assertThat(leaves.poll(10, TimeUnit.SECONDS)).isEqualTo("Ann: left the call");
          }
          assertThat(uncaught).isEmpty();
          assertThat(lateTasks).isEmpty();
          assertThat(host.participantCount()).isEqualTo(1);
        });
  }

  /** The host's view: who left, and why. */
  private static final class LeaveRecorder implements CallEvents {
    private final Map<Integer, String> names = new ConcurrentHashMap<>();
    private final BlockingQueue<String> leaves;

    LeaveRecorder(BlockingQueue<String> leaves) {
      this.leaves = leaves;
    }

    @Override
    public void participantJoined(int id, String name) {
      names.put(id, name);
    }

    @Override
    public void participantLeft(int id, String reason) {
      leaves.add(names.remove(id) + ": " + reason);
    }

    @Override
    public void video(VideoPacket video) {}

    @Override
    public void chat(ChatMessage chat) {}

    @Override
    public void keyframeRequested() {}

    @Override
    public void callEnded(String reason) {}
  }
}
