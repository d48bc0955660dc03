package dev.asciicall.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Duration;
import org.bouncycastle.crypto.agreement.srp.SRP6Server;

/**
 * The host's half of one passphrase check, inside an established {@link SecureSession}:
 *
 * <pre>
 *   host → joiner   challenge  salt, B
 *   joiner → host   proof      A, M1 = HMAC(K, A B salt)
 *   host → joiner   result     ADMITTED + M2, WRONG_PASSPHRASE, or TRY_LATER + seconds
 * </pre>
 *
 * K comes from the SRP secret and the channel binding, so a proof is only valid on this connection.
 * Created by {@link PassphraseGate#begin}; used from one thread.
 */
public final class PassphraseServer {

  /** The outcome of {@link #verify}: what the host decided, and the reply to send the joiner. */
  public record Verdict(AdmissionResult result, byte[] reply) {}

  private final byte[] salt;
  private final byte[] channelBinding;
  private final String remoteAddress;
  private final FailureBackoff backoff;
  private final SRP6Server server = new SRP6Server();
  private byte[] serverPublic;

  PassphraseServer(
      byte[] salt,
      BigInteger verifier,
      byte[] channelBinding,
      String remoteAddress,
      FailureBackoff backoff,
      SecureRandom random) {
    this.salt = salt;
    this.channelBinding = channelBinding;
    this.remoteAddress = remoteAddress;
    this.backoff = backoff;
    server.init(Srp.GROUP, verifier, Srp.digest(), random);
  }

  /** The first message, sent to the joiner right after the handshake. */
  public byte[] challenge() {
    if (serverPublic != null) {
      throw new IllegalStateException("challenge already sent");
    }
    serverPublic = Srp.fixedLength(server.generateServerCredentials());
    return new ByteWriter(2 + Srp.SALT_LENGTH + Srp.NUMBER_LENGTH)
        .header(Formats.VERSION, Formats.PASSPHRASE_CHALLENGE)
        .writeBytes(salt)
        .writeBytes(serverPublic)
        .toByteArray();
  }

  /**
   * Checks the joiner's proof. A malformed proof counts as a wrong passphrase; an address still
   * waiting out its back-off gets {@code TRY_LATER} without its proof being checked, so guessing
   * faster than the back-off allows gains nothing.
   */
  public Verdict verify(byte[] proof) {
    if (serverPublic == null) {
      throw new IllegalStateException("verify() before challenge()");
    }
    Duration wait = backoff.remainingDelay(remoteAddress);
    if (!wait.isZero()) {
      long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
      return new Verdict(AdmissionResult.TRY_LATER, reply(AdmissionResult.TRY_LATER, seconds));
    }
    byte[] serverEvidence = check(proof);
    if (serverEvidence == null) {
      backoff.recordFailure(remoteAddress);
      return new Verdict(
          AdmissionResult.WRONG_PASSPHRASE, reply(AdmissionResult.WRONG_PASSPHRASE, 0));
    }
    backoff.recordSuccess(remoteAddress);
    byte[] reply =
        new ByteWriter(3 + Srp.EVIDENCE_LENGTH)
            .header(Formats.VERSION, Formats.PASSPHRASE_RESULT)
            .writeByte(AdmissionResult.ADMITTED.ordinal())
            .writeBytes(serverEvidence)
            .toByteArray();
    return new Verdict(AdmissionResult.ADMITTED, reply);
  }

  /** Returns the server evidence if the proof is right, or null if not. */
  private byte[] check(byte[] proof) {
    try {
      ByteReader reader = new ByteReader(proof, "passphrase proof");
      reader.expectHeader(Formats.VERSION, Formats.PASSPHRASE_PROOF);
      byte[] clientPublic = reader.readBytes(Srp.NUMBER_LENGTH);
      byte[] clientEvidence = reader.readBytes(Srp.EVIDENCE_LENGTH);
      reader.expectEnd();
      BigInteger secret = server.calculateSecret(Srp.number(clientPublic));
      byte[] key = Srp.evidenceKey(secret, channelBinding);
      byte[] expected = Srp.clientEvidence(key, clientPublic, serverPublic, salt);
      if (!Srp.constantTimeEquals(expected, clientEvidence)) {
        return null;
      }
      return Srp.serverEvidence(key, clientPublic, clientEvidence);
    } catch (MessageRejectedException | org.bouncycastle.crypto.CryptoException e) {
      return null; // malformed or an invalid A: treated exactly like a wrong passphrase
    }
  }

  private static byte[] reply(AdmissionResult result, long retryAfterSeconds) {
    return new ByteWriter(7)
        .header(Formats.VERSION, Formats.PASSPHRASE_RESULT)
        .writeByte(result.ordinal())
        .writeInt((int) Math.min(Integer.MAX_VALUE, retryAfterSeconds))
        .toByteArray();
  }
}
