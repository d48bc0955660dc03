package dev.asciicall.ui.call;

import dev.asciicall.call.CallState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The call's timer and the window's title: "Standup · 12:04 · 3 people — asciicall" in a call,
 * "Joining 192.168.1.20:54555… — asciicall" while connecting, "asciicall" in the lobby. The timer
 * starts when the call is up (hosting or joined) and is read on {@link #tick()}, which the window
 * calls once a second. FX thread only.
 */
public final class CallTitleViewModel {

  static final String APP = "asciicall";

  private final CallViewModel call;
  private final Clock clock;
  private final ReadOnlyStringWrapper timer = new ReadOnlyStringWrapper(this, "timer", "");
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP);
  private Instant started;

  public CallTitleViewModel(CallViewModel call, Clock clock) {
    this.call = call;
    this.clock = clock;
    call.stateProperty().addListener((observable, old, now) -> stateChanged(now));
    call.callNameProperty().addListener((observable, old, now) -> refresh());
    call.messageProperty().addListener((observable, old, now) -> refresh());
    call.remoteFeeds()
        .addListener((javafx.collections.ListChangeListener<RemoteFeed>) change -> refresh());
    stateChanged(call.stateProperty().get());
  }

  private void stateChanged(CallState state) {
    boolean up = state == CallState.HOSTING || state == CallState.JOINED;
    if (up && started == null) {
      started = clock.instant();
    } else if (!up) {
      started = null;
    }
    refresh();
  }

  /** Once a second: the timer moves on. */
  public void tick() {
    refresh();
  }

  private void refresh() {
    CallState state = call.stateProperty().get();
    timer.set(started == null ? "" : clock(Duration.between(started, clock.instant())));
    title.set(describe(state) + (state.inCall() ? " — " + APP : ""));
  }

  private String describe(CallState state) {
    return switch (state) {
      case CONNECTING -> call.messageProperty().get().replace("…", "") + "…";
      case HOSTING, JOINED -> {
        String name = call.callNameProperty().get();
        int people = call.remoteFeeds().size() + 1;
        String who =
            state == CallState.HOSTING && people == 1
                ? "waiting for others"
                : people + (people == 1 ? " person" : " people");
        yield (name.isBlank() ? "Call" : name) + " · " + timer.get() + " · " + who;
      }
      default -> APP;
    };
  }

  /** 0:42, 12:04, 1:02:03. */
  static String clock(Duration elapsed) {
    long seconds = Math.max(0, elapsed.getSeconds());
    long hours = seconds / 3600;
    long minutes = seconds / 60 % 60;
    return hours > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", minutes, seconds % 60);
  }

  /** How long the call has been up, e.g. "12:04"; empty outside a call. */
  public ReadOnlyStringProperty timerProperty() {
    return timer.getReadOnlyProperty();
  }

  /** The window's title. */
  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }
}
