package dev.asciicall.codec;

import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Raw deflate (no zlib header or checksum: the transport is already authenticated) with reused
 * {@link Deflater}/{@link Inflater} instances. Inflation is bounded so a small "bomb" payload can
 * never expand past what the frame's dimensions allow.
 *
 * <p>One instance per encoder or decoder; not thread-safe. {@link #close()} frees native memory.
 */
final class Compression implements AutoCloseable {

  private final Deflater deflater;
  private final Inflater inflater = new Inflater(true);
  private byte[] inflated = new byte[0];

  Compression(int level) {
    deflater = new Deflater(level, true);
  }

  /** Appends the compressed form of {@code body[0..length)} to {@code sink}. */
  void deflate(byte[] body, int length, ByteSink sink) {
    deflater.reset();
    deflater.setInput(body, 0, length);
    deflater.finish();
    while (!deflater.finished()) {
      sink.ensure(Math.max(256, length / 2));
      byte[] out = sink.array();
      sink.advance(deflater.deflate(out, sink.size(), out.length - sink.size()));
    }
  }

  /**
   * Inflates {@code payload[offset..)} into a reused buffer of at most {@code maxLength} bytes and
   * returns a source over the result.
   */
  ByteSource inflate(byte[] payload, int offset, int maxLength) throws CodecException {
    if (inflated.length < maxLength + 1) {
      inflated = new byte[maxLength + 1];
    }
    inflater.reset();
    inflater.setInput(payload, offset, payload.length - offset);
    int length = 0;
    try {
      while (!inflater.finished() && length <= maxLength) {
        int count = inflater.inflate(inflated, length, maxLength + 1 - length);
        if (count == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new CodecException("frame is truncated");
        }
        length += count;
      }
    } catch (DataFormatException e) {
      throw new CodecException("frame is corrupt: " + e.getMessage());
    }
    if (length > maxLength) {
      throw new CodecException("frame expands past " + maxLength + " bytes");
    }
    if (inflater.getRemaining() > 0) {
      throw new CodecException("frame has " + inflater.getRemaining() + " bytes of trailing data");
    }
    return new ByteSource(inflated, 0, length);
  }

  @Override
  public void close() {
    deflater.end();
    inflater.end();
  }
}
