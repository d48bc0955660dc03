package dev.asciicall.codec;

/**
 * One plane of small values per cell (glyph indices, or 12-bit colours), written whole for a
 * keyframe or as a delta: alternating runs of unchanged and changed cells as varints, then the
 * changed values packed at the plane's bit width. Deflate then squeezes the runs and repeats.
 *
 * <p>Instances hold scratch buffers and belong to one encoder or decoder (one thread).
 */
final class PlaneCoding {

  private int[] scratch = new int[0];
  private int[] values = new int[0];

  static void writeKey(int[] plane, int cells, int bits, ByteSink sink) {
    BitPacking.pack(plane, cells, bits, sink);
  }

  /** Returns how many cells changed. */
  int writeDelta(int[] current, int[] previous, int cells, int bits, ByteSink sink) {
    int[] changed = scratch(cells);
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
    BitPacking.pack(changed, changedCount, bits, sink);
    return changedCount;
  }

  static void readKey(ByteSource source, int[] plane, int cells, int bits, int limit, String what)
      throws CodecException {
    BitPacking.unpack(source, plane, cells, bits, limit, what);
  }

  /** Applies a delta in place to {@code plane}, which holds the base frame's values. */
  void readDelta(ByteSource source, int[] plane, int cells, int bits, int limit, String what)
      throws CodecException {
    int[] positions = scratch(cells);
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
    if (values.length < changedCount) {
      values = new int[cells];
    }
    BitPacking.unpack(source, values, changedCount, bits, limit, what);
    for (int i = 0; i < changedCount; i++) {
      plane[positions[i]] = values[i];
    }
  }

  private int[] scratch(int cells) {
    if (scratch.length < cells) {
      scratch = new int[cells];
    }
    return scratch;
  }
}
