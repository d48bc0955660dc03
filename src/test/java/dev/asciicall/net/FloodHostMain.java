package dev.asciicall.net;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;

/**
 * A headless host in a process of its own, for {@link FloodTest}: it prints {@code ready}, then
 * answers lines on standard input: {@code heap} (collect garbage, then print the heap in use),
 * {@code door} (the {@link GateCounters}), {@code participants}; {@code stop} ends it. A fatal
 * error prints one line and exits 1, as the real headless host does.
 */
public final class FloodHostMain {

  private FloodHostMain() {}

  public static void main(String[] args) throws Exception {
    HostServer host =
        HostServer.start(
            Integer.parseInt(args[0]),
            Integer.parseInt(args[1]),
            HostOptions.of("Flood", null),
            CallEvents.IGNORED,
            HostThreads.named()
                .withFatal(
                    error -> {
                      System.out.println("fatal " + error);
                      Runtime.getRuntime().halt(1);
                    }));
    System.out.println("ready");
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        switch (line.strip()) {
          case "heap" -> System.out.println("heap " + heapAfterCollection());
          case "door" -> {
            GateCounters door = host.gateCounters();
            System.out.printf(
                "door %d %d %d %d%n",
                door.strangers(), door.refusedTotal(), door.refusedPerAddress(), door.overdue());
          }
          case "participants" -> System.out.println("participants " + host.participantCount());
          case "stop" -> {
            host.stop("test over");
            return;
          }
          default -> System.out.println("unknown " + line);
        }
      }
    }
  }

  private static long heapAfterCollection() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    return heap.getUsed();
  }
}
