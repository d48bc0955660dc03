package dev.asciicall.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.bouncycastle.crypto.agreement.srp.SRP6VerifierGenerator;

/**
 * The host's side of a passphrase-protected call. It keeps only an SRP-6a verifier (never the
 * passphrase) and the per-address {@link FailureBackoff}; each joining connection gets its own
 * {@link PassphraseServer}. Thread safe.
 */
public final class PassphraseGate {

  private final byte[] salt;
  private final BigInteger verifier;
  private final FailureBackoff backoff;
  private final SecureRandom random;

  /** Derives the verifier; the caller may wipe {@code passphrase} afterwards. */
  public PassphraseGate(char[] passphrase, FailureBackoff backoff, SecureRandom random) {
    if (passphrase.length == 0) {
      throw new IllegalArgumentException("empty passphrase");
    }
    this.backoff = backoff;
    this.random = random;
    this.salt = new byte[Srp.SALT_LENGTH];
    random.nextBytes(salt);
    SRP6VerifierGenerator generator = new SRP6VerifierGenerator();
    generator.init(Srp.GROUP, Srp.digest());
    byte[] passphraseBytes = Srp.passphraseBytes(passphrase);
    this.verifier = generator.generateVerifier(salt, Srp.IDENTITY, passphraseBytes);
    Srp.wipe(passphraseBytes);
  }

  /**
   * Starts the check for one joining connection.
   *
   * @param remoteAddress the joiner's address as the transport sees it (host part only, so a new
   *     port does not reset the back-off)
   * @param channelBinding {@link SecureSession#channelBinding()} of that connection
   */
  public PassphraseServer begin(String remoteAddress, byte[] channelBinding) {
    return new PassphraseServer(
        salt, verifier, channelBinding.clone(), remoteAddress, backoff, random);
  }
}
