package dev.asciicall.testing;

import dev.asciicall.common.Threads;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A Java program under test in a process of its own, on this test run's class path, for what only a
 * whole process shows: its heap limit, its exit code, what it prints, how it takes a signal. Its
 * output is collected line by line; waits are for a line or the exit, always bounded.
 */
public final class ChildJvm implements AutoCloseable {

  /** Settings the tests' own JVM has (surefire's), which the child needs too. */
  private static final List<String> PASSED_ON =
      List.of("asciicall.config.dir", "asciicall.prefs.node", "java.awt.headless");

  private final Process process;
  private final PrintWriter in;
  private final List<String> out = new CopyOnWriteArrayList<>();
  private final List<String> err = new CopyOnWriteArrayList<>();
  private final BlockingQueue<String> unread = new LinkedBlockingQueue<>();

  private ChildJvm(Process process) {
    this.process = process;
    this.in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    pump(process.getInputStream(), out, true);
    pump(process.getErrorStream(), err, false);
  }

  /** Starts {@code mainClass} with {@code args}, under {@code jvmOptions}. */
  public static ChildJvm start(List<String> jvmOptions, String mainClass, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmOptions);
    for (String property : PASSED_ON) {
      String value = System.getProperty(property);
      if (value != null) {
        command.add("-D" + property + "=" + value);
      }
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(List.of(args));
    return new ChildJvm(new ProcessBuilder(command).start());
  }

  public long pid() {
    return process.pid();
  }

  /** Standard output so far, line by line. */
  public List<String> out() {
    return List.copyOf(out);
  }

  /** Standard error so far, line by line. */
  public List<String> err() {
    return List.copyOf(err);
  }

  /** Writes one line to its standard input. */
  public void send(String line) {
    in.println(line);
  }

  /**
   * The next line on standard output that matches, skipping others, within {@code timeout}.
   *
   * @throws AssertionError if none came in time (naming what it printed)
   */
  public String awaitLine(Predicate<String> matches, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      String line = left > 0 ? unread.poll(left, TimeUnit.NANOSECONDS) : null;
      if (line == null) {
        throw new AssertionError(
            "no matching line within " + timeout + "; out: " + out + "; err: " + err);
      }
      if (matches.test(line)) {
        return line;
      }
    }
  }

  /** Sends a signal ({@code INT}, {@code TERM}) as a terminal or a service manager would. */
  public void signal(String name) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid())).start();
    if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
      throw new IOException("kill -" + name + " failed");
    }
  }

  /** Its exit code, once it has ended; an error if it still runs after {@code timeout}. */
  public int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("still running after " + timeout + "; out: " + out);
    }
    return process.exitValue();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
    }
  }

  private void pump(InputStream stream, List<String> lines, boolean queued) {
    Thread pump =
        Threads.named("child-jvm-output")
            .newThread(
                () -> {
                  try (BufferedReader reader =
                      new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = reader.readLine()) != null) {
                      lines.add(line);
                      if (queued) {
                        unread.add(line);
                      }
                    }
                  } catch (IOException e) {
                    // The process ended.
                  }
                });
    pump.start();
  }
}
