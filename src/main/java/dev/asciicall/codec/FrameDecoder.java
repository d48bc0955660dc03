package dev.asciicall.codec;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the payloads of one sender back into {@link GlyphGrid}s. Keeps the previous frame so deltas
 * can apply; a delta whose base it lacks throws {@link MissingKeyframeException} (ask the sender
 * for a keyframe); anything corrupt, truncated, oversized or out of bounds throws {@link
 * CodecException} and forgets the previous frame, so no later delta is applied to a bad base.
 *
 * <p>One decoder per sender, called from one thread (the call's receive thread). Close it to free
 * the inflater's native memory.
 */
public final class FrameDecoder implements AutoCloseable {

  private static final int COLOR_LIMIT = 1 << 12;

  private final Compression compression = new Compression(0);
  private final PlaneCoding planeCoding = new PlaneCoding();
  private CellPlanes state = new CellPlanes();
  private CellPlanes working = new CellPlanes();
  private GlyphGrid layout;
  private int lastFrameNumber;

  /** Decodes one payload; the returned grid is new and belongs to the caller. */
  public GlyphGrid decode(byte[] payload) throws CodecException {
    try {
      ByteSource source = FrameHeader.source(payload);
      FrameHeader header = FrameHeader.read(source);
      GlyphGrid grid =
          header.kind() == FrameKind.KEYFRAME
              ? decodeKeyframe(payload, source)
              : decodeDelta(payload, source, header);
      CellPlanes swap = state;
      state = working;
      working = swap;
      layout = grid;
      lastFrameNumber = header.frameNumber();
      return grid;
    } catch (MissingKeyframeException e) {
      throw e;
    } catch (CodecException e) {
      reset();
      throw e;
    }
  }

  /** Forgets the previous frame: the next payload must be a keyframe. */
  public void reset() {
    layout = null;
  }

  private GlyphGrid decodeKeyframe(byte[] payload, ByteSource source) throws CodecException {
    int columns = source.readVarint(GlyphGrid.MAX_COLUMNS, "column count");
    int rows = source.readVarint(GlyphGrid.MAX_ROWS, "row count");
    int mode = source.readByte();
    int flags = source.readByte();
    int planes = source.readByte();
    if (columns == 0 || rows == 0) {
      throw new CodecException("grid of " + columns + "x" + rows + " cells is empty");
    }
    if (planes > 3) {
      throw new CodecException("unknown colour planes " + planes);
    }
    int cells = columns * rows;
    int paletteBound = 1 + GlyphGrid.MAX_PALETTE_ID_BYTES + 5 + 4 * GlyphGrid.MAX_GLYPHS;
    ByteSource body =
        compression.inflate(
            payload,
            source.position(),
            paletteBound + cells + 2 * BitPacking.packedBytes(cells, 12));
    String paletteId = utf8(body.readBytes(body.readByte()), "palette id");
    String glyphs =
        utf8(
            body.readBytes(body.readVarint(4 * GlyphGrid.MAX_GLYPHS, "palette length")), "palette");
    String problem = GlyphGrid.problem(columns, rows, paletteId, glyphs, mode, flags);
    if (problem != null) {
      throw new CodecException("bad keyframe: " + problem);
    }
    int glyphCount = glyphs.codePointCount(0, glyphs.length());
    working.resize(cells);
    planeCoding.readKey(
        body, working.glyphs, cells, BitPacking.bitsFor(glyphCount), glyphCount, "glyph");
    if ((planes & 1) != 0) {
      planeCoding.readKey(body, working.foreground, cells, 12, COLOR_LIMIT, "foreground");
    }
    if ((planes & 2) != 0) {
      planeCoding.readKey(body, working.background, cells, 12, COLOR_LIMIT, "background");
    }
    requireFullyRead(body);
    return grid(columns, rows, paletteId, glyphs, mode, flags, planes);
  }

  private GlyphGrid decodeDelta(byte[] payload, ByteSource source, FrameHeader header)
      throws CodecException {
    if (layout == null || header.baseFrameNumber() != lastFrameNumber) {
      throw new MissingKeyframeException(
          "frame "
              + header.frameNumber()
              + " is a delta against frame "
              + header.baseFrameNumber()
              + " which was not received; a keyframe is needed");
    }
    int cells = state.cells;
    int glyphCount = layout.glyphCount();
    int bits = BitPacking.bitsFor(glyphCount);
    int runBound = 3 * (cells + 1);
    ByteSource body =
        compression.inflate(
            payload,
            source.position(),
            1
                + 3 * runBound
                + BitPacking.packedBytes(cells, bits)
                + 2 * BitPacking.packedBytes(cells, 12));
    int shift = body.readByte();
    if (!GlobalMotion.valid(shift)) {
      throw new CodecException("delta has an invalid motion shift " + shift);
    }
    working.shiftedFrom(state, layout.columns(), layout.rows(), shift);
    planeCoding.readDelta(body, working.glyphs, cells, bits, glyphCount, "glyph");
    int planes = (layout.foreground() != null ? 1 : 0) | (layout.background() != null ? 2 : 0);
    if ((planes & 1) != 0) {
      planeCoding.readDelta(body, working.foreground, cells, 12, COLOR_LIMIT, "foreground");
    }
    if ((planes & 2) != 0) {
      planeCoding.readDelta(body, working.background, cells, 12, COLOR_LIMIT, "background");
    }
    requireFullyRead(body);
    return grid(
        layout.columns(),
        layout.rows(),
        layout.paletteId(),
        layout.glyphs(),
        layout.mode(),
        layout.flags(),
        planes);
  }

  private GlyphGrid grid(
      int columns, int rows, String paletteId, String glyphs, int mode, int flags, int planes) {
    return new GlyphGrid(
        columns,
        rows,
        paletteId,
        glyphs,
        mode,
        flags,
        working.glyphBytes(),
        (planes & 1) != 0 ? CellPlanes.unpack(working.foreground, working.cells) : null,
        (planes & 2) != 0 ? CellPlanes.unpack(working.background, working.cells) : null);
  }

  private static void requireFullyRead(ByteSource body) throws CodecException {
    if (body.remaining() != 0) {
      throw new CodecException("frame has " + body.remaining() + " unexpected bytes at its end");
    }
  }

  private static String utf8(byte[] bytes, String what) throws CodecException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new CodecException(what + " is not valid UTF-8");
    }
  }

  @Override
  public void close() {
    compression.close();
  }
}
