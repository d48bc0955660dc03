package dev.asciicall.ui.controls;

import dev.asciicall.audio.AudioDevice;
import dev.asciicall.audio.AudioDevices;
import dev.asciicall.audio.AudioEvent;
import dev.asciicall.audio.ProcessingSettings;
import dev.asciicall.audio.ProcessingStage;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * My microphone and camera switches (the toolbar, the lobby, M and V), my microphone's level, the
 * device pickers (lobby and settings sheet), the speaker test, the voice processing switches (echo
 * cancellation, noise suppression, automatic gain) and one line saying which part of the audio is
 * missing. The call's view model reads the switches (mute is shown to the others; camera off stops
 * sending the picture) and the chosen devices, and writes the level and device problems.
 *
 * <p>FX thread only; adapters hop to it through UiThread before setting anything.
 */
public final class CallControlsViewModel {

  /** The quietest level the meter shows (dB below full scale). */
  public static final double METER_FLOOR_DECIBELS = -60;

  private static final String NO_MICROPHONE = "No microphone found";
  private static final String NO_SPEAKERS = "No speakers found";

  private final BooleanProperty microphoneMuted = new SimpleBooleanProperty(this, "muted");
  private final BooleanProperty cameraOn = new SimpleBooleanProperty(this, "cameraOn", true);
  private final DoubleProperty microphoneLevel = new SimpleDoubleProperty(this, "level");
  private final DoubleBinding meterLevel =
      Bindings.createDoubleBinding(() -> meter(microphoneLevel.get()), microphoneLevel);
  private final ObservableList<AudioDevice> microphones = FXCollections.observableArrayList();
  private final ObservableList<AudioDevice> speakers = FXCollections.observableArrayList();
  private final ObjectProperty<AudioDevice> selectedMicrophone =
      new SimpleObjectProperty<>(this, "microphone");
  private final ObjectProperty<AudioDevice> selectedSpeaker =
      new SimpleObjectProperty<>(this, "speaker");
  private final StringProperty inputProblem = new SimpleStringProperty(this, "inputProblem", "");
  private final StringProperty outputProblem = new SimpleStringProperty(this, "outputProblem", "");
  private final ObjectProperty<Runnable> refreshAction =
      new SimpleObjectProperty<>(this, "refresh");
  private final ObjectProperty<Runnable> testSpeakersAction =
      new SimpleObjectProperty<>(this, "testSpeakers");
  private final StringProperty speakerTest = new SimpleStringProperty(this, "speakerTest", "");
  private final ObjectProperty<ProcessingSettings> processing =
      new SimpleObjectProperty<>(this, "processing", ProcessingSettings.ALL);
  private final StringProperty processingProblem =
      new SimpleStringProperty(this, "processingProblem", "");
  private final StringBinding audioStatus =
      Bindings.createStringBinding(
          this::describeAudio, inputProblem, outputProblem, processing, processingProblem);

  /**
   * A device as a picker's closed button shows it: its name only ("Default" for the system's), so a
   * narrow picker still reads as what it is; a device that cannot be used is marked with a warning
   * sign. The reason is in {@link #deviceDescription}, for the open list and the tooltip.
   */
  public static String deviceName(AudioDevice device) {
    if (device == null) {
      return "";
    }
    String name = AudioDevices.SYSTEM_DEFAULT.equals(device.name()) ? "Default" : device.name();
    return device.available() ? name : "⚠ " + name;
  }

  /** A device in full, for the open list and the tooltip: its name and why it cannot be used. */
  public static String deviceDescription(AudioDevice device) {
    if (device == null) {
      return "";
    }
    String name =
        AudioDevices.SYSTEM_DEFAULT.equals(device.name())
            ? "Default (" + AudioDevices.SYSTEM_DEFAULT.toLowerCase(java.util.Locale.ROOT) + ")"
            : device.name();
    return device.available() ? name : name + ": " + device.problem();
  }

  /** Flips the microphone between muted and live (the M key and the toolbar button). */
  public void toggleMicrophone() {
    microphoneMuted.set(!microphoneMuted.get());
  }

  /** Flips the camera between on and off (the V key and the toolbar button). */
  public void toggleCamera() {
    cameraOn.set(!cameraOn.get());
  }

  /**
   * Shows freshly listed devices. The chosen device stays chosen if it is still listed (matched by
   * name), otherwise the first entry (the system default) is chosen. A list without a usable device
   * sets the problem for that side.
   */
  public void showDevices(List<AudioDevice> foundMicrophones, List<AudioDevice> foundSpeakers) {
    show(foundMicrophones, microphones, selectedMicrophone);
    show(foundSpeakers, speakers, selectedSpeaker);
    inputProblem.set(anyAvailable(foundMicrophones) ? "" : NO_MICROPHONE);
    outputProblem.set(anyAvailable(foundSpeakers) ? "" : NO_SPEAKERS);
  }

  private static void show(
      List<AudioDevice> found,
      ObservableList<AudioDevice> list,
      ObjectProperty<AudioDevice> chosen) {
    String chosenName = chosen.get() == null ? null : chosen.get().name();
    list.setAll(found);
    Optional<AudioDevice> same =
        found.stream().filter(device -> device.name().equals(chosenName)).findFirst();
    chosen.set(same.orElse(found.isEmpty() ? null : found.get(0)));
  }

  private static boolean anyAvailable(List<AudioDevice> devices) {
    return devices.stream().anyMatch(AudioDevice::available);
  }

  /** A device failed to open or stopped; the message is one line from the audio service. */
  public void showDeviceProblem(AudioEvent.Direction direction, String message) {
    (direction == AudioEvent.Direction.INPUT ? inputProblem : outputProblem).set(message);
  }

  /** A device opened fine: clears that side's problem. */
  public void showDeviceWorking(AudioEvent.Direction direction) {
    (direction == AudioEvent.Direction.INPUT ? inputProblem : outputProblem).set("");
  }

  /** Turns one voice processing stage on or off (the Voice menu in the controls). */
  public void setProcessing(ProcessingStage stage, boolean on) {
    processing.set(on ? processing.get().with(stage) : processing.get().without(stage));
  }

  /**
   * Voice processing cannot run on this machine; the message is one line from the audio side. It
   * shows in the status line while any stage is switched on.
   */
  public void showProcessingProblem(String message) {
    processingProblem.set(message);
  }

  private String describeAudio() {
    String devices = describeDevices();
    if (processingProblem.get().isEmpty() || processing.get().isNone()) {
      return devices;
    }
    String problem = processingProblem.get() + " — use headphones to avoid echo";
    return devices.isEmpty() ? problem : devices + "; " + problem;
  }

  private String describeDevices() {
    boolean noInput = !inputProblem.get().isEmpty();
    boolean noOutput = !outputProblem.get().isEmpty();
    if (noInput && noOutput) {
      // Two plain "not found"s read better as one; specific problems are both kept.
      boolean plain =
          NO_MICROPHONE.equals(inputProblem.get()) && NO_SPEAKERS.equals(outputProblem.get());
      return (plain ? "No microphone or speakers" : inputProblem.get() + "; " + outputProblem.get())
          + " — video only";
    }
    if (noInput) {
      return inputProblem.get() + " — others can't hear you";
    }
    if (noOutput) {
      return outputProblem.get() + " — you can't hear others";
    }
    return "";
  }

  public BooleanProperty microphoneMutedProperty() {
    return microphoneMuted;
  }

  /** False stops sending my picture; my tile then says "camera off". */
  public BooleanProperty cameraOnProperty() {
    return cameraOn;
  }

  /** My microphone's RMS level, 0 to 1, as the audio service measures it. */
  public DoubleProperty microphoneLevelProperty() {
    return microphoneLevel;
  }

  /**
   * How full the level meter is, 0 to 1: even steps in decibels from {@link #METER_FLOOR_DECIBELS}
   * to full scale, so speech (roughly -40 to -10 dB) fills most of the meter instead of its first
   * tenth.
   */
  /** True while no microphone works (none found, or it failed): I cannot be heard. */
  public javafx.beans.binding.BooleanBinding microphoneMissing() {
    return inputProblem.isNotEmpty();
  }

  public DoubleBinding meterLevel() {
    return meterLevel;
  }

  static double meter(double rms) {
    double decibels = rms <= 1e-5 ? -100 : 20 * Math.log10(rms);
    return Math.max(0, Math.min(1, (decibels - METER_FLOOR_DECIBELS) / -METER_FLOOR_DECIBELS));
  }

  /** Which voice processing stages run on my microphone; all by default. */
  public ObjectProperty<ProcessingSettings> processingProperty() {
    return processing;
  }

  public ObservableList<AudioDevice> microphones() {
    return microphones;
  }

  public ObservableList<AudioDevice> speakers() {
    return speakers;
  }

  public ObjectProperty<AudioDevice> selectedMicrophoneProperty() {
    return selectedMicrophone;
  }

  public ObjectProperty<AudioDevice> selectedSpeakerProperty() {
    return selectedSpeaker;
  }

  /** Which part of the audio is missing, in one line; empty when all is well. */
  public StringBinding audioStatus() {
    return audioStatus;
  }

  /** Lists the devices again (set by the app; runs the listing off the FX thread). */
  public ObjectProperty<Runnable> refreshActionProperty() {
    return refreshAction;
  }

  /** Plays a test sound on the chosen speakers (set by the app; plays off the FX thread). */
  public ObjectProperty<Runnable> testSpeakersActionProperty() {
    return testSpeakersAction;
  }

  /** "Test speakers": plays a short chime, if the app set a way to play one. */
  public void testSpeakers() {
    Runnable action = testSpeakersAction.get();
    if (action != null) {
      speakerTest.set("Playing a chime…");
      action.run();
    }
  }

  /** How the test sound went: empty when it played, else one line saying why not. */
  public void showSpeakerTest(Optional<String> problem) {
    speakerTest.set(
        problem
            .map(why -> "No sound: " + why)
            .orElse("Played a chime — if you heard nothing, pick other speakers"));
  }

  /** What the last speaker test did, in one line; empty before the first. */
  public StringProperty speakerTestProperty() {
    return speakerTest;
  }

  /** Asks for a fresh device list, if the app set a way to get one. */
  public void refreshDevices() {
    Runnable action = refreshAction.get();
    if (action != null) {
      action.run();
    }
  }
}
