package dev.asciicall.terminal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer for terminal output: ASCII, decimal numbers and UTF-8 glyphs appended
 * without intermediate strings, then handed to the terminal in one write. Reused from refresh to
 * refresh by its one owning thread.
 */
public final class AnsiBuffer {

  private byte[] bytes;
  private int size;

  public AnsiBuffer() {
    this(16 * 1024);
  }

  public AnsiBuffer(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  public int size() {
    return size;
  }

  public void clear() {
    size = 0;
  }

  public AnsiBuffer ascii(char c) {
    ensure(1);
    bytes[size++] = (byte) c;
    return this;
  }

  public AnsiBuffer ascii(String text) {
    ensure(text.length());
    for (int i = 0; i < text.length(); i++) {
      bytes[size++] = (byte) text.charAt(i);
    }
    return this;
  }

  /** A non-negative decimal number. */
  public AnsiBuffer decimal(int value) {
    if (value < 10) {
      return ascii((char) ('0' + value));
    }
    int digits = digits(value);
    ensure(digits);
    for (int i = size + digits - 1; i >= size; i--) {
      bytes[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    size += digits;
    return this;
  }

  /** One BMP character as UTF-8 (surrogates never reach here: {@link Screen} replaces them). */
  public AnsiBuffer utf8(char c) {
    ensure(3);
    if (c < 0x80) {
      bytes[size++] = (byte) c;
    } else if (c < 0x800) {
      bytes[size++] = (byte) (0xC0 | c >> 6);
      bytes[size++] = (byte) (0x80 | c & 0x3F);
    } else {
      bytes[size++] = (byte) (0xE0 | c >> 12);
      bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
      bytes[size++] = (byte) (0x80 | c & 0x3F);
    }
    return this;
  }

  public AnsiBuffer append(AnsiBuffer other) {
    ensure(other.size);
    System.arraycopy(other.bytes, 0, bytes, size, other.size);
    size += other.size;
    return this;
  }

  public void writeTo(OutputStream out) throws IOException {
    out.write(bytes, 0, size);
  }

  public byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  @Override
  public String toString() {
    return new String(bytes, 0, size, StandardCharsets.UTF_8);
  }

  static int digits(int value) {
    int digits = 1;
    while (value >= 10) {
      value /= 10;
      digits++;
    }
    return digits;
  }

  static int utf8Length(char c) {
    return c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
