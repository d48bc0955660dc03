package dev.asciicall.ui;

import dev.asciicall.audio.AudioEvent;
import dev.asciicall.ui.people.ParticipantsViewModel;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Shows the audio service's events in the window: my level on the meter and my speaking ring,
 * others' speaking and mute marks, and missing or failing devices in the controls' status line.
 * Register it with {@code AudioService.addListener}.
 *
 * <p>Called on the audio threads; every change is handed to the FX executor it is given ({@code
 * Platform::runLater} in the app, {@code Runnable::run} in tests). Levels arrive every 20 ms, so
 * they go through one slot with at most one pending hand-off: the newest level wins and the FX
 * queue never fills with stale ones.
 */
public final class AudioEventAdapter implements Consumer<AudioEvent> {

  private final CallControlsViewModel controls;
  private final ParticipantsViewModel participants;
  private final Executor fxThread;
  private final AtomicBoolean levelPending = new AtomicBoolean();
  private volatile AudioEvent.MicrophoneLevel latestLevel;

  public AudioEventAdapter(
      CallControlsViewModel controls, ParticipantsViewModel participants, Executor fxThread) {
    this.controls = controls;
    this.participants = participants;
    this.fxThread = fxThread;
  }

  @Override
  public void accept(AudioEvent event) {
    if (event instanceof AudioEvent.MicrophoneLevel level) {
      latestLevel = level;
      if (levelPending.compareAndSet(false, true)) {
        fxThread.execute(this::showLatestLevel);
      }
    } else if (event instanceof AudioEvent.ParticipantSpeaking speaking) {
      fxThread.execute(
          () ->
              participants
                  .find(speaking.participantId())
                  .ifPresent(tile -> tile.speakingProperty().set(speaking.speaking())));
    } else if (event instanceof AudioEvent.ParticipantMuted muted) {
      fxThread.execute(
          () ->
              participants
                  .find(muted.participantId())
                  .ifPresent(tile -> tile.microphoneMutedProperty().set(muted.muted())));
    } else if (event instanceof AudioEvent.DeviceProblem problem) {
      fxThread.execute(() -> controls.showDeviceProblem(problem.direction(), problem.message()));
    } else if (event instanceof AudioEvent.DeviceStarted started) {
      fxThread.execute(() -> controls.showDeviceWorking(started.direction()));
    }
  }

  /** FX thread: the newest level on the meter; my ring only while unmuted and speaking. */
  private void showLatestLevel() {
    levelPending.set(false);
    AudioEvent.MicrophoneLevel level = latestLevel;
    controls.microphoneLevelProperty().set(level.rms());
    boolean speaking = level.speaking() && !controls.microphoneMutedProperty().get();
    participants.participants().stream()
        .filter(TileViewModel::isMe)
        .forEach(me -> me.speakingProperty().set(speaking));
  }
}
