package dev.asciicall.ui.call;

import dev.asciicall.call.HostRequest;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Call → Host a call…: the port others join on, the UDP port for LAN discovery, the call's name
 * (shown to people looking for calls on the network), the host's own name and an optional
 * passphrase joiners must know; checked as you type. FX thread only.
 */
public final class HostDialog extends Dialog<HostRequest> {

  private final TextField port = new TextField();
  private final TextField udpPort = new TextField();
  private final TextField callName = new TextField();
  private final TextField name = new TextField();
  private final PasswordField passphrase = new PasswordField();
  private final Label problem = new Label();

  /**
   * @param initial what the fields start with (the last call hosted, or the defaults)
   */
  public HostDialog(Window owner, HostRequest initial) {
    if (owner != null) {
      initOwner(owner);
    }
    setTitle("Host a call");
    setHeaderText("Host a call others can join");
    port.setId("host-port");
    port.setText(Integer.toString(initial.port()));
    udpPort.setId("host-udp-port");
    udpPort.setText(Integer.toString(initial.udpPort()));
    callName.setId("host-call-name");
    callName.setText(initial.callName());
    name.setId("host-name");
    name.setText(initial.name());
    passphrase.setId("host-passphrase");
    passphrase.setPromptText("optional");
    problem.setId("host-problem");
    problem.setStyle("-fx-text-fill: #c0392b;");
    // A long message wraps under the fields instead of widening the form and squashing the labels.
    problem.setWrapText(true);
    problem.setMinHeight(Region.USE_PREF_SIZE);
    problem.setPrefWidth(280);

    GridPane form = new GridPane();
    form.setHgap(8);
    form.setVgap(8);
    form.setPadding(new Insets(12));
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(Region.USE_PREF_SIZE);
    ColumnConstraints fields = new ColumnConstraints();
    fields.setHgrow(Priority.ALWAYS);
    form.getColumnConstraints().setAll(labels, fields);
    form.addRow(0, new Label("Port (TCP)"), port);
    form.addRow(1, new Label("Discovery port (UDP)"), udpPort);
    form.addRow(2, new Label("Call name"), callName);
    form.addRow(3, new Label("Your name"), name);
    form.addRow(4, new Label("Passphrase"), passphrase);
    form.add(problem, 1, 5);
    getDialogPane().setContent(form);
    getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
    getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
    getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
    Node start = getDialogPane().lookupButton(ButtonType.OK);
    start.setId("host-button");
    ((Button) start).setText("Start call");
    for (TextField field : new TextField[] {port, udpPort, callName, name}) {
      field.textProperty().addListener((observable, old, text) -> revalidate(start));
    }
    revalidate(start);
    setResultConverter(button -> button == ButtonType.OK ? request().orElse(null) : null);
  }

  private void revalidate(Node start) {
    problem.setText(problem().orElse(""));
    start.setDisable(request().isEmpty());
  }

  private Optional<String> problem() {
    if (number(port.getText()).isEmpty()) {
      return Optional.of("The port must be a number from 1 to 65535");
    }
    if (number(udpPort.getText()).isEmpty()) {
      return Optional.of("The discovery port must be a number from 1 to 65535");
    }
    if (callName.getText().isBlank()) {
      return Optional.of("Give the call a name others will recognise");
    }
    if (name.getText().isBlank()) {
      return Optional.of("Type the name others will see");
    }
    return Optional.empty();
  }

  private Optional<HostRequest> request() {
    if (problem().isPresent()) {
      return Optional.empty();
    }
    return Optional.of(
        new HostRequest(
            number(port.getText()).orElseThrow(),
            number(udpPort.getText()).orElseThrow(),
            callName.getText().trim(),
            name.getText().trim(),
            passphrase.getText().isEmpty() ? null : passphrase.getText().toCharArray()));
  }

  private static Optional<Integer> number(String text) {
    String trimmed = text.trim();
    if (trimmed.isEmpty()
        || trimmed.length() > 5
        || !trimmed.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    int value = Integer.parseInt(trimmed);
    return value >= 1 && value <= 65535 ? Optional.of(value) : Optional.empty();
  }
}
