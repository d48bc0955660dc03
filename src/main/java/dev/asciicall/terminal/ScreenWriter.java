package dev.asciicall.terminal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Puts screens on a terminal: each {@link #write} brings the colours down to the terminal's {@link
 * ColorLevel}, works out what differs from what the terminal shows ({@link ScreenDiff}) and hands
 * it over in one write and one flush. A slow terminal makes that write block, which is what paces
 * the refreshes (see {@link RefreshLoop}).
 *
 * <p>Thread: {@link #write} on the render thread only; {@link #redrawAll} from any thread.
 */
public final class ScreenWriter {

  private final OutputStream out;
  private final ColorLevel level;
  private final AnsiBuffer buffer = new AnsiBuffer(64 * 1024);
  private Screen shown = new Screen(1, 1);
  private Screen next = new Screen(1, 1);
  // Set from the key and signal threads, taken by the render thread.
  private final AtomicBoolean redrawAll = new AtomicBoolean(true);
  private long bytesWritten;
  private long refreshes;

  public ScreenWriter(OutputStream out, ColorLevel level) {
    this.out = out;
    this.level = level;
  }

  public ColorLevel level() {
    return level;
  }

  /**
   * Shows {@code screen}: writes the cells that differ from the last screen written, or every cell
   * after {@link #redrawAll} or a change of size.
   *
   * @return the bytes written (0 when nothing changed, and then nothing is written)
   */
  public int write(Screen screen) throws IOException {
    next.copyFrom(screen, level);
    buffer.clear();
    ScreenDiff.append(redrawAll.getAndSet(false) ? null : shown, next, buffer);
    Screen swap = shown;
    shown = next;
    next = swap;
    refreshes++;
    if (buffer.size() == 0) {
      return 0;
    }
    buffer.writeTo(out);
    out.flush();
    bytesWritten += buffer.size();
    return buffer.size();
  }

  /**
   * The next {@link #write} repaints every cell: after a resize, Ctrl+L, or anything else that may
   * have drawn on the terminal.
   */
  public void redrawAll() {
    redrawAll.set(true);
  }

  public long bytesWritten() {
    return bytesWritten;
  }

  public long refreshes() {
    return refreshes;
  }
}
