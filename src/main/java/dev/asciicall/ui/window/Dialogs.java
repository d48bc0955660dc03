package dev.asciicall.ui.window;

import dev.asciicall.common.Version;
import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Small modal dialogs. FX thread only. */
public final class Dialogs {

  private Dialogs() {}

  public static void about(Window owner) {
    Alert alert = new Alert(Alert.AlertType.INFORMATION);
    alert.initOwner(owner);
    alert.setTitle("About asciicall");
    alert.setHeaderText("asciicall " + Version.application());
    alert.setContentText(
        "Video calls in which everyone appears as live ASCII art.\n"
            + "Only the ASCII leaves your computer, never camera pixels.");
    alert.show();
  }

  /**
   * Tells the user something went wrong inside the app, with the details to copy into a bug report.
   * The window stays open: the error is shown, not fatal.
   */
  public static void unexpectedError(Window owner, Thread thread, Throwable error) {
    StringWriter details = new StringWriter();
    error.printStackTrace(new PrintWriter(details));
    TextArea text = new TextArea("Thread: " + thread.getName() + "\n" + details);
    text.setEditable(false);
    text.setWrapText(false);
    text.setPrefRowCount(14);
    Alert alert = new Alert(Alert.AlertType.ERROR);
    if (owner != null && owner.isShowing()) {
      alert.initOwner(owner);
    }
    alert.setTitle("Something went wrong");
    alert.setHeaderText("asciicall hit an unexpected problem but is still running.");
    alert.setContentText("You can keep using the app. The details below help fix the problem.");
    alert.getDialogPane().setExpandableContent(text);
    alert.getDialogPane().setExpanded(true);
    alert.show();
  }
}
