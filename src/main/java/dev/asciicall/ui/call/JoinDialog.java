package dev.asciicall.ui.call;

import dev.asciicall.call.FoundCall;
import dev.asciicall.call.HostAddress;
import dev.asciicall.call.JoinRequest;
import dev.asciicall.ui.common.UiThread;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Call → Join by IP…: host or IP with optional {@code :port}, validated as you type (Join stays
 * disabled and the reason shows under the field), the name others will see, the passphrase if the
 * call has one, the host's UDP port, and a list of recent hosts and calls found on the LAN
 * (refreshed every few seconds while open) that fills the address when picked. FX thread only;
 * discovery runs wherever the finder runs it.
 */
public final class JoinDialog extends Dialog<JoinRequest> {

  /** How the dialog learns of calls on the LAN, given the UDP port to ask on. */
  @FunctionalInterface
  public interface CallFinder {
    CompletableFuture<List<FoundCall>> find(int udpPort);
  }

  /** What the dialog starts with: the remembered name, UDP port and recent hosts. */
  public record Initial(String name, int udpPort, List<String> recentHosts) {}

  /** One line of the suggestions list: what it says and the address it fills in. */
  record Suggestion(String label, String address) {
    @Override
    public String toString() {
      return label;
    }
  }

  private static final Duration REFRESH = Duration.seconds(3);

  private final TextField address = new TextField();
  private final TextField name = new TextField();
  private final TextField udpPort = new TextField();
  private final PasswordField passphrase = new PasswordField();
  private final Label problem = new Label();
  private final ListView<Suggestion> suggestions = new ListView<>();
  private final List<Suggestion> recent = new ArrayList<>();
  private final Timeline refresh;

  public JoinDialog(Window owner, Initial initial, CallFinder finder) {
    if (owner != null) {
      initOwner(owner);
    }
    setTitle("Join a call");
    setHeaderText("Join a call by the host's address");
    address.setId("join-address");
    address.setPromptText("192.168.1.20:" + HostAddress.DEFAULT_PORT);
    name.setId("join-name");
    name.setText(initial.name());
    udpPort.setId("join-udp-port");
    udpPort.setText(Integer.toString(initial.udpPort()));
    udpPort.setPrefColumnCount(6);
    passphrase.setId("join-passphrase");
    passphrase.setPromptText("if the host set one");
    problem.setId("join-problem");
    problem.setStyle("-fx-text-fill: #c0392b;");
    // A long message wraps under the field instead of widening the form and squashing the labels.
    problem.setWrapText(true);
    problem.setMinHeight(Region.USE_PREF_SIZE);
    problem.setPrefWidth(280);
    suggestions.setId("join-suggestions");
    // Four rows, on every opening (the dialog's remembered size must not collapse it to one).
    suggestions.setPrefHeight(120);
    suggestions.setMinHeight(Region.USE_PREF_SIZE);
    for (String host : initial.recentHosts()) {
      recent.add(new Suggestion("Recent: " + host, host));
    }
    suggestions.getItems().setAll(recent);
    suggestions
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (observable, old, picked) -> {
              if (picked != null) {
                address.setText(picked.address());
              }
            });

    GridPane form = new GridPane();
    form.setHgap(8);
    form.setVgap(8);
    form.setPadding(new Insets(12));
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(Region.USE_PREF_SIZE);
    ColumnConstraints fields = new ColumnConstraints();
    fields.setHgrow(Priority.ALWAYS);
    form.getColumnConstraints().setAll(labels, fields);
    form.addRow(0, new Label("Host or IP"), address);
    form.add(problem, 1, 1);
    form.addRow(2, new Label("Your name"), name);
    form.addRow(3, new Label("Passphrase"), passphrase);
    form.addRow(4, new Label("Host's UDP port"), udpPort);
    form.addRow(5, new Label("Recent and nearby"), suggestions);
    getDialogPane().setContent(form);
    getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
    getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
    getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
    Node join = getDialogPane().lookupButton(ButtonType.OK);
    join.setId("join-button");
    ((Button) join).setText("Join");

    address.textProperty().addListener((observable, old, text) -> revalidate(join));
    name.textProperty().addListener((observable, old, text) -> revalidate(join));
    udpPort.textProperty().addListener((observable, old, text) -> revalidate(join));
    revalidate(join);
    setResultConverter(button -> button == ButtonType.OK ? request().orElse(null) : null);

    refresh = new Timeline(new KeyFrame(Duration.ZERO, event -> findCalls(finder)));
    refresh.getKeyFrames().add(new KeyFrame(REFRESH));
    refresh.setCycleCount(Animation.INDEFINITE);
    setOnShown(event -> refresh.play());
    setOnHidden(event -> refresh.stop());
  }

  private void findCalls(CallFinder finder) {
    Optional<Integer> port = port(udpPort.getText());
    if (port.isEmpty()) {
      return;
    }
    finder
        .find(port.get())
        .thenAccept(found -> UiThread.runLater(() -> showFound(found)))
        .exceptionally(
            failure -> null); // Discovery is a convenience: typing the address still works.
  }

  /** Starts with {@code text} in the address field (the address of a join that just failed). */
  public void fillAddress(String text) {
    address.setText(text);
  }

  private void showFound(List<FoundCall> found) {
    // A call found on the network that is also a recent host is listed once, as found (it says
    // more); discovery may report one host twice.
    java.util.Set<String> foundAddresses = new java.util.LinkedHashSet<>();
    found.forEach(call -> foundAddresses.add(call.address().toString()));
    List<Suggestion> all = new ArrayList<>();
    recent.stream()
        .filter(suggestion -> !foundAddresses.contains(suggestion.address()))
        .forEach(all::add);
    java.util.Set<String> listed = new java.util.HashSet<>();
    for (FoundCall call : found) {
      if (!listed.add(call.address().toString())) {
        continue;
      }
      all.add(
          new Suggestion(
              "On this network: "
                  + call.callName()
                  + " ("
                  + call.participants()
                  + " in call) at "
                  + call.address(),
              call.address().toString()));
    }
    Suggestion selected = suggestions.getSelectionModel().getSelectedItem();
    suggestions.getItems().setAll(all);
    if (selected != null && all.contains(selected)) {
      suggestions.getSelectionModel().select(selected);
    }
  }

  private void revalidate(Node join) {
    HostAddress.Check check = HostAddress.parse(address.getText());
    if (check instanceof HostAddress.Invalid invalid) {
      problem.setText(address.getText().isBlank() ? "" : invalid.message());
    } else if (name.getText().isBlank()) {
      problem.setText("Type the name others will see");
    } else if (port(udpPort.getText()).isEmpty()) {
      problem.setText("The UDP port must be a number from 1 to 65535");
    } else {
      problem.setText("");
    }
    join.setDisable(request().isEmpty());
  }

  private Optional<JoinRequest> request() {
    Optional<Integer> port = port(udpPort.getText());
    if (HostAddress.parse(address.getText()) instanceof HostAddress.Valid valid
        && !name.getText().isBlank()
        && port.isPresent()) {
      char[] phrase = passphrase.getText().isEmpty() ? null : passphrase.getText().toCharArray();
      return Optional.of(
          new JoinRequest(valid.address(), port.get(), name.getText().trim(), phrase));
    }
    return Optional.empty();
  }

  static Optional<Integer> port(String text) {
    String trimmed = text == null ? "" : text.trim();
    if (trimmed.isEmpty()
        || trimmed.length() > 5
        || !trimmed.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    int port = Integer.parseInt(trimmed);
    return port >= 1 && port <= 65535 ? Optional.of(port) : Optional.empty();
  }
}
