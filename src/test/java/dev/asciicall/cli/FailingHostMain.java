package dev.asciicall.cli;

import dev.asciicall.common.Threads;
import dev.asciicall.net.HostThreads;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import picocli.CommandLine;

/**
 * {@code host --headless} in a process of its own (see {@link FatalErrorTest}), on threads of which
 * one can be made to fail: after a line {@code fail} on standard input, the next time KryoNet's
 * update thread hands work to the host thread, allocating it throws {@link OutOfMemoryError}, as it
 * would on a host whose heap is exhausted.
 */
public final class FailingHostMain {

  private FailingHostMain() {}

  public static void main(String[] args) {
    FailingScheduler hostThread = new FailingScheduler();
    Threads.named("failing-host-control").newThread(() -> armOnRequest(hostThread)).start();
    HostCommand host =
        new HostCommand(
            ignored -> {},
            () ->
                new HostThreads(
                    hostThread,
                    Threads.single("net-host-local"),
                    Threads.named("net-host-update")));
    System.exit(new CommandLine(host).execute(args));
  }

  private static void armOnRequest(FailingScheduler hostThread) {
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.strip().equals("fail")) {
          hostThread.armed = true;
          System.out.println("armed");
        }
      }
    } catch (IOException e) {
      // The test went away; so does this process, soon.
    }
  }

  /** The host thread; once armed, handing it work from the update thread runs out of memory. */
  private static final class FailingScheduler extends ScheduledThreadPoolExecutor {
    volatile boolean armed;

    FailingScheduler() {
      super(1, Threads.named("net-host"));
    }

    @Override
    public void execute(Runnable command) {
      if (armed && Thread.currentThread().getName().startsWith("net-host-update")) {
        throw new OutOfMemoryError("Java heap space");
      }
      super.execute(command);
    }
  }
}
