package dev.asciicall.ui.lobby;

import dev.asciicall.audio.AudioDevice;
import dev.asciicall.ui.controls.CallControlsViewModel;
import dev.asciicall.ui.controls.DevicePickers;
import dev.asciicall.ui.source.CameraPicker;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The lobby's card beside my picture before a call: my name, camera, microphone (with its live
 * level) and speakers (with a test sound), then the two big actions, Host a call and Join by
 * address or invite link (with the passphrase if the call has one), and links to the Host and Join
 * dialogs for ports, passphrases and calls found nearby. FX thread only.
 */
public final class LobbyView extends ScrollPane {

  /** The card's width: wide enough for an invite link's start and every label in full. */
  public static final double WIDTH = 360;

  public LobbyView(
      LobbyViewModel lobby,
      CallControlsViewModel devices,
      CameraPicker camera,
      Runnable openSettings) {
    setId("lobby");
    getStyleClass().add("lobby");
    setFitToWidth(true);
    setHbarPolicy(ScrollBarPolicy.NEVER);
    setPrefWidth(WIDTH);
    setMinWidth(WIDTH);
    setMaxWidth(WIDTH);

    Label title = new Label("Ready for a call?");
    title.getStyleClass().add("lobby-title");
    title.setWrapText(true);

    TextField name = new TextField();
    name.setId("lobby-name");
    name.setPromptText("The name others will see");
    name.textProperty().bindBidirectional(lobby.nameProperty());

    camera.setMaxWidth(Double.MAX_VALUE);
    ComboBox<AudioDevice> microphones = DevicePickers.microphones(devices, "lobby-microphone");
    microphones.setMaxWidth(Double.MAX_VALUE);
    Node meter = DevicePickers.meter(devices, "lobby-microphone-level");
    ComboBox<AudioDevice> speakers = DevicePickers.speakers(devices, "lobby-speakers");
    speakers.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(speakers, Priority.ALWAYS);
    Button test = new Button("Test");
    test.setId("lobby-test-speakers");
    test.setTooltip(new Tooltip("Plays a short chime on these speakers"));
    test.setMinWidth(Region.USE_PREF_SIZE);
    test.setOnAction(event -> devices.testSpeakers());
    HBox speakerRow = new HBox(6, speakers, test);
    speakerRow.setAlignment(Pos.CENTER_LEFT);
    Label tested = note("lobby-speaker-test");
    tested.textProperty().bind(devices.speakerTestProperty());
    tested.visibleProperty().bind(devices.speakerTestProperty().isNotEmpty());
    tested.managedProperty().bind(tested.visibleProperty());
    Label audioStatus = note("lobby-audio-status");
    audioStatus.getStyleClass().add("audio-status");
    audioStatus.textProperty().bind(devices.audioStatus());
    audioStatus.visibleProperty().bind(devices.audioStatus().isNotEmpty());
    audioStatus.managedProperty().bind(audioStatus.visibleProperty());

    // Join muted or without camera: the same switches as the call toolbar's.
    ToggleButton mute = new ToggleButton();
    mute.setId("lobby-microphone-button");
    mute.selectedProperty().bindBidirectional(devices.microphoneMutedProperty());
    mute.textProperty()
        .bind(
            Bindings.when(devices.microphoneMissing())
                .then("No microphone")
                .otherwise(
                    Bindings.when(devices.microphoneMutedProperty())
                        .then("Microphone off")
                        .otherwise("Microphone on")));
    mute.setTooltip(new Tooltip("Start the call muted, or not (M)"));
    ToggleButton cameraOff = new ToggleButton();
    cameraOff.setId("lobby-camera-button");
    cameraOff.selectedProperty().bindBidirectional(devices.cameraOnProperty());
    cameraOff
        .textProperty()
        .bind(Bindings.when(devices.cameraOnProperty()).then("Camera on").otherwise("Camera off"));
    cameraOff.setTooltip(new Tooltip("Stop or start your picture (V)"));
    for (ToggleButton toggle : new ToggleButton[] {mute, cameraOff}) {
      toggle.setMaxWidth(Double.MAX_VALUE);
      toggle.setMinWidth(Region.USE_PREF_SIZE);
      HBox.setHgrow(toggle, Priority.ALWAYS);
    }
    HBox switches = new HBox(6, mute, cameraOff);

    Label nameProblem = note("lobby-name-problem");
    nameProblem.getStyleClass().add("problem-text");
    nameProblem.textProperty().bind(lobby.nameProblem());
    nameProblem.visibleProperty().bind(lobby.nameProblem().isNotEmpty());
    nameProblem.managedProperty().bind(nameProblem.visibleProperty());

    Button host = new Button("Host a call");
    host.setId("lobby-host");
    host.getStyleClass().addAll("lobby-action", "primary");
    host.setMaxWidth(Double.MAX_VALUE);
    host.setTooltip(new Tooltip("Start a call others can join (Ctrl+H for ports and passphrase)"));
    host.disableProperty().bind(lobby.canHost().not());
    host.setOnAction(event -> lobby.host());
    Hyperlink hostOptions = new Hyperlink("With a passphrase or another port…");
    hostOptions.setId("lobby-host-options");
    hostOptions.setWrapText(true);
    hostOptions.disableProperty().bind(lobby.startableProperty().not());
    hostOptions.setOnAction(event -> lobby.hostWithOptions());

    TextField target = new TextField();
    target.setId("lobby-join-address");
    target.setPromptText("Address or invite link, e.g. 192.168.1.20");
    target.textProperty().bindBidirectional(lobby.targetProperty());
    PasswordField passphrase = new PasswordField();
    passphrase.setId("lobby-passphrase");
    passphrase.setPromptText("Passphrase, if the call has one");
    passphrase.textProperty().bindBidirectional(lobby.passphraseProperty());
    Label targetNote = note("lobby-invite-note");
    targetNote.textProperty().bind(lobby.targetNote());
    targetNote.visibleProperty().bind(lobby.targetNote().isNotEmpty());
    targetNote.managedProperty().bind(targetNote.visibleProperty());
    Label problem = note("lobby-problem");
    problem.getStyleClass().add("problem-text");
    problem.textProperty().bind(lobby.problem());
    problem.visibleProperty().bind(lobby.problem().isNotEmpty());
    problem.managedProperty().bind(problem.visibleProperty());
    Button join = new Button("Join");
    join.setId("lobby-join");
    join.getStyleClass().add("lobby-action");
    join.setMaxWidth(Double.MAX_VALUE);
    join.setDefaultButton(true);
    join.disableProperty().bind(lobby.canJoin().not());
    join.setOnAction(event -> lobby.join());
    target.setOnAction(event -> lobby.join());
    passphrase.setOnAction(event -> lobby.join());
    Hyperlink nearby = new Hyperlink("Recent calls and calls on your network…");
    nearby.setId("lobby-find-nearby");
    nearby.setWrapText(true);
    nearby.disableProperty().bind(lobby.startableProperty().not());
    nearby.setOnAction(event -> lobby.findNearby());

    GridPane devicesGrid = new GridPane();
    devicesGrid.setHgap(8);
    devicesGrid.setVgap(6);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(Region.USE_PREF_SIZE);
    ColumnConstraints controls = new ColumnConstraints();
    controls.setHgrow(Priority.ALWAYS);
    controls.setFillWidth(true);
    devicesGrid.getColumnConstraints().setAll(labels, controls);
    devicesGrid.addRow(0, rowLabel("Your name", name), name);
    devicesGrid.add(nameProblem, 1, 1);
    devicesGrid.addRow(2, rowLabel("Camera", camera), camera);
    devicesGrid.addRow(3, rowLabel("Microphone", microphones), microphones);
    devicesGrid.add(meter, 1, 4);
    devicesGrid.addRow(5, rowLabel("Speakers", speakerRow), speakerRow);
    GridPane.setHgrow(name, Priority.ALWAYS);

    Hyperlink settings = new Hyperlink("Picture and sound settings…");
    settings.setId("lobby-settings");
    settings.setWrapText(true);
    settings.setOnAction(event -> openSettings.run());

    VBox card =
        new VBox(
            6,
            title,
            devicesGrid,
            switches,
            tested,
            audioStatus,
            settings,
            host,
            hostOptions,
            divider("or join a call"),
            target,
            targetNote,
            problem,
            passphrase,
            join,
            nearby);
    card.getStyleClass().add("lobby-card");
    card.setPadding(new Insets(12, 14, 12, 14));
    card.setMaxHeight(Region.USE_PREF_SIZE);
    // In a tall window the card sits in the middle beside the picture; in a short one it scrolls.
    VBox middle = new VBox(card);
    middle.setAlignment(Pos.CENTER);
    setFitToHeight(true);
    setContent(middle);
  }

  private static Label note(String id) {
    Label label = new Label();
    label.setId(id);
    label.setWrapText(true);
    label.getStyleClass().add("settings-note");
    label.setMinHeight(Region.USE_PREF_SIZE);
    return label;
  }

  private static Label rowLabel(String text, Node control) {
    Label label = new Label(text);
    label.getStyleClass().add("settings-label");
    label.setMinWidth(Region.USE_PREF_SIZE);
    label.setLabelFor(control);
    return label;
  }

  private static Node divider(String text) {
    Separator left = new Separator();
    Separator right = new Separator();
    HBox.setHgrow(left, Priority.ALWAYS);
    HBox.setHgrow(right, Priority.ALWAYS);
    Label label = new Label(text);
    label.getStyleClass().add("settings-note");
    label.setMinWidth(Region.USE_PREF_SIZE);
    HBox row = new HBox(8, left, label, right);
    row.setAlignment(Pos.CENTER);
    return row;
  }
}
