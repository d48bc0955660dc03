package dev.asciicall.ui.controls;

import dev.asciicall.audio.AudioDevice;
import dev.asciicall.audio.AudioDevices;
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
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * The controls under the feeds: microphone and camera switches, my microphone's level, the
 * microphone and speaker pickers with a refresh button, what audio is missing, and at the right end
 * the buttons that open the side drawer (chat, people). FX thread only.
 */
public final class CallControlsBar extends HBox {

  /**
   * @param drawerToggles the buttons that open the side drawer, shown at the right end
   */
  public CallControlsBar(CallControlsViewModel model, Control... drawerToggles) {
    super(8);
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
    // The status line gives way first when the window is narrow; the tooltip keeps all of it.
    status.setMinWidth(0);
    Tooltip statusTip = new Tooltip();
    statusTip.textProperty().bind(model.audioStatus());
    status.setTooltip(statusTip);

    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    getChildren()
        .addAll(microphone, camera, level, microphones, speakers, refresh, voice, status, spacer);
    getChildren().addAll(drawerToggles);
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

  /** A device picker; disabled, with a prompt saying so, when no usable device is listed. */
  private static ComboBox<AudioDevice> picker(
      String id, ObservableList<AudioDevice> devices, String kind) {
    ComboBox<AudioDevice> box = new ComboBox<>(devices);
    box.setId(id);
    box.setPrefWidth(130);
    box.setMinWidth(Region.USE_PREF_SIZE);
    box.setTooltip(new Tooltip(kind));
    box.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(AudioDevice device) {
            if (device == null) {
              return "";
            }
            // "Default" keeps the picker narrow; the list shows why a device cannot be used.
            String name =
                AudioDevices.SYSTEM_DEFAULT.equals(device.name()) ? "Default" : device.name();
            return device.available() ? name : name + " (" + device.problem() + ")";
          }

          @Override
          public AudioDevice fromString(String text) {
            return null;
          }
        });
    BooleanBinding noneUsable =
        Bindings.createBooleanBinding(
            () -> devices.stream().noneMatch(AudioDevice::available), devices);
    box.disableProperty().bind(noneUsable);
    box.setPromptText("No " + kind.toLowerCase(java.util.Locale.ROOT) + " found");
    return box;
  }
}
