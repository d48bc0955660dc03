package dev.asciicall.crypto;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Reads a call passphrase from a file or an environment variable, never from the command line
 * itself (where other users could see it in the process list and it would land in shell history).
 * One trailing line break is removed, as editors and {@code echo} add one; other whitespace is
 * kept, since it may be part of the passphrase.
 */
public final class PassphraseSource {

  /** Longer passphrases are refused rather than read into memory (a wrong file was named). */
  static final int MAX_BYTES = 1024;

  private PassphraseSource() {}

  /**
   * @throws PassphraseException if the file is missing, unreadable, too long, not UTF-8 or empty
   */
  public static char[] fromFile(Path file) throws PassphraseException {
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw new PassphraseException("passphrase file " + file + " is a directory");
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new PassphraseException(
            "passphrase file " + file + " is longer than " + MAX_BYTES + " bytes");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new PassphraseException("passphrase file " + file + " does not exist");
    } catch (AccessDeniedException e) {
      throw new PassphraseException("passphrase file " + file + " is not readable");
    } catch (IOException e) {
      throw new PassphraseException("cannot read passphrase file " + file + ": " + e.getMessage());
    }
    try {
      return checked(decode(bytes), "passphrase file " + file + " is empty");
    } catch (CharacterCodingException e) {
      throw new PassphraseException("passphrase file " + file + " is not UTF-8 text");
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  /** Reads the variable {@code name} from the process environment. */
  public static char[] fromEnvironment(String name) throws PassphraseException {
    return fromEnvironment(name, System.getenv());
  }

  /**
   * @throws PassphraseException if the variable is not set or empty
   */
  static char[] fromEnvironment(String name, Map<String, String> environment)
      throws PassphraseException {
    String value = environment.get(name);
    if (value == null) {
      throw new PassphraseException("environment variable " + name + " is not set");
    }
    return checked(
        stripLineBreak(value.toCharArray()), "environment variable " + name + " is empty");
  }

  private static char[] checked(char[] passphrase, String emptyMessage) throws PassphraseException {
    if (passphrase.length == 0) {
      throw new PassphraseException(emptyMessage);
    }
    return passphrase;
  }

  private static char[] decode(byte[] bytes) throws CharacterCodingException {
    CharBuffer chars =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes));
    char[] out = new char[chars.remaining()];
    chars.get(out);
    Arrays.fill(chars.array(), '\0');
    return stripLineBreak(out);
  }

  private static char[] stripLineBreak(char[] chars) {
    int length = chars.length;
    if (length > 0 && chars[length - 1] == '\n') {
      length--;
      if (length > 0 && chars[length - 1] == '\r') {
        length--;
      }
    }
    if (length == chars.length) {
      return chars;
    }
    char[] out = Arrays.copyOf(chars, length);
    Arrays.fill(chars, '\0');
    return out;
  }
}
