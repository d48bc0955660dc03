package dev.asciicall.ui.controls;

import dev.asciicall.audio.AudioDevice;
import dev.asciicall.audio.AudioDevices;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * The microphone and speaker pickers and the level meter, bound to the {@link
 * CallControlsViewModel}; the lobby and the settings sheet each make their own. FX thread only.
 */
public final class DevicePickers {

  private DevicePickers() {}

  public static ComboBox<AudioDevice> microphones(CallControlsViewModel model, String id) {
    ComboBox<AudioDevice> box = picker(id, model.microphones(), "Microphone");
    box.valueProperty().bindBidirectional(model.selectedMicrophoneProperty());
    return box;
  }

  public static ComboBox<AudioDevice> speakers(CallControlsViewModel model, String id) {
    ComboBox<AudioDevice> box = picker(id, model.speakers(), "Speakers");
    box.valueProperty().bindBidirectional(model.selectedSpeakerProperty());
    return box;
  }

  /** My microphone's level, in even decibel steps. */
  public static ProgressBar meter(CallControlsViewModel model, String id) {
    ProgressBar level = new ProgressBar();
    level.setId(id);
    level.getStyleClass().add("level-meter");
    level.setMaxWidth(Double.MAX_VALUE);
    level.progressProperty().bind(model.meterLevel());
    level.setTooltip(new Tooltip("Your microphone's level: speak and it moves"));
    return level;
  }

  /** A device picker; disabled, with a prompt saying so, when no usable device is listed. */
  private static ComboBox<AudioDevice> picker(
      String id, ObservableList<AudioDevice> devices, String kind) {
    ComboBox<AudioDevice> box = new ComboBox<>(devices);
    box.setId(id);
    Tooltip tip = new Tooltip(kind);
    box.setTooltip(tip);
    // The full name (a long device name may not fit the button) and why it cannot be used.
    box.valueProperty()
        .addListener(
            (observable, old, now) ->
                tip.setText(
                    now == null
                        ? kind
                        : kind
                            + ": "
                            + now.name()
                            + (now.available() ? "" : " (" + now.problem() + ")")));
    box.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(AudioDevice device) {
            if (device == null) {
              return "";
            }
            // Short enough for the picker's button: a missing device says only that.
            if (!device.available()) {
              String problem = device.problem();
              return problem.isEmpty()
                  ? "Not available"
                  : Character.toUpperCase(problem.charAt(0)) + problem.substring(1);
            }
            return AudioDevices.SYSTEM_DEFAULT.equals(device.name())
                ? "System default"
                : device.name();
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
    box.setPromptText("No " + kind.toLowerCase(Locale.ROOT) + " found");
    return box;
  }
}
