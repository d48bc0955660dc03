package dev.asciicall.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asciicall.testing.UnitTest;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@UnitTest
class FrameCodecTest {

  private final FrameEncoder encoder = new FrameEncoder(30);
  private final FrameDecoder decoder = new FrameDecoder();

  @AfterEach
  void close() {
    encoder.close();
    decoder.close();
  }

  @Test
  void aStreamOfFramesComesBackUnchanged() throws CodecException {
    for (int frame = 0; frame < 60; frame++) {
      GlyphGrid grid = Grids.moving(128, 36, frame, false);
      assertThat(decoder.decode(encoder.encode(grid))).isEqualTo(grid);
    }
  }

  @Test
  void colourComesBackQuantisedTo12Bits() throws CodecException {
    for (int frame = 0; frame < 10; frame++) {
      GlyphGrid grid = Grids.moving(80, 24, frame, true);
      GlyphGrid decoded = decoder.decode(encoder.encode(grid));
      assertThat(decoded).isEqualTo(grid.withQuantizedColors());
    }
  }

  @Test
  void customAndBraillePalettesWithBothColourPlanesTravelWithTheFrame() throws CodecException {
    Random random = new Random(7);
    for (String glyphs : new String[] {"ab", "░▒▓█", Grids.BRAILLE}) {
      for (int planes = 0; planes < 4; planes++) {
        GlyphGrid first = Grids.random(random, 37, 11, glyphs, planes);
        GlyphGrid second = Grids.random(random, 37, 11, glyphs, planes);
        assertThat(decoder.decode(encoder.encode(first))).isEqualTo(first.withQuantizedColors());
        assertThat(decoder.decode(encoder.encode(second))).isEqualTo(second.withQuantizedColors());
      }
    }
  }

  @Test
  void extremeSizesRoundTrip() throws CodecException {
    Random random = new Random(3);
    GlyphGrid tiny = Grids.random(random, 1, 1, "01", 0);
    GlyphGrid huge = Grids.random(random, 400, 200, Grids.BRAILLE, 3);
    assertThat(decoder.decode(encoder.encode(tiny))).isEqualTo(tiny);
    byte[] payload = encoder.encode(huge);
    assertThat(payload.length).isLessThanOrEqualTo(FrameHeader.MAX_PAYLOAD_BYTES);
    assertThat(decoder.decode(payload)).isEqualTo(huge.withQuantizedColors());
  }

  @Test
  void aStillSceneCostsAlmostNothingAfterTheKeyframe() throws CodecException {
    GlyphGrid grid = Grids.moving(128, 36, 5, true);
    byte[] keyframe = encoder.encode(grid);
    byte[] delta = encoder.encode(grid);
    assertThat(FrameHeader.read(keyframe).kind()).isEqualTo(FrameKind.KEYFRAME);
    assertThat(FrameHeader.read(delta).kind()).isEqualTo(FrameKind.DELTA);
    assertThat(delta.length).isLessThan(20);
    decoder.decode(keyframe);
    assertThat(decoder.decode(delta)).isEqualTo(grid.withQuantizedColors());
  }

  @Test
  void aPanningCameraIsSentAsAShiftPlusTheNewEdgeNotAsAWholeNewFrame() throws CodecException {
    Random random = new Random(11);
    GlyphGrid wide = Grids.random(random, 140, 36, Grids.RAMP, 1);
    byte[] keyframe = null;
    byte[] delta = null;
    for (int pan = 0; pan < 3; pan++) {
      GlyphGrid view = crop(wide, 8 - pan * 2, 128);
      byte[] payload = encoder.encode(view);
      assertThat(decoder.decode(payload)).isEqualTo(view.withQuantizedColors());
      if (pan == 0) {
        keyframe = payload;
      } else {
        delta = payload;
      }
    }
    assertThat(delta.length).isLessThan(keyframe.length / 10);
  }

  private static GlyphGrid crop(GlyphGrid grid, int firstColumn, int columns) {
    byte[] indices = new byte[columns * grid.rows()];
    int[] foreground = new int[columns * grid.rows()];
    for (int row = 0; row < grid.rows(); row++) {
      System.arraycopy(
          grid.glyphIndices(), row * grid.columns() + firstColumn, indices, row * columns, columns);
      System.arraycopy(
          grid.foreground(),
          row * grid.columns() + firstColumn,
          foreground,
          row * columns,
          columns);
    }
    return new GlyphGrid(
        columns, grid.rows(), grid.paletteId(), grid.glyphs(), 0, 0, indices, foreground, null);
  }

  @Test
  void keyframesComeFirstPeriodicallyOnRequestAndWhenTheLayoutChanges() {
    FrameEncoder everyThird = new FrameEncoder(3);
    try (everyThird) {
      StringBuilder kinds = new StringBuilder();
      for (int frame = 0; frame < 7; frame++) {
        if (frame == 4) {
          everyThird.requestKeyframe();
        }
        kinds.append(kind(everyThird.encode(Grids.moving(20, 5, frame, false))));
      }
      kinds.append(kind(everyThird.encode(Grids.moving(21, 5, 8, false))));
      assertThat(kinds).hasToString("KDDKKDDK");
    }
  }

  @Test
  void aReceiverThatJoinsLateOrMissesAFrameIsToldToAskForAKeyframe() throws CodecException {
    byte[] first = encoder.encode(Grids.moving(30, 10, 0, false));
    byte[] second = encoder.encode(Grids.moving(30, 10, 1, false));
    byte[] third = encoder.encode(Grids.moving(30, 10, 2, false));

    assertThatThrownBy(() -> decoder.decode(second))
        .isInstanceOf(MissingKeyframeException.class)
        .hasMessageContaining("keyframe");
    decoder.decode(first);
    assertThatThrownBy(() -> decoder.decode(third)).isInstanceOf(MissingKeyframeException.class);

    encoder.requestKeyframe();
    GlyphGrid recovered = Grids.moving(30, 10, 3, false);
    assertThat(decoder.decode(encoder.encode(recovered))).isEqualTo(recovered);
  }

  @Test
  void aCorruptFrameForgetsTheBaseSoNoDeltaIsAppliedToGarbage() throws CodecException {
    decoder.decode(encoder.encode(Grids.moving(30, 10, 0, false)));
    byte[] delta = encoder.encode(Grids.moving(30, 10, 1, false));
    byte[] truncated = java.util.Arrays.copyOf(delta, delta.length - 2);
    assertThatThrownBy(() -> decoder.decode(truncated)).isInstanceOf(CodecException.class);
    assertThatThrownBy(() -> decoder.decode(delta)).isInstanceOf(MissingKeyframeException.class);
  }

  private static char kind(byte[] payload) {
    try {
      return FrameHeader.read(payload).kind() == FrameKind.KEYFRAME ? 'K' : 'D';
    } catch (CodecException e) {
      throw new AssertionError(e);
    }
  }
}
