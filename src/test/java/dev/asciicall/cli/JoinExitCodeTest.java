package dev.asciicall.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.asciicall.common.Threads;
import dev.asciicall.net.CallEvents;
import dev.asciicall.net.HostServer;
import dev.asciicall.testing.FreePorts;
import dev.asciicall.testing.NetworkTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A script can tell how a headless join ended: 0 when the host ended the call (or the time was up),
 * 3 when the connection to the host was lost mid-call. A lost host used to exit 0 like a finished
 * call.
 */
@Tag("network")
@NetworkTest
class JoinExitCodeTest {

  private final int tcpPort = FreePorts.tcp();
  private final int udpPort = FreePorts.udp();
  private final ExecutorService threads = Executors.newCachedThreadPool(Threads.named("test-join"));
  private final List<Socket> proxied = new CopyOnWriteArrayList<>();
  private HostServer host;

  @AfterEach
  void stop() {
    threads.shutdownNow();
    if (host != null) {
      host.stop("test over");
    }
  }

  @Test
  void aLostHostExitsThree() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          host = HostServer.start(tcpPort, udpPort, "Lost", null, CallEvents.IGNORED);
          ServerSocket proxy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
          threads.execute(() -> proxyOnce(proxy));
          CompletableFuture<Integer> exit = join(proxy.getLocalPort());
          awaitJoined();

          // The network between them fails: both sockets close, and the host never says goodbye.
          for (Socket socket : proxied) {
            socket.close();
          }
          proxy.close();

          assertThat(exit.get(30, TimeUnit.SECONDS)).isEqualTo(Cli.EXIT_LOST_HOST);
        });
  }

  @Test
  void aCallTheHostEndsExitsZero() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          host = HostServer.start(tcpPort, udpPort, "Ended", null, CallEvents.IGNORED);
          CompletableFuture<Integer> exit = join(tcpPort);
          awaitJoined();

          host.stop("the host ended the call");

          assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
        });
  }

  private CompletableFuture<Integer> join(int port) {
    return CompletableFuture.supplyAsync(
        () -> {
          CommandLine commandLine = Cli.commandLine(args -> {}, (columns, frames) -> "{}");
          commandLine.setOut(new PrintWriter(new StringWriter()));
          commandLine.setErr(new PrintWriter(new StringWriter()));
          return commandLine.execute(
              "join",
              "127.0.0.1:" + port,
              "--udp-port",
              Integer.toString(udpPort),
              "--headless",
              "--duration",
              "50",
              "--fps",
              "5");
        },
        threads);
  }

  /** Until the join is in the call: it sends frames, so it is past joining. */
  private void awaitJoined() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (host.counters().framesIn() == 0) {
      assertThat(System.nanoTime()).as("joined in time").isLessThan(deadline);
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }

  private void proxyOnce(ServerSocket proxy) {
    try {
      Socket client = proxy.accept();
      Socket server = new Socket(InetAddress.getLoopbackAddress(), tcpPort);
      proxied.add(client);
      proxied.add(server);
      threads.execute(() -> pump(client, server));
      pump(server, client);
    } catch (IOException e) {
      // Cut by the test.
    }
  }

  private static void pump(Socket from, Socket to) {
    byte[] buffer = new byte[8192];
    try {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      int read;
      while ((read = in.read(buffer)) >= 0) {
        out.write(buffer, 0, read);
        out.flush();
      }
    } catch (IOException e) {
      // One side closed: the pump ends.
    }
  }
}
