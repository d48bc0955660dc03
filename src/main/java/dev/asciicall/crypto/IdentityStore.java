package dev.asciicall.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * Keeps this installation's identity key in the settings directory, in a file only the user can
 * read ({@code rw-------}). The first call creates it; later calls load the same identity, so
 * safety codes stay the same from call to call.
 *
 * <p>File format (text, UTF-8): {@code asciicall-identity v1}, {@code public <base64 raw key>},
 * {@code private <base64 PKCS#8>}.
 */
public final class IdentityStore {

  static final String FILE_NAME = "identity";
  private static final String MAGIC = "asciicall-identity v1";

  private final Path file;

  public IdentityStore(Path settingsDirectory) {
    this.file = settingsDirectory.resolve(FILE_NAME);
  }

  /** The store in the user's settings directory (see {@link SettingsDirectory}). */
  public static IdentityStore inSettingsDirectory() {
    return new IdentityStore(SettingsDirectory.resolve());
  }

  public Path file() {
    return file;
  }

  /**
   * Loads the identity, creating and saving a new one if there is none yet.
   *
   * @throws CryptoException if the file exists but is unreadable or corrupt, or cannot be written;
   *     the message names the file
   */
  public IdentityKeyPair loadOrCreate(SecureRandom random) throws CryptoException {
    try {
      return load();
    } catch (NoSuchFileException e) {
      IdentityKeyPair created = IdentityKeyPair.generate(random);
      try {
        SettingsDirectory.writeOwnerOnly(file, encode(created));
        // Re-read so two instances racing to create the file end up with the same identity.
        return load();
      } catch (IOException writeFailure) {
        throw new CryptoException(
            "cannot save the identity key to " + file + ": " + writeFailure.getMessage(),
            writeFailure);
      }
    } catch (IOException e) {
      throw new CryptoException("cannot read the identity key " + file + ": " + e.getMessage(), e);
    }
  }

  private IdentityKeyPair load() throws IOException, CryptoException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.size() < 3
        || !lines.get(0).equals(MAGIC)
        || !lines.get(1).startsWith("public ")
        || !lines.get(2).startsWith("private ")) {
      throw new CryptoException("the identity key file " + file + " is corrupt");
    }
    tightenPermissions();
    try {
      Base64.Decoder base64 = Base64.getDecoder();
      byte[] publicKey = base64.decode(lines.get(1).substring("public ".length()).trim());
      byte[] privateKey = base64.decode(lines.get(2).substring("private ".length()).trim());
      return IdentityKeyPair.fromEncoded(privateKey, publicKey);
    } catch (IllegalArgumentException | CryptoException e) {
      throw new CryptoException("the identity key file " + file + " is corrupt", e);
    }
  }

  /** A file copied in with loose permissions is fixed rather than left readable by others. */
  private void tightenPermissions() throws IOException {
    if (SettingsDirectory.supportsPosix()
        && !Files.getPosixFilePermissions(file).equals(SettingsDirectory.OWNER_ONLY_FILE)) {
      Files.setPosixFilePermissions(file, SettingsDirectory.OWNER_ONLY_FILE);
    }
  }

  private static byte[] encode(IdentityKeyPair identity) {
    Base64.Encoder base64 = Base64.getEncoder();
    String text =
        MAGIC
            + "\npublic "
            + base64.encodeToString(identity.publicIdentity().toBytes())
            + "\nprivate "
            + base64.encodeToString(identity.encodedPrivateKey())
            + "\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
