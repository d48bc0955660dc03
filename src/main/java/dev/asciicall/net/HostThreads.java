package dev.asciicall.net;

import dev.asciicall.common.Threads;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;

/**
 * The threads a host runs on: {@link #named()} in production; a test may pass executors it controls
 * (timers on a clock it moves, say). The host owns them and shuts them down when it stops.
 *
 * @param host the one thread the call's state lives on ({@code net-host-N}): every decision, the
 *     relays, the hello deadline and the once-a-second flush
 * @param local the host's own participant: its events and the decoding behind them ({@code
 *     net-host-local-N}), so they never delay the relay
 * @param network makes KryoNet's update thread ({@code net-host-update-N}), which only reads and
 *     queues
 */
public record HostThreads(
    ScheduledExecutorService host, ExecutorService local, ThreadFactory network) {

  /** Named threads from {@link Threads}, as every real host uses. */
  public static HostThreads named() {
    return new HostThreads(
        Threads.scheduled("net-host"),
        Threads.single("net-host-local"),
        Threads.named("net-host-update"));
  }
}
