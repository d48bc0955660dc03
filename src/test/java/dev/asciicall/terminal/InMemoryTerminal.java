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

  /** The screen as a user would see it now. */
  AnsiTerminal screen(int columns, int rows) {
    return new AnsiTerminal(columns, rows).feed(output());
  }

  /** Waits, bounded, for something the program does on its own threads. */
  static void until(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting until " + what);
      }
      LockSupport.parkNanos(Duration.ofMillis(2).toNanos());
    }
  }

  @Override
  public void close() throws IOException {
    keyboard.close();
    terminal.close();
  }
}
