package dev.asciicall.terminal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code System.out} and {@code System.err} held in memory while the terminal shows the call, and
 * printed to the real streams once it is given back. Keeps the newest {@link #LIMIT} bytes of each.
 *
 * <p>Threads: installed and released by whichever thread opens and gives back the session.
 */
final class HeldBackOutput {

  private static final int LIMIT = 256 * 1024;

  private final PrintStream realOut;
  private final PrintStream realErr;
  private final BoundedBuffer out = new BoundedBuffer(LIMIT);
  private final BoundedBuffer err = new BoundedBuffer(LIMIT);

  private HeldBackOutput(PrintStream realOut, PrintStream realErr) {
    this.realOut = realOut;
    this.realErr = realErr;
  }

  static HeldBackOutput install() {
    HeldBackOutput held = new HeldBackOutput(System.out, System.err);
    System.setOut(new PrintStream(held.out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(held.err, true, StandardCharsets.UTF_8));
    return held;
  }

  void release() {
    System.setOut(realOut);
    System.setErr(realErr);
    realOut.write(out.drain(), 0, out.size());
    realOut.flush();
    realErr.write(err.drain(), 0, err.size());
    realErr.flush();
  }

  /** A byte sink that keeps only its newest {@code limit} bytes. */
  private static final class BoundedBuffer extends ByteArrayOutputStream {
    private final int limit;

    BoundedBuffer(int limit) {
      this.limit = limit;
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
      super.write(bytes, offset, length);
      if (count > limit) {
        int drop = count - limit;
        System.arraycopy(buf, drop, buf, 0, limit);
        count = limit;
      }
    }

    @Override
    public synchronized void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    synchronized byte[] drain() {
      return toByteArray();
    }
  }
}
