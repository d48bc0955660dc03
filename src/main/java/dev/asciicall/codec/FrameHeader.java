package dev.asciicall.codec;

/**
 * The uncompressed start of every payload: format version, kind, frame number and, for a delta, the
 * frame it applies to. A relay can read it to tell keyframes from deltas without decoding.
 *
 * <pre>
 * byte    version (= {@value #VERSION})
 * byte    kind: 0 keyframe, 1 delta
 * varint  frame number
 * varint  base frame number                         (delta only)
 * varint  columns, varint rows, byte mode,
 * byte    flags, byte planes (1 = fg, 2 = bg)       (keyframe only)
 * ...     raw deflate body
 * </pre>
 *
 * @param baseFrameNumber the frame a delta applies to; -1 for a keyframe
 */
public record FrameHeader(FrameKind kind, int frameNumber, int baseFrameNumber) {

  /** The payload format this codec writes and reads. */
  public static final int VERSION = 1;

  /** No payload is larger; anything bigger is rejected before it is parsed. */
  public static final int MAX_PAYLOAD_BYTES = 512 * 1024;

  static final int KIND_KEYFRAME = 0;
  static final int KIND_DELTA = 1;

  /** Reads and validates the header of {@code payload}. */
  public static FrameHeader read(byte[] payload) throws CodecException {
    return read(source(payload));
  }

  static ByteSource source(byte[] payload) throws CodecException {
    if (payload == null || payload.length == 0) {
      throw new CodecException("frame is empty");
    }
    if (payload.length > MAX_PAYLOAD_BYTES) {
      throw new CodecException(
          "frame of " + payload.length + " bytes is larger than " + MAX_PAYLOAD_BYTES);
    }
    return new ByteSource(payload, 0, payload.length);
  }

  static FrameHeader read(ByteSource source) throws CodecException {
    int version = source.readByte();
    if (version != VERSION) {
      throw new CodecException("frame format version " + version + " is not supported");
    }
    int kind = source.readByte();
    if (kind == KIND_KEYFRAME) {
      return new FrameHeader(
          FrameKind.KEYFRAME, source.readVarint(Integer.MAX_VALUE, "frame number"), -1);
    }
    if (kind == KIND_DELTA) {
      int frameNumber = source.readVarint(Integer.MAX_VALUE, "frame number");
      int base = source.readVarint(Integer.MAX_VALUE, "base frame number");
      return new FrameHeader(FrameKind.DELTA, frameNumber, base);
    }
    throw new CodecException("unknown frame kind " + kind);
  }

  static void write(ByteSink sink, FrameKind kind, int frameNumber, int baseFrameNumber) {
    sink.writeByte(VERSION);
    sink.writeByte(kind == FrameKind.KEYFRAME ? KIND_KEYFRAME : KIND_DELTA);
    sink.writeVarint(frameNumber);
    if (kind == FrameKind.DELTA) {
      sink.writeVarint(baseFrameNumber);
    }
  }
}
