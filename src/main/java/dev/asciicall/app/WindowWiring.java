package dev.asciicall.app;

import dev.asciicall.audio.AudioDevice;
import dev.asciicall.audio.AudioEvent;
import dev.asciicall.audio.ProcessingSettings;
import dev.asciicall.call.DeviceCheck;
import dev.asciicall.call.HostAddress;
import dev.asciicall.common.LatestSlot;
import dev.asciicall.ui.appearance.AppearanceViewModel;
import dev.asciicall.ui.call.CallActions;
import dev.asciicall.ui.call.CallViewModel;
import dev.asciicall.ui.common.UiThread;
import dev.asciicall.ui.controls.CallControlsViewModel;
import dev.asciicall.ui.preferences.AppPreferences;
import dev.asciicall.ui.window.WindowModels;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;

/**
 * Connects the window's view models to the app outside a call: remembered theme, text size and
 * devices; the camera switch stops and restarts capture; device lists come from Java Sound off the
 * FX thread. The call's view model adds the call's side (mute sent to others, levels, chat). FX
 * thread.
 */
final class WindowWiring {

  private WindowWiring() {}

  static WindowModels create(AppContext context) {
    AppPreferences preferences = context.preferences();
    AppearanceViewModel appearance =
        new AppearanceViewModel(preferences.theme(), preferences.fontSize());
    appearance.onChange(chosen -> preferences.saveAppearance(chosen.theme(), chosen.fontSize()));
    CallControlsViewModel controls = new CallControlsViewModel();
    controls
        .cameraOnProperty()
        .addListener(
            (observable, old, on) -> {
              if (on) {
                context.video().turnCameraOn();
              } else {
                context.video().turnCameraOff();
              }
            });
    controls.refreshActionProperty().set(() -> listDevices(context, controls));
    controls.processingProperty().set(startingProcessing(preferences));
    controls
        .processingProperty()
        .addListener((observable, old, now) -> preferences.saveProcessing(now));
    context
        .voiceProcessingProblem()
        .thenAccept(
            problem ->
                problem.ifPresent(p -> UiThread.runLater(() -> controls.showProcessingProblem(p))));
    rememberChoice(controls.selectedMicrophoneProperty(), preferences::saveMicrophone);
    rememberChoice(controls.selectedSpeakerProperty(), preferences::saveSpeaker);
    WindowModels models =
        WindowModels.create(
            CallActions.of(context.calls()), controls, appearance, Clock.systemDefaultZone());
    models
        .lobby()
        .nameProperty()
        .set(preferences.name().orElse(System.getProperty("user.name", "")));
    models
        .lobby()
        .udpPortProperty()
        .set(preferences.callNumber("join.udpPort", HostAddress.DEFAULT_UDP_PORT));
    preferences.recentHosts().stream().findFirst().ifPresent(models.lobby().targetProperty()::set);
    checkDevices(context.deviceCheck(), controls, models.call());
    return models;
  }

  /**
   * Before a call, the lobby shows the chosen microphone's level and plays a test sound on the
   * chosen speakers; a call stops the microphone check (it opens the device itself) and the level
   * then comes from the call.
   */
  private static void checkDevices(
      DeviceCheck check, CallControlsViewModel controls, CallViewModel call) {
    controls
        .testSpeakersActionProperty()
        .set(
            () ->
                check
                    .playTestSound()
                    .thenAccept(
                        problem -> UiThread.runLater(() -> controls.showSpeakerTest(problem))));
    LatestSlot<Double> level = UiThread.latest(controls.microphoneLevelProperty()::set);
    Runnable watch =
        () ->
            check.watchMicrophone(
                level::offer,
                problem ->
                    UiThread.runLater(
                        () -> {
                          // A microphone the list calls usable but that cannot be read: say so.
                          if (controls.microphones().stream().anyMatch(AudioDevice::available)) {
                            controls.showDeviceProblem(AudioEvent.Direction.INPUT, problem);
                          }
                        }));
    call.canStartProperty()
        .addListener(
            (observable, old, lobby) -> {
              if (lobby) {
                watch.run();
              } else {
                check.stopMicrophone();
              }
            });
    // The pick reaches the call's chosen devices first (ChosenAudio), then the check reopens.
    controls
        .selectedMicrophoneProperty()
        .addListener(
            (observable, old, now) ->
                UiThread.runLater(
                    () -> {
                      if (call.canStartProperty().get()) {
                        watch.run();
                      }
                    }));
    if (call.canStartProperty().get()) {
      watch.run();
    }
  }

  /**
   * The voice processing chosen last, unless the command line's {@code --audio-processing} (handed
   * over as the system property {@link ProcessingSettings#WINDOW_PROPERTY}) says otherwise for this
   * run.
   */
  private static ProcessingSettings startingProcessing(AppPreferences preferences) {
    String given = System.getProperty(ProcessingSettings.WINDOW_PROPERTY);
    if (given != null) {
      try {
        return ProcessingSettings.parse(given);
      } catch (IllegalArgumentException unreadable) {
        // The command line checked it already; a hand-set property falls back to the saved one.
      }
    }
    return preferences.processing();
  }

  /** Lists devices in the background; the remembered ones are chosen if they are still there. */
  static void listDevices(AppContext context, CallControlsViewModel controls) {
    AppPreferences preferences = context.preferences();
    context
        .listAudioDevices()
        .whenComplete(
            (lists, error) ->
                UiThread.runLater(
                    () -> {
                      if (error != null) {
                        controls.showDevices(List.of(), List.of());
                        return;
                      }
                      boolean first = controls.microphones().isEmpty();
                      controls.showDevices(lists.get(0), lists.get(1));
                      if (first) {
                        choose(
                            controls.selectedMicrophoneProperty(),
                            lists.get(0),
                            preferences.microphone());
                        choose(
                            controls.selectedSpeakerProperty(),
                            lists.get(1),
                            preferences.speaker());
                      }
                    }));
  }

  private static void choose(
      ObjectProperty<AudioDevice> chosen, List<AudioDevice> devices, Optional<String> name) {
    name.flatMap(
            wanted -> devices.stream().filter(device -> device.name().equals(wanted)).findFirst())
        .ifPresent(chosen::set);
  }

  private static void rememberChoice(
      ObjectProperty<AudioDevice> chosen, java.util.function.Consumer<String> save) {
    chosen.addListener(
        (observable, old, now) -> {
          if (now != null) {
            save.accept(now.name());
          }
        });
  }
}
