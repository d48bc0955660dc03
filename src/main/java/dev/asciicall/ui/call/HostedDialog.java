package dev.asciicall.ui.call;

import dev.asciicall.call.HostAddress;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * Shown once a call is hosted: the addresses others can type in Join by IP…, each with a Copy
 * button. Not modal, so the call goes on while it is open. FX thread only.
 */
public final class HostedDialog extends Dialog<Void> {

  public HostedDialog(Window owner, String callName, List<HostAddress> addresses) {
    if (owner != null) {
      initOwner(owner);
    }
    initModality(Modality.NONE);
    setTitle("You are hosting");
    setHeaderText(
        "'" + callName + "' is on. Others join with Call → Join by IP… and one of these:");
    GridPane rows = new GridPane();
    rows.setHgap(8);
    rows.setVgap(6);
    rows.setPadding(new Insets(12));
    for (int i = 0; i < addresses.size(); i++) {
      String text = addresses.get(i).toString();
      Label address = new Label(text);
      address.setId("hosted-address-" + i);
      address.setStyle("-fx-font-family: monospace; -fx-font-size: 14px;");
      Button copy = new Button("Copy");
      copy.setId("hosted-copy-" + i);
      copy.setOnAction(
          event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText("Copied");
          });
      String note =
          addresses.get(i).host().startsWith("127.") ? "this computer only" : "on your network";
      rows.addRow(i, address, copy, new Label(note));
    }
    getDialogPane().setContent(rows);
    getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    getDialogPane().lookupButton(ButtonType.CLOSE).setId("hosted-close");
  }
}
