package dev.asciicall.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.audio.AudioDevice;
import dev.asciicall.audio.AudioEvent.Direction;
import dev.asciicall.audio.ProcessingSettings;
import dev.asciicall.audio.ProcessingStage;
import dev.asciicall.testing.UnitTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@UnitTest
class CallControlsViewModelTest {

  private static AudioDevice input(String name, String problem) {
    return new AudioDevice(name, Direction.INPUT, problem);
  }

  private static AudioDevice output(String name, String problem) {
    return new AudioDevice(name, Direction.OUTPUT, problem);
  }

  @Test
  void togglesFlipMicrophoneAndCamera() {
    CallControlsViewModel controls = new CallControlsViewModel();
    assertThat(controls.microphoneMutedProperty().get()).isFalse();
    assertThat(controls.cameraOnProperty().get()).isTrue();

    controls.toggleMicrophone();
    controls.toggleCamera();

    assertThat(controls.microphoneMutedProperty().get()).isTrue();
    assertThat(controls.cameraOnProperty().get()).isFalse();
  }

  @Test
  void missingDevicesSayWhichPartIsMissing() {
    CallControlsViewModel controls = new CallControlsViewModel();
    controls.showDevices(
        List.of(input("System default", "no microphone found")),
        List.of(output("System default", "")));
    assertThat(controls.audioStatus().get())
        .isEqualTo("No microphone found — others can't hear you");

    controls.showDevices(
        List.of(input("System default", "")),
        List.of(output("System default", "no speakers found")));
    assertThat(controls.audioStatus().get()).isEqualTo("No speakers found — you can't hear others");

    controls.showDevices(
        List.of(input("System default", "no microphone found")),
        List.of(output("System default", "no speakers found")));
    assertThat(controls.audioStatus().get()).isEqualTo("No microphone or speakers — video only");

    controls.showDevices(List.of(input("System default", "")), List.of(output("Headset", "")));
    assertThat(controls.audioStatus().get()).isEmpty();
  }

  @Test
  void refreshKeepsTheChosenDeviceWhileItIsStillThere() {
    CallControlsViewModel controls = new CallControlsViewModel();
    controls.showDevices(
        List.of(input("System default", ""), input("USB mic", "")), List.of(output("Out", "")));
    assertThat(controls.selectedMicrophoneProperty().get().name()).isEqualTo("System default");
    controls.selectedMicrophoneProperty().set(controls.microphones().get(1));

    controls.showDevices(
        List.of(input("System default", ""), input("Headset", ""), input("USB mic", "")),
        List.of(output("Out", "")));
    assertThat(controls.selectedMicrophoneProperty().get().name()).isEqualTo("USB mic");

    controls.showDevices(List.of(input("System default", "")), List.of(output("Out", "")));
    assertThat(controls.selectedMicrophoneProperty().get().name()).isEqualTo("System default");
  }

  @Test
  void deviceProblemsFromTheAudioServiceShowAndClear() {
    CallControlsViewModel controls = new CallControlsViewModel();
    controls.showDeviceProblem(Direction.INPUT, "Microphone USB mic is busy");
    assertThat(controls.audioStatus().get())
        .isEqualTo("Microphone USB mic is busy — others can't hear you");
    controls.showDeviceProblem(Direction.OUTPUT, "Speakers Headset stopped");
    assertThat(controls.audioStatus().get())
        .isEqualTo("Microphone USB mic is busy; Speakers Headset stopped — video only");
    controls.showDeviceWorking(Direction.INPUT);
    controls.showDeviceWorking(Direction.OUTPUT);
    assertThat(controls.audioStatus().get()).isEmpty();
  }

  @Test
  void refreshRunsTheActionTheAppSet() {
    CallControlsViewModel controls = new CallControlsViewModel();
    int[] runs = new int[1];
    controls.refreshDevices();
    controls.refreshActionProperty().set(() -> runs[0]++);
    controls.refreshDevices();
    assertThat(runs[0]).isEqualTo(1);
  }

  @Test
  void voiceProcessingStagesSwitchOneByOneAndAMissingLibraryShowsWhileAnyIsOn() {
    CallControlsViewModel controls = new CallControlsViewModel();
    assertThat(controls.processingProperty().get()).isEqualTo(ProcessingSettings.ALL);
    controls.setProcessing(ProcessingStage.GAIN, false);
    assertThat(controls.processingProperty().get())
        .isEqualTo(ProcessingSettings.of(ProcessingStage.ECHO, ProcessingStage.NOISE));

    controls.showProcessingProblem(
        "Voice processing unavailable (libpulse.so.0: cannot open shared object file): your voice"
            + " is sent unprocessed");
    assertThat(controls.audioStatus().get())
        .startsWith("Voice processing unavailable (libpulse.so.0")
        .endsWith("— use headphones to avoid echo");

    controls.setProcessing(ProcessingStage.ECHO, false);
    controls.setProcessing(ProcessingStage.NOISE, false);
    assertThat(controls.audioStatus().get()).isEmpty();
  }
}
