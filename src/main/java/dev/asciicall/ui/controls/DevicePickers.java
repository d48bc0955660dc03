package dev.asciicall.ui.controls;

import dev.asciicall.audio.AudioDevice;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
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

  /**
   * A device picker; disabled, with a prompt saying so, when no usable device is listed. Closed it
   * shows the short name ({@link CallControlsViewModel#deviceName}), so it is never cut to "Default
   * (…"; open and in its tooltip the full one with the reason a device cannot be used.
   */
  private static ComboBox<AudioDevice> picker(
      String id, ObservableList<AudioDevice> devices, String kind) {
    ComboBox<AudioDevice> box = new ComboBox<>(devices);
    box.setId(id);
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
    box.setPromptText("No " + kind.toLowerCase(Locale.ROOT) + " found");
    return box;
  }

  private static ListCell<AudioDevice> deviceCell(Function<AudioDevice, String> text) {
    return new ListCell<>() {
      @Override
      protected void updateItem(AudioDevice device, boolean empty) {
        super.updateItem(device, empty);
        setText(empty || device == null ? null : text.apply(device));
      }
    };
  }
}
