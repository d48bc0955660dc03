package dev.asciicall.terminal;

import dev.asciicall.common.Threads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The terminal front end running: draws the {@link CallScreenModel} on the {@link TerminalSession}
 * whenever it changes (on the {@code terminal-render} thread, through a {@link RefreshLoop} and a
 * {@link ScreenWriter}) and turns keys into {@link CallControls} calls ({@link KeyController}) on
 * the thread that calls {@link #run()}, until the user leaves or {@link #end} is called. The
 * terminal is given back on every way out.
 */
public final class TerminalCall {

  /** How long a key read waits, which is also how soon a lone Escape is recognised. */
  private static final long KEY_POLL_MILLIS = 50;

  private final TerminalSession session;
  private final CallScreenModel model;
  private final KeyController keys;
  private final ScreenWriter writer;
  private final Screen screen;
  private final AtomicReference<String> endReason = new AtomicReference<>();
  private final CountDownLatch ended = new CountDownLatch(1);

  /**
   * @param controls what keys do to the call; its {@link CallControls#leave()} is called on {@code
   *     q} and Ctrl+C, after which {@link #run()} returns
   */
  public TerminalCall(
      TerminalSession session,
      CallScreenModel model,
      CallControls controls,
      KeyMap keyMap,
      ColorLevel level) {
    this.session = session;
    this.model = model;
    this.keys = new KeyController(new Leaving(controls), keyMap);
    this.writer = new ScreenWriter(session.output(), level);
    TerminalSize size = session.size();
    this.screen = new Screen(size.columns(), size.rows());
  }

  /**
   * Draws and reads keys until the user leaves, {@link #end} is called or the input closes; then
   * gives the terminal back. Blocks the calling thread.
   *
   * @return why it ended: "left" when the user left, else the reason given to {@link #end}
   */
  public String run() {
    ScheduledExecutorService renderer = Threads.scheduled("terminal-render");
    RefreshLoop refresh =
        new RefreshLoop(
            renderer,
            this::redraw,
            RefreshLoop.DEFAULT_MIN_INTERVAL,
            System::nanoTime,
            e -> end("the terminal stopped taking output: " + e.getMessage()));
    try {
      model.onChange(refresh::request);
      session.onResize(
          () -> {
            writer.redrawAll();
            refresh.request();
          });
      session.onInterrupt(() -> keys.press(Key.of(Key.Type.INTERRUPT)));
      refresh.request();
      readKeys(refresh);
    } finally {
      model.onChange(() -> {});
      refresh.stop();
      Threads.shutdown(renderer, 1000);
      session.close();
    }
    return endReason.get();
  }

  /** Ends {@link #run()} from any thread, e.g. when the call dropped; the first reason counts. */
  public void end(String reason) {
    endReason.compareAndSet(null, reason);
    ended.countDown();
  }

  /** The key state, for tests. */
  KeyState keyState() {
    return keys.state();
  }

  private void readKeys(RefreshLoop refresh) {
    KeyDecoder decoder = new KeyDecoder();
    while (ended.getCount() > 0) {
      int c;
      try {
        c = session.read(KEY_POLL_MILLIS);
      } catch (IOException e) {
        end("the terminal's input failed: " + e.getMessage());
        return;
      }
      if (c == TerminalSession.END_OF_INPUT) {
        end("the terminal's input closed");
        return;
      }
      Key key = c == TerminalSession.TIMEOUT ? decoder.idle() : decoder.feed((char) c);
      if (key == null) {
        continue;
      }
      if (key.type() == Key.Type.REDRAW) {
        writer.redrawAll();
        refresh.request();
      } else if (keys.press(key)) {
        refresh.request();
      }
    }
  }

  /** On the render thread. */
  private void redraw() {
    TerminalSize size = session.size();
    if (screen.columns() != size.columns() || screen.rows() != size.rows()) {
      screen.resize(size.columns(), size.rows());
    }
    CallScreen.draw(model.view(), keys.state(), keys.keyMap(), writer.level(), screen);
    try {
      writer.write(screen);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The controls, plus ending the loop when the user leaves. */
  private final class Leaving implements CallControls {
    private final CallControls controls;

    Leaving(CallControls controls) {
      this.controls = controls;
    }

    @Override
    public void toggleMute() {
      controls.toggleMute();
    }

    @Override
    public void toggleCamera() {
      controls.toggleCamera();
    }

    @Override
    public void sendChat(String text) {
      controls.sendChat(text);
    }

    @Override
    public void cyclePalette() {
      controls.cyclePalette();
    }

    @Override
    public void toggleColor() {
      controls.toggleColor();
    }

    @Override
    public void moreDetail() {
      controls.moreDetail();
    }

    @Override
    public void lessDetail() {
      controls.lessDetail();
    }

    @Override
    public void leave() {
      try {
        controls.leave();
      } finally {
        end("left");
      }
    }
  }
}
