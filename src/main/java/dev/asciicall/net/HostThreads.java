package dev.asciicall.net;

import dev.asciicall.common.Threads;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;

/**
 * The threads a host runs on: {@link #named()} in production; a test may pass executors it controls
 * (timers on a clock it moves, say). The host owns them and shuts them down when it stops.
 *
 * @param host the one thread the call's state lives on ({@code net-host-N}): every decision, the
 *     relays, the hello deadline and the once-a-second flush
 * @param local the host's own participant: its events and the decoding behind them ({@code
 *     net-host-local-N}), so they never delay the relay
 * @param network makes KryoNet's update thread ({@code net-host-update-1}), which only reads and
 *     queues, and the UDP port's reading thread ({@code net-host-update-2})
 * @param fatal told, on the failing thread, when an error (out of memory, say) ends or breaks one
 *     of these threads: the host can no longer serve its call. It stops itself after this returns;
 *     a process that only hosts should rather end here, so a supervisor restarts it
 */
public record HostThreads(
    ScheduledExecutorService host,
    ExecutorService local,
    ThreadFactory network,
    Consumer<Throwable> fatal) {

  /** Threads whose fatal errors only stop the host. */
  public HostThreads(ScheduledExecutorService host, ExecutorService local, ThreadFactory network) {
    this(host, local, network, error -> {});
  }

  /** Named threads from {@link Threads}, as every real host uses. */
  public static HostThreads named() {
    return new HostThreads(
        Threads.scheduled("net-host"),
        Threads.single("net-host-local"),
        Threads.named("net-host-update"));
  }

  /** The same threads, with {@code handler} told of a fatal error. */
  public HostThreads withFatal(Consumer<Throwable> handler) {
    return new HostThreads(host, local, network, handler);
  }
}
