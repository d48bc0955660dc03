package dev.asciicall.audio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stages switched at run time, the far end handed over, and a library that will not load. */
@UnitTest
class VoiceProcessingTest {

  private final List<AudioEvent> events = new ArrayList<>();

  /** Halves what it processes and remembers what it was told. */
  private static class HalvingProcessor implements VoiceProcessor {
    final List<ProcessingSettings> configured = new ArrayList<>();
    final List<Short> farEndFirstSamples = new ArrayList<>();
    boolean closed;

    @Override
    public void configure(ProcessingSettings settings) {
      configured.add(settings);
    }

    @Override
    public void played(short[] frame) {
      farEndFirstSamples.add(frame[0]);
    }

    @Override
    public void process(short[] frame) {
      for (int i = 0; i < frame.length; i++) {
        frame[i] = (short) (frame[i] / 2);
      }
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  private static short[] frame(int value) {
    short[] frame = new short[AudioFormats.FRAME_SAMPLES];
    java.util.Arrays.fill(frame, (short) value);
    return frame;
  }

  @Test
  void whenTheLibraryDoesNotLoadTheVoiceGoesOutUnprocessedAndOneLineSaysSo() {
    VoiceProcessing processing =
        new VoiceProcessing(
            ProcessingSettings.ALL,
            settings -> {
              throw new ProcessingUnavailableException(
                  "libpulse.so.0: cannot open shared object file", null);
            },
            events::add);
    processing.prepare();
    for (int i = 0; i < 3; i++) {
      short[] captured = frame(1000);
      processing.process(captured);
      assertThat(captured[0]).isEqualTo((short) 1000);
    }
    processing.use(ProcessingSettings.of(ProcessingStage.NOISE));
    processing.process(frame(1000));
    assertThat(events)
        .containsExactly(
            new AudioEvent.ProcessingUnavailable("libpulse.so.0: cannot open shared object file"));
    assertThat(((AudioEvent.ProcessingUnavailable) events.get(0)).message())
        .isEqualTo(
            "Voice processing unavailable (libpulse.so.0: cannot open shared object file):"
                + " your voice is sent unprocessed");
    assertThat(processing.unavailable()).isPresent();
  }

  @Test
  void stagesChangeFromTheNextFrameAndNoneLeavesTheMicrophoneUntouched() {
    HalvingProcessor fake = new HalvingProcessor();
    VoiceProcessing processing =
        new VoiceProcessing(
            ProcessingSettings.NONE,
            settings -> {
              fake.configure(settings);
              return fake;
            },
            events::add);
    short[] captured = frame(1000);
    processing.process(captured);
    assertThat(captured[0]).isEqualTo((short) 1000);

    processing.use(ProcessingSettings.of(ProcessingStage.ECHO));
    processing.process(captured);
    assertThat(captured[0]).isEqualTo((short) 500);

    processing.use(ProcessingSettings.ALL);
    processing.process(captured);
    assertThat(fake.configured)
        .containsExactly(ProcessingSettings.of(ProcessingStage.ECHO), ProcessingSettings.ALL);

    processing.use(ProcessingSettings.NONE);
    short[] untouched = frame(1000);
    processing.process(untouched);
    assertThat(untouched[0]).isEqualTo((short) 1000);
    assertThat(fake.closed).isTrue();
    assertThat(events).isEmpty();
  }

  @Test
  void anotherMicrophoneOrSpeakerStartsTheEchoCancellerAfresh() {
    List<HalvingProcessor> made = new ArrayList<>();
    VoiceProcessing processing =
        new VoiceProcessing(
            ProcessingSettings.ALL,
            settings -> {
              HalvingProcessor fresh = new HalvingProcessor();
              made.add(fresh);
              return fresh;
            },
            events::add);
    processing.process(frame(1000));
    processing.restart();
    short[] captured = frame(1000);
    processing.process(captured);
    assertThat(made).hasSize(2);
    assertThat(made.get(0).closed).isTrue();
    assertThat(captured[0]).isEqualTo((short) 500);
  }

  @Test
  void theEchoCancellerGetsWhatWasPlayedInOrderBeforeTheMicrophoneFrame() {
    HalvingProcessor fake = new HalvingProcessor();
    VoiceProcessing processing =
        new VoiceProcessing(ProcessingSettings.ALL, settings -> fake, events::add);
    processing.prepare();
    processing.farEndPlayed(frame(1));
    processing.farEndPlayed(frame(2));
    processing.process(frame(0));
    processing.farEndPlayed(frame(3));
    processing.process(frame(0));
    assertThat(fake.farEndFirstSamples).containsExactly((short) 1, (short) 2, (short) 3);
  }

  @Test
  void theLevelMeterAndSpeakingFlagShowTheProcessedSignal() {
    List<AudioEvent> levels = new ArrayList<>();
    VoiceProcessing silencing =
        new VoiceProcessing(
            ProcessingSettings.ALL,
            settings ->
                new HalvingProcessor() {
                  @Override
                  public void process(short[] frame) {
                    java.util.Arrays.fill(frame, (short) 0);
                  }
                },
            events::add);
    AudioSender sender = new AudioSender("me", new OpusFrameEncoder(), silencing, levels::add);
    short[] loud = new short[AudioFormats.FRAME_SAMPLES];
    new ToneSource(440, 0.5).read(loud);
    sender.process(loud, 0);
    // All echo: the canceller removed it, so my meter is still and my ring stays off.
    assertThat(levels).containsExactly(new AudioEvent.MicrophoneLevel(0, false));
  }

  @Test
  void farEndFramesBeyondTheQueueDropTheOldest() {
    FarEndQueue queue = new FarEndQueue();
    for (int i = 0; i < FarEndQueue.CAPACITY + 3; i++) {
      queue.offer(frame(i));
    }
    short[] out = new short[AudioFormats.FRAME_SAMPLES];
    assertThat(queue.poll(out)).isTrue();
    assertThat(out[0]).isEqualTo((short) 3);
    assertThat(queue.dropped()).isEqualTo(3);
  }
}
