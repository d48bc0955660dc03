package dev.asciicall.net;

import dev.asciicall.common.Threads;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;

/**
 * The threads a participant's connection runs on: {@link #named()} in production; a test may pass
 * its own. The client owns them and shuts them down when it leaves.
 *
 * @param events the one thread the connection's state lives on ({@code net-client-N}): the
 *     handshake, every message in order, its {@link CallEvents}, pings and UDP probes
 * @param network makes KryoNet's update thread ({@code net-client-update-N}), which only queues
 */
public record ClientThreads(ScheduledExecutorService events, ThreadFactory network) {

  /** Named threads from {@link Threads}, as every real participant uses. */
  public static ClientThreads named() {
    return new ClientThreads(Threads.scheduled("net-client"), Threads.named("net-client-update"));
  }
}
