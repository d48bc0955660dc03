package dev.asciicall.codec;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.Deflater;

/**
 * Turns one outgoing stream of {@link GlyphGrid}s into compact payloads: a keyframe first, on
 * {@link #requestKeyframe()}, whenever the layout (size, palette, mode, flags, colour planes)
 * changes and every {@code keyframeInterval} frames; otherwise a delta against the previous frame.
 *
 * <p>Stateful: one encoder per outgoing stream, {@link #encode} called from one thread (the call's
 * video send thread). {@link #requestKeyframe()} may be called from any thread (a network thread
 * when a peer joins or asks). Close it to free the deflater's native memory.
 */
public final class FrameEncoder implements AutoCloseable {

  /** About five seconds at 30 frames a second: the longest a receiver waits to recover. */
  public static final int DEFAULT_KEYFRAME_INTERVAL = 150;

  private final int keyframeInterval;
  private final Compression compression;
  private final PlaneCoding planeCoding = new PlaneCoding();
  private final AtomicBoolean keyframeRequested = new AtomicBoolean(true);
  private final ByteSink body = new ByteSink(8192);
  private final ByteSink out = new ByteSink(4096);

  private GlyphGrid previousLayout;
  private int frameNumber = -1;
  private int framesSinceKeyframe;
  private CellPlanes previous = new CellPlanes();
  private CellPlanes current = new CellPlanes();
  private final CellPlanes predicted = new CellPlanes();

  public FrameEncoder() {
    this(DEFAULT_KEYFRAME_INTERVAL);
  }

  /**
   * @param keyframeInterval a keyframe at least every this many frames, 1 = keyframes only
   */
  public FrameEncoder(int keyframeInterval) {
    this(keyframeInterval, Deflater.DEFAULT_COMPRESSION);
  }

  /** For the benchmark: trade encode time against size with a deflate level 1..9. */
  public FrameEncoder(int keyframeInterval, int deflateLevel) {
    if (keyframeInterval < 1) {
      throw new IllegalArgumentException("keyframe interval must be at least 1");
    }
    this.keyframeInterval = keyframeInterval;
    this.compression = new Compression(deflateLevel);
  }

  /** Makes the next frame a keyframe, e.g. because a receiver joined or lost a frame. */
  public void requestKeyframe() {
    keyframeRequested.set(true);
  }

  /** Encodes the next frame of the stream; the returned array belongs to the caller. */
  public byte[] encode(GlyphGrid grid) {
    frameNumber = (frameNumber + 1) & Integer.MAX_VALUE;
    current.load(grid);
    boolean keyframe =
        keyframeRequested.getAndSet(false)
            || previousLayout == null
            || !previousLayout.sameLayout(grid)
            || framesSinceKeyframe + 1 >= keyframeInterval;
    out.clear();
    body.clear();
    if (keyframe) {
      FrameHeader.write(out, FrameKind.KEYFRAME, frameNumber, -1);
      writeKeyframe(grid);
      framesSinceKeyframe = 0;
    } else {
      FrameHeader.write(out, FrameKind.DELTA, frameNumber, (frameNumber - 1) & Integer.MAX_VALUE);
      writeDelta(grid);
      framesSinceKeyframe++;
    }
    compression.deflate(body.array(), body.size(), out);
    previousLayout = grid;
    CellPlanes swap = previous;
    previous = current;
    current = swap;
    return java.util.Arrays.copyOf(out.array(), out.size());
  }

  private void writeKeyframe(GlyphGrid grid) {
    out.writeVarint(grid.columns());
    out.writeVarint(grid.rows());
    out.writeByte(grid.mode());
    out.writeByte(grid.flags());
    out.writeByte((grid.foreground() != null ? 1 : 0) | (grid.background() != null ? 2 : 0));
    byte[] id = grid.paletteId().getBytes(StandardCharsets.UTF_8);
    byte[] glyphs = grid.glyphs().getBytes(StandardCharsets.UTF_8);
    body.writeByte(id.length);
    body.writeBytes(id, 0, id.length);
    body.writeVarint(glyphs.length);
    body.writeBytes(glyphs, 0, glyphs.length);
    int cells = current.cells;
    planeCoding.writeKey(current.glyphs, cells, BitPacking.bitsFor(grid.glyphCount()), body);
    if (grid.foreground() != null) {
      planeCoding.writeKey(current.foreground, cells, 12, body);
    }
    if (grid.background() != null) {
      planeCoding.writeKey(current.background, cells, 12, body);
    }
  }

  private void writeDelta(GlyphGrid grid) {
    int cells = current.cells;
    int bits = BitPacking.bitsFor(grid.glyphCount());
    int shift =
        GlobalMotion.bestShift(current.glyphs, previous.glyphs, grid.columns(), grid.rows());
    CellPlanes base = previous;
    if (shift != GlobalMotion.encode(0, 0)) {
      predicted.shiftedFrom(previous, grid.columns(), grid.rows(), shift);
      base = predicted;
    }
    body.writeByte(shift);
    planeCoding.writeDelta(current.glyphs, base.glyphs, cells, bits, body);
    if (grid.foreground() != null) {
      planeCoding.writeDelta(current.foreground, base.foreground, cells, 12, body);
    }
    if (grid.background() != null) {
      planeCoding.writeDelta(current.background, base.background, cells, 12, body);
    }
  }

  @Override
  public void close() {
    compression.close();
  }
}
