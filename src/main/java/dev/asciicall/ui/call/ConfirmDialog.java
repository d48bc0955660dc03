package dev.asciicall.ui.call;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The window's {@link Confirmations}: a small dialog owned by the window, with the action's own
 * verb on its button and Cancel as the default (Enter does not end a call by accident). FX thread.
 */
public final class ConfirmDialog implements Confirmations {

  private final Supplier<Window> owner;

  public ConfirmDialog(Supplier<Window> owner) {
    this.owner = owner;
  }

  @Override
  public void ask(Question question, Runnable action) {
    ButtonType confirm = new ButtonType(question.confirm(), ButtonBar.ButtonData.OK_DONE);
    Alert alert =
        new Alert(Alert.AlertType.CONFIRMATION, question.details(), confirm, ButtonType.CANCEL);
    Window window = owner.get();
    if (window != null && window.isShowing()) {
      alert.initOwner(window);
      // Blocks its own window only: another asciicall window goes on.
      alert.initModality(javafx.stage.Modality.WINDOW_MODAL);
    }
    alert.setTitle("asciicall");
    alert.setHeaderText(question.title());
    alert.getDialogPane().setId("confirm-dialog");
    alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    javafx.scene.control.Button yes =
        (javafx.scene.control.Button) alert.getDialogPane().lookupButton(confirm);
    yes.setId("confirm-yes");
    yes.setDefaultButton(false);
    yes.getStyleClass().add("danger");
    javafx.scene.control.Button no =
        (javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL);
    no.setId("confirm-no");
    no.setDefaultButton(true);
    alert.setOnHidden(
        event -> {
          if (alert.getResult() == confirm) {
            action.run();
          }
        });
    alert.show();
  }
}
