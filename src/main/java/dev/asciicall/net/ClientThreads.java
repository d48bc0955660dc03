package dev.asciicall.net;

import dev.asciicall.common.Threads;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;

/**
 * The threads a participant's connection runs on: {@link #named()} in production; a test may pass
 * its own. The client owns them and shuts them down when it leaves.
 *
 * @param events the one thread the connection's state lives on ({@code net-client-N}): the
 *     handshake, every message in order, its {@link CallEvents}, pings and UDP probes
 * @param network makes KryoNet's update thread ({@code net-client-update-1}), which only queues,
 *     and the UDP socket's reading thread ({@code net-client-update-2})
 * @param fatal told, on the failing thread, when an error (out of memory, say) ends or breaks one
 *     of these threads; the participant then leaves the call ("the connection failed")
 */
public record ClientThreads(
    ScheduledExecutorService events, ThreadFactory network, Consumer<Throwable> fatal) {

  /** Threads whose fatal errors only end the call. */
  public ClientThreads(ScheduledExecutorService events, ThreadFactory network) {
    this(events, network, error -> {});
  }

  /** Named threads from {@link Threads}, as every real participant uses. */
  public static ClientThreads named() {
    return new ClientThreads(Threads.scheduled("net-client"), Threads.named("net-client-update"));
  }

  /** The same threads, with {@code handler} told of a fatal error. */
  public ClientThreads withFatal(Consumer<Throwable> handler) {
    return new ClientThreads(events, network, handler);
  }
}
