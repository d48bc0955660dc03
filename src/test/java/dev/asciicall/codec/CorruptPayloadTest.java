package dev.asciicall.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asciicall.testing.UnitTest;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

/** Whatever arrives, the decoder yields a valid frame or a {@link CodecException}, nothing else. */
@UnitTest
class CorruptPayloadTest {

  @Test
  void randomBytesTruncationsAndBitFlipsOnlyEverFailCleanly() {
    Random random = new Random(42);
    List<byte[]> stream = new ArrayList<>();
    try (FrameEncoder encoder = new FrameEncoder(4)) {
      for (int frame = 0; frame < 8; frame++) {
        stream.add(encoder.encode(Grids.moving(64, 20, frame, frame % 2 == 0)));
      }
    }
    int clean = 0;
    try (FrameDecoder decoder = new FrameDecoder()) {
      for (int round = 0; round < 3000; round++) {
        byte[] original = stream.get(round % stream.size());
        byte[] mutated = mutate(random, original);
        if (outcome(decoder, mutated)) {
          clean++;
        }
        outcome(decoder, original);
      }
    }
    assertThat(clean).as("some mutations must be rejected").isLessThan(3000);
  }

  @Test
  void emptyOversizedAndUnknownVersionsAreRejectedWithAClearMessage() {
    try (FrameDecoder decoder = new FrameDecoder()) {
      assertThatThrownBy(() -> decoder.decode(new byte[0])).hasMessage("frame is empty");
      assertThatThrownBy(() -> decoder.decode(new byte[FrameHeader.MAX_PAYLOAD_BYTES + 1]))
          .isInstanceOf(CodecException.class)
          .hasMessageContaining("larger than");
      assertThatThrownBy(() -> decoder.decode(new byte[] {9, 0, 0}))
          .isInstanceOf(CodecException.class)
          .hasMessageContaining("version 9");
      assertThatThrownBy(() -> decoder.decode(new byte[] {1, 7, 0}))
          .isInstanceOf(CodecException.class)
          .hasMessageContaining("kind");
    }
  }

  @Test
  void aDecompressionBombIsStoppedAtTheSizeTheHeaderAllows() {
    // A keyframe header for a 2x2 grid followed by 10 MB of zeros deflated to a few KB.
    ByteArrayOutputStream payload = new ByteArrayOutputStream();
    payload.writeBytes(new byte[] {1, 0, 0, 2, 2, 0, 0, 0});
    Deflater deflater = new Deflater(9, true);
    deflater.setInput(new byte[10_000_000]);
    deflater.finish();
    byte[] buffer = new byte[65536];
    while (!deflater.finished()) {
      payload.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    try (FrameDecoder decoder = new FrameDecoder()) {
      assertThatThrownBy(() -> decoder.decode(payload.toByteArray()))
          .isInstanceOf(CodecException.class)
          .hasMessageContaining("expands past");
    }
  }

  /** True when the payload decoded; false on a clean CodecException; anything else fails. */
  private static boolean outcome(FrameDecoder decoder, byte[] payload) {
    try {
      GlyphGrid grid = decoder.decode(payload);
      assertThat(grid.glyphIndices()).hasSize(grid.columns() * grid.rows());
      return true;
    } catch (CodecException e) {
      assertThat(e.getMessage()).isNotBlank();
      return false;
    }
  }

  private static byte[] mutate(Random random, byte[] original) {
    switch (random.nextInt(4)) {
      case 0:
        byte[] noise = new byte[random.nextInt(200)];
        random.nextBytes(noise);
        if (noise.length > 0 && random.nextBoolean()) {
          noise[0] = 1;
        }
        return noise;
      case 1:
        return Arrays.copyOf(original, random.nextInt(original.length));
      case 2:
        byte[] flipped = original.clone();
        for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
          flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return flipped;
      default:
        byte[] extended = Arrays.copyOf(original, original.length + 1 + random.nextInt(8));
        extended[extended.length - 1] = (byte) random.nextInt(256);
        return extended;
    }
  }
}
