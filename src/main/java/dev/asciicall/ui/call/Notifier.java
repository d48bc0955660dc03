package dev.asciicall.ui.call;

import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Short notices in the corner of the window (ControlsFX {@link Notifications}) for joins, leaves
 * and errors. FX thread only. A notice that cannot be shown (no screen yet) is logged, never
 * allowed to disturb the call.
 */
public class Notifier {

  private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

  private final Window owner;

  /**
   * @param owner the window the notices belong to, or null for the primary screen
   */
  public Notifier(Window owner) {
    this.owner = owner;
  }

  public void inform(String text) {
    show(text, Duration.seconds(4), Kind.INFORMATION);
  }

  /** Errors stay longer: they say what to do. */
  public void warn(String text) {
    show(text, Duration.seconds(10), Kind.ERROR);
  }

  private enum Kind {
    INFORMATION,
    ERROR
  }

  private void show(String text, Duration duration, Kind kind) {
    try {
      Notifications notice =
          Notifications.create().title("asciicall").text(text).hideAfter(duration);
      if (owner != null && owner.isShowing()) {
        notice.owner(owner);
      }
      if (kind == Kind.ERROR) {
        notice.showError();
      } else {
        notice.showInformation();
      }
    } catch (RuntimeException e) {
      LOG.warn("Could not show the notice '{}': {}", text, e.toString());
    }
  }
}
