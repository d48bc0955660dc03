package dev.asciicall.ui.controls;

import dev.asciicall.audio.AudioDevice;
import dev.asciicall.audio.ProcessingStage;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * The controls under the feeds: microphone and camera switches, my microphone's level, the
 * microphone and speaker pickers with a refresh button, what audio is missing, and at the right end
 * the buttons that open the side drawer (chat, people). A row that wraps when the window is too
 * narrow for it (large text, a small screen), so no control ever ends up outside the window. FX
 * thread only.
 */
public final class CallControlsBar extends FlowPane {

  /**
   * @param drawerToggles the buttons that open the side drawer, shown at the right end
   */
  public CallControlsBar(CallControlsViewModel model, Control... drawerToggles) {
    super(8, 6);
    setId("call-controls");
    setPadding(new Insets(4, 10, 4, 10));
    setAlignment(Pos.CENTER_LEFT);

    Button microphone = new Button();
    microphone.setId("microphone-button");
    microphone
        .textProperty()
        .bind(Bindings.when(model.microphoneMutedProperty()).then("Unmute").otherwise("Mute"));
    microphone.setTooltip(new Tooltip("Mute or unmute your microphone (M); others see the mark"));
    microphone.setOnAction(event -> model.toggleMicrophone());
    markWhenOff(microphone, model.microphoneMutedProperty());

    Button camera = new Button();
    camera.setId("camera-button");
    camera
        .textProperty()
        .bind(Bindings.when(model.cameraOnProperty()).then("Camera off").otherwise("Camera on"));
    camera.setTooltip(new Tooltip("Stop or start sending your picture (V)"));
    camera.setOnAction(event -> model.toggleCamera());
    markWhenOff(camera, model.cameraOnProperty().not());

    ProgressBar level = new ProgressBar();
    level.setId("microphone-level");
    level.setPrefWidth(80);
    level.setMinWidth(Region.USE_PREF_SIZE);
    level.progressProperty().bind(model.meterLevel());
    level.setTooltip(new Tooltip("Your microphone's level"));

    ComboBox<AudioDevice> microphones =
        picker("microphone-choice", model.microphones(), "Microphone");
    microphones.valueProperty().bindBidirectional(model.selectedMicrophoneProperty());
    ComboBox<AudioDevice> speakers = picker("speaker-choice", model.speakers(), "Speakers");
    speakers.valueProperty().bindBidirectional(model.selectedSpeakerProperty());
    Button refresh = new Button("Refresh");
    refresh.setId("devices-refresh");
    refresh.setTooltip(new Tooltip("Look for microphones and speakers again"));
    refresh.setOnAction(event -> model.refreshDevices());

    MenuButton voice = voiceProcessing(model);

    Label status = new Label();
    status.setId("audio-status");
    status.getStyleClass().add("audio-status");
    status.textProperty().bind(model.audioStatus());
    // The status line comes last and wraps, so it never pushes a button out of the window; the
    // tooltip keeps all of it.
    status.setWrapText(true);
    status.maxWidthProperty().bind(widthProperty().subtract(20));
    Tooltip statusTip = new Tooltip();
    statusTip.textProperty().bind(model.audioStatus());
    status.setTooltip(statusTip);

    getChildren().addAll(microphone, camera, level, microphones, speakers, refresh, voice);
    getChildren().addAll(drawerToggles);
    getChildren().add(status);
    // Buttons keep their words; the pickers and the status line shrink instead.
    for (Control control : new Control[] {microphone, camera, refresh, voice}) {
      control.setMinWidth(Region.USE_PREF_SIZE);
    }
    for (Control control : drawerToggles) {
      control.setMinWidth(Region.USE_PREF_SIZE);
    }
  }

  /**
   * The audio settings: one switch per voice processing stage, all on by default; people with a
   * headset or a studio microphone may turn them off.
   */
  private static MenuButton voiceProcessing(CallControlsViewModel model) {
    MenuButton voice = new MenuButton("Voice");
    voice.setId("voice-processing");
    voice.setTooltip(
        new Tooltip(
            "Echo cancellation, noise suppression and automatic gain for your microphone;"
                + " turn them off for a headset or a studio microphone"));
    for (ProcessingStage stage : ProcessingStage.values()) {
      String words = stage.description();
      CheckMenuItem item =
          new CheckMenuItem(Character.toUpperCase(words.charAt(0)) + words.substring(1));
      item.setId("processing-" + stage.word());
      item.setSelected(model.processingProperty().get().has(stage));
      item.setOnAction(event -> model.setProcessing(stage, item.isSelected()));
      model
          .processingProperty()
          .addListener((observable, old, now) -> item.setSelected(now.has(stage)));
      voice.getItems().add(item);
    }
    return voice;
  }

  /** Colours a switch red (stylesheet class {@code switched-off}) while what it controls is off. */
  private static void markWhenOff(Button button, javafx.beans.value.ObservableValue<Boolean> off) {
    javafx.beans.value.ChangeListener<Boolean> mark =
        (observable, old, now) -> {
          button.getStyleClass().remove("switched-off");
          if (now) {
            button.getStyleClass().add("switched-off");
          }
        };
    off.addListener(mark);
    // A derived binding listens to its source only weakly: the button keeps it alive.
    button.getProperties().put("switched-off", off);
    mark.changed(off, false, off.getValue());
  }

  private static ListCell<AudioDevice> deviceCell(
      java.util.function.Function<AudioDevice, String> text) {
    return new ListCell<>() {
      @Override
      protected void updateItem(AudioDevice device, boolean empty) {
        super.updateItem(device, empty);
        setText(empty || device == null ? null : text.apply(device));
      }
    };
  }

  /**
   * A device picker; disabled, with a prompt saying so, when no usable device is listed. Closed it
   * shows the short name ({@link CallControlsViewModel#deviceName}), open and in its tooltip the
   * full one with the reason a device cannot be used.
   */
  private static ComboBox<AudioDevice> picker(
      String id, ObservableList<AudioDevice> devices, String kind) {
    ComboBox<AudioDevice> box = new ComboBox<>(devices);
    box.setId(id);
    box.setPrefWidth(150);
    box.setMinWidth(Region.USE_PREF_SIZE);
    Tooltip tip = new Tooltip();
    tip.textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    box.getValue() == null
                        ? kind
                        : kind + ": " + CallControlsViewModel.deviceDescription(box.getValue()),
                box.valueProperty()));
    box.setTooltip(tip);
    box.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(AudioDevice device) {
            return CallControlsViewModel.deviceName(device);
          }

          @Override
          public AudioDevice fromString(String text) {
            return null;
          }
        });
    box.setCellFactory(list -> deviceCell(CallControlsViewModel::deviceDescription));
    box.setButtonCell(deviceCell(CallControlsViewModel::deviceName));
    BooleanBinding noneUsable =
        Bindings.createBooleanBinding(
            () -> devices.stream().noneMatch(AudioDevice::available), devices);
    box.disableProperty().bind(noneUsable);
    box.setPromptText("No " + kind.toLowerCase(java.util.Locale.ROOT) + " found");
    return box;
  }
}
