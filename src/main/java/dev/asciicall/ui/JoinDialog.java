package dev.asciicall.ui;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Call → Join by IP…: host or IP with optional {@code :port}, validated as you type (Join stays
 * disabled and the reason shows under the field), and the name others will see. FX thread only.
 */
public final class JoinDialog extends Dialog<JoinDialog.Request> {

  /** What the user asked to join, once the input is valid. */
  public record Request(JoinAddress address, String name) {}

  private final TextField address = new TextField();
  private final TextField name = new TextField();
  private final Label problem = new Label();

  public JoinDialog(Window owner, String initialName) {
    if (owner != null) {
      initOwner(owner);
    }
    setTitle("Join a call");
    setHeaderText("Join a call by the host's address");
    address.setId("join-address");
    address.setPromptText("192.168.1.20:54555");
    name.setId("join-name");
    name.setText(initialName);
    problem.setId("join-problem");
    problem.setStyle("-fx-text-fill: #c0392b;");

    GridPane form = new GridPane();
    form.setHgap(8);
    form.setVgap(8);
    form.setPadding(new Insets(12));
    form.addRow(0, new Label("Host or IP"), address);
    form.add(problem, 1, 1);
    form.addRow(2, new Label("Your name"), name);
    getDialogPane().setContent(form);
    getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
    Node join = getDialogPane().lookupButton(ButtonType.OK);
    join.setId("join-button");
    ((javafx.scene.control.Button) join).setText("Join");

    address.textProperty().addListener((observable, old, text) -> revalidate(join));
    name.textProperty().addListener((observable, old, text) -> revalidate(join));
    revalidate(join);
    setResultConverter(button -> button == ButtonType.OK ? request().orElse(null) : null);
  }

  private void revalidate(Node join) {
    JoinAddress.Check check = JoinAddress.parse(address.getText());
    if (check instanceof JoinAddress.Invalid invalid) {
      problem.setText(address.getText().isBlank() ? "" : invalid.message());
    } else if (name.getText().isBlank()) {
      problem.setText("Type the name others will see");
    } else {
      problem.setText("");
    }
    join.setDisable(request().isEmpty());
  }

  private Optional<Request> request() {
    if (JoinAddress.parse(address.getText()) instanceof JoinAddress.Valid valid
        && !name.getText().isBlank()) {
      return Optional.of(new Request(valid.address(), name.getText().trim()));
    }
    return Optional.empty();
  }
}
