package dev.asciicall.ui;

import dev.asciicall.audio.AudioDevice;
import dev.asciicall.audio.AudioDevices;
import dev.asciicall.audio.AudioService;
import dev.asciicall.common.Subscription;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;

/**
 * Connects the window's audio controls to a call's {@link AudioService}: the mute switch, the
 * device pickers and each participant's volume go to the service; its events come back through an
 * {@link AudioEventAdapter}. The call adapter binds when audio starts and closes the binding when
 * the call ends.
 *
 * <p>Made and closed on the FX thread; the service's methods may be called from any thread.
 */
public final class AudioControlsBinding implements AutoCloseable {

  private final List<Runnable> undo = new ArrayList<>();

  private AudioControlsBinding() {}

  /**
   * Binds now: the service is muted if the switch is, and uses the chosen devices.
   *
   * @param fxThread runs the service's events on the FX thread ({@code Platform::runLater})
   */
  public static AudioControlsBinding bind(
      DeskModels desk, AudioService audio, AudioDevices devices, Executor fxThread) {
    AudioControlsBinding binding = new AudioControlsBinding();
    CallControlsViewModel controls = desk.controls();

    ChangeListener<Boolean> mute = (observable, old, muted) -> applyMute(audio, muted);
    applyMute(audio, controls.microphoneMutedProperty().get());
    controls.microphoneMutedProperty().addListener(mute);
    binding.undo.add(() -> controls.microphoneMutedProperty().removeListener(mute));

    ChangeListener<AudioDevice> microphone =
        (observable, old, device) -> {
          if (device != null) {
            audio.useSource(devices.microphone(device));
          }
        };
    controls.selectedMicrophoneProperty().addListener(microphone);
    binding.undo.add(() -> controls.selectedMicrophoneProperty().removeListener(microphone));
    ChangeListener<AudioDevice> speaker =
        (observable, old, device) -> {
          if (device != null) {
            audio.useSink(devices.speaker(device));
          }
        };
    controls.selectedSpeakerProperty().addListener(speaker);
    binding.undo.add(() -> controls.selectedSpeakerProperty().removeListener(speaker));

    binding.followVolumes(desk, audio);

    Subscription events =
        audio.addListener(new AudioEventAdapter(controls, desk.participants(), fxThread));
    binding.undo.add(events::close);
    return binding;
  }

  private static void applyMute(AudioService audio, boolean muted) {
    if (muted) {
      audio.mute();
    } else {
      audio.unmute();
    }
  }

  /** Every participant's volume slider, for those in the call now and those who join later. */
  private void followVolumes(DeskModels desk, AudioService audio) {
    List<Runnable> perParticipant = new ArrayList<>();
    ListChangeListener<TileViewModel> joins =
        change -> {
          while (change.next()) {
            change.getAddedSubList().forEach(tile -> perParticipant.add(follow(tile, audio)));
          }
        };
    desk.participants().participants().forEach(tile -> perParticipant.add(follow(tile, audio)));
    desk.participants().participants().addListener(joins);
    undo.add(() -> desk.participants().participants().removeListener(joins));
    undo.add(() -> perParticipant.forEach(Runnable::run));
  }

  private static Runnable follow(TileViewModel tile, AudioService audio) {
    if (tile.isMe()) {
      return () -> {};
    }
    ChangeListener<Number> volume =
        (observable, old, now) -> audio.setVolume(tile.participantId(), now.doubleValue());
    audio.setVolume(tile.participantId(), tile.volumeProperty().get());
    tile.volumeProperty().addListener(volume);
    return () -> tile.volumeProperty().removeListener(volume);
  }

  /** Stops following the controls and the service's events. FX thread. */
  @Override
  public void close() {
    undo.forEach(Runnable::run);
    undo.clear();
  }
}
