package dev.asciicall.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Duration;
import org.bouncycastle.crypto.agreement.srp.SRP6Client;

/**
 * The joiner's half of the passphrase check (see {@link PassphraseServer} for the flow). The
 * passphrase never leaves this object; a fake host learns nothing it could test guesses against
 * offline, and an {@code ADMITTED} reply is only believed if the host proves it holds the verifier.
 * Used from one thread.
 */
public final class PassphraseClient {

  private final byte[] passphrase;
  private final byte[] channelBinding;
  private final SRP6Client client = new SRP6Client();
  private byte[] clientPublic;
  private byte[] clientEvidence;
  private byte[] evidenceKey;
  private Duration retryAfter = Duration.ZERO;

  /** Copies the passphrase; the caller may wipe {@code passphrase} afterwards. */
  public PassphraseClient(char[] passphrase, byte[] channelBinding, SecureRandom random) {
    this.passphrase = Srp.passphraseBytes(passphrase);
    this.channelBinding = channelBinding.clone();
    client.init(Srp.GROUP, Srp.digest(), random);
  }

  /**
   * Answers the host's challenge with a proof of the passphrase.
   *
   * @throws CryptoException if the challenge is malformed or its SRP value invalid
   */
  public byte[] answer(byte[] challenge) throws CryptoException {
    ByteReader reader = new ByteReader(challenge, "passphrase challenge");
    reader.expectHeader(Formats.VERSION, Formats.PASSPHRASE_CHALLENGE);
    byte[] salt = reader.readBytes(Srp.SALT_LENGTH);
    byte[] serverPublic = reader.readBytes(Srp.NUMBER_LENGTH);
    reader.expectEnd();
    clientPublic =
        Srp.fixedLength(client.generateClientCredentials(salt, Srp.IDENTITY, passphrase));
    Srp.wipe(passphrase);
    try {
      BigInteger secret = client.calculateSecret(Srp.number(serverPublic));
      evidenceKey = Srp.evidenceKey(secret, channelBinding);
    } catch (org.bouncycastle.crypto.CryptoException e) {
      throw new CryptoException("the host sent an invalid passphrase challenge", e);
    }
    clientEvidence = Srp.clientEvidence(evidenceKey, clientPublic, serverPublic, salt);
    return new ByteWriter(2 + Srp.NUMBER_LENGTH + Srp.EVIDENCE_LENGTH)
        .header(Formats.VERSION, Formats.PASSPHRASE_PROOF)
        .writeBytes(clientPublic)
        .writeBytes(clientEvidence)
        .toByteArray();
  }

  /**
   * Reads the host's verdict.
   *
   * @throws CryptoException if it is malformed, or claims {@code ADMITTED} without proving that the
   *     host knows the passphrase (a fake host)
   */
  public AdmissionResult result(byte[] reply) throws CryptoException {
    if (clientEvidence == null) {
      throw new IllegalStateException("result() before answer()");
    }
    ByteReader reader = new ByteReader(reply, "passphrase result");
    reader.expectHeader(Formats.VERSION, Formats.PASSPHRASE_RESULT);
    int code = reader.readUnsignedByte();
    AdmissionResult[] results = AdmissionResult.values();
    if (code >= results.length) {
      throw ByteReader.malformed("passphrase result", "unknown result " + code);
    }
    AdmissionResult result = results[code];
    if (result == AdmissionResult.ADMITTED) {
      byte[] serverEvidence = reader.readBytes(Srp.EVIDENCE_LENGTH);
      reader.expectEnd();
      byte[] expected = Srp.serverEvidence(evidenceKey, clientPublic, clientEvidence);
      if (!Srp.constantTimeEquals(expected, serverEvidence)) {
        throw new CryptoException("the host could not prove it knows the passphrase");
      }
    } else {
      retryAfter = Duration.ofSeconds(Math.max(0, reader.readInt()));
      reader.expectEnd();
    }
    return result;
  }

  /** After {@code TRY_LATER}: how long the host asked to wait. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
