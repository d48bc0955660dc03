package dev.asciicall.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.audio.AudioEvent;
import dev.asciicall.audio.AudioEvent.Direction;
import dev.asciicall.testing.UnitTest;
import dev.asciicall.ui.people.ParticipantsViewModel;
import java.util.ArrayDeque;
import java.util.Queue;
import org.junit.jupiter.api.Test;

@UnitTest
class AudioEventAdapterTest {

  private final Queue<Runnable> fxQueue = new ArrayDeque<>();
  private final CallControlsViewModel controls = new CallControlsViewModel();
  private final ParticipantsViewModel participants = new ParticipantsViewModel();
  private final TileViewModel me = participants.join(TileViewModel.forMe("me", "Grace"));
  private final TileViewModel ada = participants.join(TileViewModel.forParticipant("p2", "Ada"));
  private final AudioEventAdapter adapter =
      new AudioEventAdapter(controls, participants, fxQueue::add);

  private void runFxQueue() {
    while (!fxQueue.isEmpty()) {
      fxQueue.poll().run();
    }
  }

  @Test
  void manyLevelsWaitingForTheFxThreadBecomeOneHandOffShowingTheNewest() {
    for (int i = 0; i < 50; i++) {
      adapter.accept(new AudioEvent.MicrophoneLevel(0.001, false));
    }
    adapter.accept(new AudioEvent.MicrophoneLevel(1.0, true));
    assertThat(fxQueue).hasSize(1);

    runFxQueue();
    assertThat(controls.microphoneLevelProperty().get()).isEqualTo(1.0);
    assertThat(me.speakingProperty().get()).isTrue();

    adapter.accept(new AudioEvent.MicrophoneLevel(0.0, false));
    runFxQueue();
    assertThat(controls.microphoneLevelProperty().get()).isZero();
    assertThat(me.speakingProperty().get()).isFalse();
  }

  @Test
  void whileMutedMySpeechMovesTheMeterButNotMyRing() {
    controls.toggleMicrophone();
    adapter.accept(new AudioEvent.MicrophoneLevel(0.1, true));
    runFxQueue();
    assertThat(controls.microphoneLevelProperty().get()).isEqualTo(0.1);
    assertThat(controls.meterLevel().get()).as("-20 dB on a -60..0 dB meter").isBetween(0.66, 0.67);
    assertThat(me.speakingProperty().get()).isFalse();
  }

  @Test
  void othersSpeakingAndMutingReachTheirTiles() {
    adapter.accept(new AudioEvent.ParticipantSpeaking("p2", true));
    adapter.accept(new AudioEvent.ParticipantMuted("p2", true));
    adapter.accept(new AudioEvent.ParticipantMuted("gone", true));
    assertThat(ada.speakingProperty().get()).as("nothing changes off the FX thread").isFalse();
    runFxQueue();
    assertThat(ada.speakingProperty().get()).isTrue();
    assertThat(ada.microphoneMutedProperty().get()).isTrue();
  }

  @Test
  void deviceProblemsShowWhichPartIsMissingUntilTheDeviceWorks() {
    adapter.accept(new AudioEvent.DeviceProblem(Direction.OUTPUT, "No speakers found"));
    runFxQueue();
    assertThat(controls.audioStatus().get()).isEqualTo("No speakers found — you can't hear others");
    adapter.accept(new AudioEvent.DeviceStarted(Direction.OUTPUT, "Headset"));
    runFxQueue();
    assertThat(controls.audioStatus().get()).isEmpty();
  }
}
