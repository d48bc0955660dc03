package dev.asciicall.codec;

/**
 * One plane of small values per cell (glyph indices, or 12-bit colours), written whole for a
 * keyframe or as a delta: alternating runs of unchanged and changed cells as varints, then the
 * changed values. Glyph indices are packed at the palette's bit width; colours (bit width {@value
 * ColorPacking#BITS}) go through {@link ColorPacking}. Deflate then squeezes the result.
 *
 * <p>Instances hold scratch buffers and belong to one encoder or decoder (one thread).
 */
final class PlaneCoding {

  private int[] positions = new int[0];
  private int[] values = new int[0];
  private int[] residuals = new int[0];

  void writeKey(int[] plane, int cells, int bits, ByteSink sink) {
    writeValues(plane, cells, bits, sink);
  }

  /** Returns how many cells changed. */
  int writeDelta(int[] current, int[] previous, int cells, int bits, ByteSink sink) {
    ensure(cells);
    int[] changed = values;
    int changedCount = 0;
    int position = 0;
    while (position < cells) {
      int start = position;
      while (position < cells && current[position] == previous[position]) {
        position++;
      }
      sink.writeVarint(position - start);
      if (position == cells) {
        break;
      }
      start = position;
      while (position < cells && current[position] != previous[position]) {
        changed[changedCount++] = current[position];
        position++;
      }
      sink.writeVarint(position - start);
    }
    writeValues(changed, changedCount, bits, sink);
    return changedCount;
  }

  void readKey(ByteSource source, int[] plane, int cells, int bits, int limit, String what)
      throws CodecException {
    ensure(cells);
    readValues(source, plane, cells, bits, limit, what);
  }

  /** Applies a delta in place to {@code plane}, which holds the (shifted) base frame's values. */
  void readDelta(ByteSource source, int[] plane, int cells, int bits, int limit, String what)
      throws CodecException {
    ensure(cells);
    int changedCount = 0;
    int position = 0;
    while (position < cells) {
      position += source.readVarint(cells - position, what + " run");
      if (position == cells) {
        break;
      }
      int run = source.readVarint(cells - position, what + " run");
      if (run == 0) {
        throw new CodecException(what + " delta has an empty run of changes");
      }
      for (int end = position + run; position < end; position++) {
        positions[changedCount++] = position;
      }
    }
    readValues(source, values, changedCount, bits, limit, what);
    for (int i = 0; i < changedCount; i++) {
      plane[positions[i]] = values[i];
    }
  }

  private void writeValues(int[] source, int count, int bits, ByteSink sink) {
    if (bits == ColorPacking.BITS) {
      ensure(count);
      ColorPacking.pack(source, count, sink, residuals);
    } else {
      BitPacking.pack(source, count, bits, sink);
    }
  }

  private void readValues(
      ByteSource source, int[] target, int count, int bits, int limit, String what)
      throws CodecException {
    if (bits == ColorPacking.BITS) {
      ColorPacking.unpack(source, target, count, residuals);
    } else {
      BitPacking.unpack(source, target, count, bits, limit, what);
    }
  }

  private void ensure(int cells) {
    if (positions.length < cells) {
      positions = new int[cells];
      values = new int[cells];
      residuals = new int[cells];
    }
  }
}
