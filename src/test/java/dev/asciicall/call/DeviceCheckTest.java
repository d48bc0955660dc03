package dev.asciicall.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.asciicall.audio.AudioDeviceException;
import dev.asciicall.audio.AudioFormats;
import dev.asciicall.audio.AudioSink;
import dev.asciicall.audio.AudioSource;
import dev.asciicall.audio.Loudness;
import dev.asciicall.audio.RecordingSink;
import dev.asciicall.audio.ToneSource;
import dev.asciicall.common.Threads;
import dev.asciicall.testing.UnitTest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The lobby's device check with a tone for a microphone and a recording for speakers. */
@UnitTest
class DeviceCheckTest {

  private static final Duration LIMIT = Duration.ofSeconds(20);

  private final RecordingSink speakers = new RecordingSink(5);
  private final AtomicBoolean microphoneClosed = new AtomicBoolean();
  private volatile AudioSource microphone = new ClosingTone();
  private final AudioEndpoints endpoints =
      new AudioEndpoints() {
        @Override
        public AudioSource microphone() {
          return microphone;
        }

        @Override
        public AudioSink speakers() {
          return speakers;
        }
      };
  private final DeviceCheck check =
      new DeviceCheck(endpoints, Threads.single("test-mic"), Threads.single("test-speaker"));
  private final List<Double> levels = new CopyOnWriteArrayList<>();
  private final List<String> problems = new CopyOnWriteArrayList<>();

  /** A tone that remembers it was closed. */
  private final class ClosingTone implements AudioSource {
    private final ToneSource tone = new ToneSource();

    @Override
    public String name() {
      return tone.name();
    }

    @Override
    public void open() {}

    @Override
    public void read(short[] frame) {
      tone.read(frame);
    }

    @Override
    public void close() {
      microphoneClosed.set(true);
    }
  }

  @AfterEach
  void close() {
    check.close();
  }

  @Test
  void theMicrophonesLevelArrivesUntilStoppedAndTheDeviceIsThenClosed() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          check.watchMicrophone(levels::add, problems::add);
          waitFor(() -> levels.size() >= 3);
          // A 0.3 full-scale sine has an RMS of 0.3/√2.
          assertThat(levels.get(1))
              .isCloseTo(0.3 / Math.sqrt(2), org.assertj.core.data.Offset.offset(0.01));

          check.stopMicrophone();
          waitFor(microphoneClosed::get);
          assertThat(problems).isEmpty();
        });
  }

  @Test
  void aMicrophoneThatCannotOpenSaysWhy() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          microphone =
              new AudioSource() {
                @Override
                public String name() {
                  return "Broken";
                }

                @Override
                public void open() throws AudioDeviceException {
                  throw new AudioDeviceException("Microphone 'Broken' is busy");
                }

                @Override
                public void read(short[] frame) {}

                @Override
                public void close() {}
              };
          check.watchMicrophone(levels::add, problems::add);
          waitFor(() -> !problems.isEmpty());
          assertThat(problems).containsExactly("Microphone 'Broken' is busy");
        });
  }

  @Test
  void theTestSoundIsAChimeOnTheChosenSpeakers() {
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          Optional<String> problem = check.playTestSound().get(10, TimeUnit.SECONDS);

          assertThat(problem).isEmpty();
          short[] played = speakers.samples();
          List<short[]> chime = DeviceCheck.chime();
          assertThat(played.length).isGreaterThan(chime.size() * AudioFormats.FRAME_SAMPLES - 1);
          short[] middle = chime.get(chime.size() / 4);
          assertThat(Loudness.rms(middle)).isGreaterThan(0.1);
          // Soft edges: the first samples start near silence.
          assertThat(Math.abs(played[0])).isLessThan(100);
        });
  }

  @Test
  void withoutSpeakersTheTestSaysSo() throws Exception {
    DeviceCheck none =
        new DeviceCheck(AudioEndpoints.NONE, Threads.single("a"), Threads.single("b"));
    try {
      assertThat(none.playTestSound().get(10, TimeUnit.SECONDS)).contains("No speakers");
    } finally {
      none.close();
    }
  }

  private static void waitFor(BooleanSupplier condition) throws InterruptedException {
    while (!condition.getAsBoolean()) {
      Thread.sleep(10);
    }
  }
}
