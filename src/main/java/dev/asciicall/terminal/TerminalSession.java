package dev.asciicall.terminal;

import dev.asciicall.common.Threads;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.spi.TerminalExt;
import org.jline.utils.InfoCmp;
import org.jline.utils.NonBlockingReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A terminal taken over for full-screen drawing (through JLine): raw keys, the alternate screen,
 * the cursor hidden, size and resize (SIGWINCH) events, Ctrl+C / SIGINT as a request to leave. It
 * is always given back as it was: on {@link #close()} (normal exit, or an exception through
 * try-with-resources) and, should the JVM be shut down first (SIGTERM, SIGHUP of a dropped SSH
 * session, {@code System.exit}), by a shutdown hook. Giving back is idempotent and comes after any
 * frame being written, never in the middle of one.
 *
 * <p>While the session is open, whatever the program prints to {@code System.out} or {@code
 * System.err} (log lines) is held back, as it would tear the picture, and printed after the
 * terminal is restored.
 *
 * <p>Threads: {@link #output()} from the render thread, {@link #read} from the key thread, the
 * listeners on JLine's signal thread; {@link #close()} from any thread.
 */
public final class TerminalSession implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TerminalSession.class);

  /** {@link #read} found nothing within its timeout. */
  public static final int TIMEOUT = NonBlockingReader.READ_EXPIRED;

  /** {@link #read}: the input is closed. */
  public static final int END_OF_INPUT = NonBlockingReader.EOF;

  private static final long RESTORE_WAIT_MILLIS = 1000;

  private final Terminal terminal;
  // Taken once: JLine's own shutdown hook may close the terminal before ours runs, after which
  // terminal.output() refuses, while the stream beneath still reaches the screen.
  private final OutputStream out;
  private final Attributes original;
  private final ReentrantLock writing = new ReentrantLock();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Thread shutdownHook;
  private final HeldBackOutput heldBack;
  private final boolean ownsTerminal;
  private volatile TerminalSize size;
  private volatile Runnable resized = () -> {};
  private volatile Runnable interrupted = () -> {};

  private TerminalSession(Terminal terminal, HeldBackOutput heldBack, boolean ownsTerminal) {
    this.terminal = terminal;
    this.heldBack = heldBack;
    this.ownsTerminal = ownsTerminal;
    this.out = terminal.output();
    this.size = sizeOf(terminal.getSize());
    this.original = terminal.enterRawMode();
    terminal.handle(Terminal.Signal.WINCH, signal -> onResize());
    terminal.handle(Terminal.Signal.INT, signal -> interrupted.run());
    this.shutdownHook = Threads.shutdownHook("terminal-restore", this::restore);
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    try {
      writeNow(TerminalSequences.ENTER);
    } catch (RuntimeException e) {
      close(); // nobody gets a session to close: give the terminal back now
      throw e;
    }
  }

  /**
   * Takes over the terminal this process runs in.
   *
   * @throws TerminalUnavailableException when standard input or output is not a terminal (a pipe, a
   *     file, CI), or it is a dumb terminal
   */
  public static TerminalSession openSystem() throws TerminalUnavailableException {
    if (System.console() == null) {
      throw new TerminalUnavailableException(
          "the terminal view needs an interactive terminal; standard input or output is redirected",
          null);
    }
    Terminal terminal;
    try {
      terminal =
          TerminalBuilder.builder()
              .system(true)
              .providers("jni,exec")
              .dumb(false)
              .nativeSignals(true)
              .encoding(StandardCharsets.UTF_8)
              .build();
    } catch (IOException | IllegalStateException e) {
      throw new TerminalUnavailableException("cannot use this terminal: " + e.getMessage(), e);
    }
    LOG.debug(
        "Terminal {} ({}x{}) through JLine's {} provider",
        terminal.getType(),
        terminal.getWidth(),
        terminal.getHeight(),
        terminal instanceof TerminalExt ext ? ext.getProvider().name() : "unknown");
    if (Terminal.TYPE_DUMB.equals(terminal.getType())
        || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())) {
      close(terminal);
      throw new TerminalUnavailableException(
          "the terminal view needs a terminal that can move the cursor (TERM is dumb)", null);
    }
    return new TerminalSession(terminal, HeldBackOutput.install(), true);
  }

  /**
   * Takes over a terminal built elsewhere (tests: JLine's terminal over in-memory streams), which
   * the caller closes after this session. The standard streams are left alone.
   */
  public static TerminalSession open(Terminal terminal) {
    return new TerminalSession(terminal, null, false);
  }

  public TerminalSize size() {
    return size;
  }

  /** The terminal's type ({@code TERM}) as JLine knows it, e.g. {@code xterm-256color}. */
  public String type() {
    return terminal.getType();
  }

  /** terminfo's {@code max_colors}, or -1 when the terminfo entry does not say. */
  public int maxColors() {
    Integer colors = terminal.getNumericCapability(InfoCmp.Capability.max_colors);
    return colors == null ? -1 : colors;
  }

  /** Runs on JLine's signal thread after the terminal was resized; {@link #size()} is new. */
  public void onResize(Runnable listener) {
    resized = listener;
  }

  /** Runs on a signal thread for SIGINT (Ctrl+C when the terminal sends it as a signal). */
  public void onInterrupt(Runnable listener) {
    interrupted = listener;
  }

  /**
   * The terminal's output. Each write goes out whole before a restore starts; after {@link
   * #close()} writes are dropped, so a late frame cannot draw over the shell.
   */
  public OutputStream output() {
    return new GuardedOutput();
  }

  /**
   * Reads one character of input, waiting at most {@code timeoutMillis}.
   *
   * @return the character, {@link #TIMEOUT} or {@link #END_OF_INPUT}
   */
  public int read(long timeoutMillis) throws IOException {
    if (closed.get()) {
      return END_OF_INPUT;
    }
    return terminal.reader().read(timeoutMillis);
  }

  public boolean isClosed() {
    return closed.get();
  }

  /** Gives the terminal back as it was; safe to call more than once and from any thread. */
  @Override
  public void close() {
    restore();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // The hook is running or has run: nothing to remove.
    }
  }

  /** The shutdown hook, for tests that cannot shut a JVM down. */
  Thread shutdownHook() {
    return shutdownHook;
  }

  private void onResize() {
    size = sizeOf(terminal.getSize());
    resized.run();
  }

  private void restore() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    boolean locked = false;
    try {
      // Let a frame being written finish; a terminal that stopped reading must not hang the exit.
      locked = writing.tryLock(RESTORE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      writeRestoreSequence();
      // The modes go back even when the screen could not be written to.
      terminal.setAttributes(original);
    } catch (RuntimeException e) {
      LOG.debug("Could not restore the terminal's modes", e);
    } finally {
      if (locked) {
        writing.unlock();
      }
      if (ownsTerminal) {
        close(terminal);
      }
      if (heldBack != null) {
        heldBack.release();
      }
    }
  }

  /**
   * The sequence that gives the screen back (normal screen, cursor, autowrap). Should the stream
   * fail (the terminal closed under us), this process's own terminal gets it directly.
   */
  private void writeRestoreSequence() {
    byte[] restore = TerminalSequences.RESTORE.getBytes(StandardCharsets.UTF_8);
    try {
      out.write(restore);
      out.flush();
      return;
    } catch (IOException | RuntimeException e) {
      LOG.debug("Could not write the terminal's restore sequence", e);
    }
    if (ownsTerminal) {
      try {
        // Not closed: it is standard output itself.
        OutputStream standardOutput = new FileOutputStream(FileDescriptor.out);
        standardOutput.write(restore);
        standardOutput.flush();
      } catch (IOException e) {
        LOG.debug("Could not write the restore sequence to standard output either", e);
      }
    }
  }

  private void writeNow(String text) {
    try {
      out.write(text.getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void close(Terminal terminal) {
    try {
      terminal.close();
    } catch (IOException | RuntimeException e) {
      LOG.debug("Could not close the terminal", e);
    }
  }

  private static TerminalSize sizeOf(Size size) {
    if (size == null || size.getColumns() < 1 || size.getRows() < 1) {
      return TerminalSize.FALLBACK;
    }
    return new TerminalSize(size.getColumns(), size.getRows());
  }

  /** Writes through to the terminal under the session's lock, or nowhere once closed. */
  private final class GuardedOutput extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      writing.lock();
      try {
        if (!closed.get()) {
          out.write(bytes, offset, length);
        }
      } finally {
        writing.unlock();
      }
    }

    @Override
    public void flush() throws IOException {
      writing.lock();
      try {
        if (!closed.get()) {
          out.flush();
        }
      } finally {
        writing.unlock();
      }
    }
  }
}
