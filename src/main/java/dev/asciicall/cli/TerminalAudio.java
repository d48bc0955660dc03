package dev.asciicall.cli;

import dev.asciicall.audio.AudioDevices;
import dev.asciicall.audio.AudioSink;
import dev.asciicall.audio.AudioSource;
import dev.asciicall.audio.MicrophoneSource;
import dev.asciicall.audio.ProcessingSettings;
import dev.asciicall.call.AudioEndpoints;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The microphone and speakers of a terminal call: the system's default devices, as the window's
 * first call has them, or the voice {@code --audio-source} names instead of the microphone; with
 * the voice processing {@code --audio-processing} names, else every stage for a microphone and none
 * for a tone or a file. Where there is no sound card the call says which part is missing and goes
 * on, as in the window.
 */
final class TerminalAudio implements AudioEndpoints {

  private final AudioDevices devices;
  private final Supplier<AudioSource> microphone;
  private final ProcessingSettings processing;

  private TerminalAudio(
      AudioDevices devices, Supplier<AudioSource> microphone, ProcessingSettings processing) {
    this.devices = devices;
    this.microphone = microphone;
    this.processing = processing;
  }

  /** The default microphone and speakers. */
  static TerminalAudio defaultDevices(
      AudioDevices devices, Optional<ProcessingSettings> processing) {
    return new TerminalAudio(
        devices, devices::defaultMicrophone, processing.orElse(ProcessingSettings.ALL));
  }

  /** {@code voice} instead of the microphone (empty: none), the default speakers. */
  static TerminalAudio withVoice(
      AudioDevices devices, Optional<AudioSource> voice, Optional<ProcessingSettings> processing) {
    boolean microphone = voice.isPresent() && voice.get() instanceof MicrophoneSource;
    return new TerminalAudio(
        devices,
        () -> voice.orElse(null),
        processing.orElse(microphone ? ProcessingSettings.ALL : ProcessingSettings.NONE));
  }

  @Override
  public AudioSource microphone() {
    return microphone.get();
  }

  @Override
  public AudioSink speakers() {
    return devices.defaultSpeaker();
  }

  @Override
  public ProcessingSettings processing() {
    return processing;
  }
}
