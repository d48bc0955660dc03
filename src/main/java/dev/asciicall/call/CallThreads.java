package dev.asciicall.call;

import dev.asciicall.common.Threads;
import dev.asciicall.net.ClientThreads;
import dev.asciicall.net.HostThreads;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * The threads the window's calls run on: {@link #named()} in production; a test may pass its own
 * (inline executors, or timers on a clock it moves). Each call takes fresh ones from the suppliers
 * and shuts them down when it ends; the service shuts down {@code control} and {@code discovery}
 * when it closes.
 *
 * @param control starting, joining and leaving, one at a time in order ({@code call-control-N})
 * @param discovery LAN discovery, which blocks for a second ({@code call-discovery-N})
 * @param videoSend for each call: encodes our frames ({@code video-send-N})
 * @param host for each call we host: the host's threads
 * @param client for each call we join: the connection's threads
 */
public record CallThreads(
    ExecutorService control,
    ExecutorService discovery,
    Supplier<ExecutorService> videoSend,
    Supplier<HostThreads> host,
    Supplier<ClientThreads> client) {

  /** Named threads from {@link Threads}, as the window uses. */
  public static CallThreads named() {
    return new CallThreads(
        Threads.single("call-control"),
        Threads.single("call-discovery"),
        () -> Threads.single("video-send"),
        HostThreads::named,
        ClientThreads::named);
  }
}
