package dev.asciicall.terminal;

import dev.asciicall.testing.AnsiTerminal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * JLine's own terminal over in-memory streams: the test types into it and reads back every byte the
 * program wrote, which {@link AnsiTerminal} turns into the screen a user would see.
 */
final class InMemoryTerminal implements AutoCloseable {

  final Terminal terminal;
  private final PipedOutputStream keyboard;
  private final ByteArrayOutputStream written = new ByteArrayOutputStream();
  private AnsiTerminal live;
  private int fed;

  InMemoryTerminal(int columns, int rows) throws IOException {
    keyboard = new PipedOutputStream();
    PipedInputStream input = new PipedInputStream(keyboard, 4096);
    terminal =
        TerminalBuilder.builder()
            .system(false)
            // The exec provider's terminal is JLine's line discipline in plain Java, no pty.
            .providers("exec")
            .streams(input, written)
            .type("xterm-256color")
            .size(new Size(columns, rows))
            .encoding(StandardCharsets.UTF_8)
            .build();
  }

  void type(String keys) throws IOException {
    keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
    keyboard.flush();
  }

  void resize(int columns, int rows) {
    terminal.setSize(new Size(columns, rows));
    terminal.raise(Terminal.Signal.WINCH);
  }

  byte[] output() {
    synchronized (written) {
      return written.toByteArray();
    }
  }

  String outputText() {
    return new String(output(), StandardCharsets.UTF_8);
  }

  /**
   * The screen as a user would see it now, kept up to date from where the last call left off (for
   * tests that look many times at a long-running screen).
   */
  synchronized AnsiTerminal live(int columns, int rows) {
    if (live == null) {
      live = new AnsiTerminal(columns, rows);
    }
    byte[] all = output();
    int end = all.length;
    // Never cut a UTF-8 sequence: stop before a lead byte whose continuation has not come yet.
    for (int back = 1; back <= 3 && end - back >= fed; back++) {
      int b = all[end - back] & 0xFF;
      if ((b & 0xC0) != 0x80) {
        int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        if (length > back) {
          end -= back;
        }
        break;
      }
    }
    if (end > fed) {
      live.feed(java.util.Arrays.copyOfRange(all, fed, end));
      fed = end;
    }
    return live;
  }

  /** The screen as a user would see it now. */
  AnsiTerminal screen(int columns, int rows) {
    return new AnsiTerminal(columns, rows).feed(output());
  }

  /** Waits, bounded, for something the program does on its own threads. */
  static void until(BooleanSupplier condition, String what) {
    until(condition, what, Duration.ofSeconds(10), Duration.ofMillis(2));
  }

  /** As {@link #until(BooleanSupplier, String)} for a real call: longer, and polled less often. */
  static void untilInACall(BooleanSupplier condition, String what) {
    until(condition, what, Duration.ofSeconds(40), Duration.ofMillis(20));
  }

  private static void until(
      BooleanSupplier condition, String what, Duration limit, Duration interval) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting until " + what);
      }
      LockSupport.parkNanos(interval.toNanos());
    }
  }

  @Override
  public void close() throws IOException {
    keyboard.close();
    terminal.close();
  }
}
