package dev.asciicall.audio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import java.util.Random;
import org.junit.jupiter.api.Test;

@UnitTest
class OpusCodecTest {

  @Test
  void speechBitRateStaysUnderThirtyTwoKilobitsPerSecond() {
    OpusFrameEncoder encoder = new OpusFrameEncoder();
    ToneSource tone = new ToneSource(300, 0.5);
    short[] frame = new short[AudioFormats.FRAME_SAMPLES];
    long bytes = 0;
    for (int i = 0; i < 250; i++) {
      tone.read(frame);
      bytes += encoder.encode(frame).length;
    }
    double kilobitsPerSecond = bytes * 8 / 1000.0 / 5.0;
    assertThat(kilobitsPerSecond).isBetween(16.0, 32.0);
  }

  @Test
  void garbageFromThePeerIsConcealedNotThrown() {
    OpusFrameDecoder decoder = new OpusFrameDecoder();
    Random random = new Random(7);
    short[] frame = new short[AudioFormats.FRAME_SAMPLES];
    for (int i = 0; i < 500; i++) {
      byte[] garbage = new byte[1 + random.nextInt(200)];
      random.nextBytes(garbage);
      decoder.decode(garbage, frame);
      decoder.recover(garbage, frame);
    }
    // Still decodes real packets afterwards.
    OpusFrameEncoder encoder = new OpusFrameEncoder();
    ToneSource tone = new ToneSource();
    for (int i = 0; i < 10; i++) {
      tone.read(frame);
      assertThat(decoder.decode(encoder.encode(frame), frame)).isTrue();
    }
    assertThat(Loudness.rms(frame)).isGreaterThan(0.1);
  }
}
