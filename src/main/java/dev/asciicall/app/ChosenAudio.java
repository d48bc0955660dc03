package dev.asciicall.app;

import dev.asciicall.audio.AudioDevice;
import dev.asciicall.audio.AudioDevices;
import dev.asciicall.audio.AudioSink;
import dev.asciicall.audio.AudioSource;
import dev.asciicall.audio.ProcessingSettings;
import dev.asciicall.call.AudioEndpoints;
import dev.asciicall.call.CallService;
import dev.asciicall.ui.controls.CallControlsViewModel;

/**
 * The microphone, speakers and voice processing picked in the call controls, for the call: a new
 * call starts with them (the system defaults until the lists are loaded) and a pick during a call
 * switches the running call without interrupting it. Picks arrive on the FX thread; calls read them
 * on {@code call-control-N}, hence the volatile fields.
 */
final class ChosenAudio implements AudioEndpoints {

  private final AudioDevices devices;
  private volatile AudioDevice microphone;
  private volatile AudioDevice speakers;
  private volatile ProcessingSettings processing = ProcessingSettings.ALL;

  ChosenAudio(AudioDevices devices) {
    this.devices = devices;
  }

  @Override
  public AudioSource microphone() {
    AudioDevice chosen = microphone;
    return chosen == null ? devices.defaultMicrophone() : devices.microphone(chosen);
  }

  @Override
  public AudioSink speakers() {
    AudioDevice chosen = speakers;
    return chosen == null ? devices.defaultSpeaker() : devices.speaker(chosen);
  }

  @Override
  public ProcessingSettings processing() {
    return processing;
  }

  /** Follows the pickers of {@code controls} and hands new picks to the running call. FX thread. */
  void follow(CallControlsViewModel controls, CallService calls) {
    microphone = controls.selectedMicrophoneProperty().get();
    speakers = controls.selectedSpeakerProperty().get();
    processing = controls.processingProperty().get();
    controls
        .processingProperty()
        .addListener(
            (observable, old, now) -> {
              processing = now;
              calls.useProcessing(now);
            });
    controls
        .selectedMicrophoneProperty()
        .addListener(
            (observable, old, now) -> {
              microphone = now;
              if (now != null) {
                calls.useMicrophone(devices.microphone(now));
              }
            });
    controls
        .selectedSpeakerProperty()
        .addListener(
            (observable, old, now) -> {
              speakers = now;
              if (now != null) {
                calls.useSpeakers(devices.speaker(now));
              }
            });
  }
}
