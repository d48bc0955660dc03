package dev.asciicall.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.asciicall.audio.AudioDevice;
import dev.asciicall.audio.AudioDevices;
import dev.asciicall.audio.AudioEvent.Direction;
import dev.asciicall.audio.AudioService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The controls drive a real (unstarted or device-less) audio service, and its events come back. */
class AudioControlsBindingTest {

  private final DeskModels desk = DeskModels.defaults();
  private final BlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();

  @Test
  void muteSwitchAndVolumesReachTheService() {
    TileViewModel ada = desk.participants().join(TileViewModel.forParticipant("p2", "Ada"));
    ada.volumeProperty().set(0.5);
    try (AudioService audio = new AudioService("me", packet -> {});
        AudioControlsBinding binding =
            AudioControlsBinding.bind(desk, audio, new AudioDevices(), fxQueue::add)) {
      assertThat(audio.volume("p2")).isEqualTo(0.5);
      assertThat(audio.isMuted()).isFalse();

      desk.controls().toggleMicrophone();
      assertThat(audio.isMuted()).isTrue();

      TileViewModel bob = desk.participants().join(TileViewModel.forParticipant("p3", "Bob"));
      bob.volumeProperty().set(1.5);
      assertThat(audio.volume("p3")).isEqualTo(1.5);

      binding.close();
      desk.controls().toggleMicrophone();
      bob.volumeProperty().set(0.2);
      assertThat(audio.isMuted()).as("no longer bound").isTrue();
      assertThat(audio.volume("p3")).isEqualTo(1.5);
    }
  }

  @Test
  void pickingAMicrophoneThatIsNotThereSaysSoInTheControls() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          try (AudioService audio = new AudioService("me", packet -> {});
              AudioControlsBinding binding =
                  AudioControlsBinding.bind(desk, audio, new AudioDevices(), fxQueue::add)) {
            audio.start(null, null);
            desk.controls()
                .showDevices(
                    List.of(
                        new AudioDevice("System default", Direction.INPUT, ""),
                        new AudioDevice("Unplugged USB mic", Direction.INPUT, "")),
                    List.of(new AudioDevice("System default", Direction.OUTPUT, "")));
            desk.controls().selectedMicrophoneProperty().set(desk.controls().microphones().get(1));

            // Other device news (no speakers on this machine) may come first; wait for ours.
            while (!desk.controls().audioStatus().get().contains("Unplugged USB mic")) {
              Runnable next = fxQueue.poll(5, TimeUnit.SECONDS);
              assertThat(next).as("an event from the audio service").isNotNull();
              next.run();
            }
            assertThat(desk.controls().audioStatus().get())
                .containsAnyOf("others can't hear you", "video only");
          }
        });
  }
}
