package dev.asciicall.crypto;

/**
 * The result of a completed handshake: the two channels to wrap the connection in, and who is on
 * the other end.
 *
 * @param control ordered channel for the TCP stream (control messages, chat, ASCII frames)
 * @param datagrams replay-windowed channel for UDP packets (audio)
 * @param local this installation's identity
 * @param peer the identity the other side proved in the handshake
 * @param channelBinding 32 bytes unique to this connection, known only to its two ends; binds the
 *     passphrase check to the connection so it cannot be relayed by a man in the middle
 */
public record SecureSession(
    SecureChannel control,
    SecureChannel datagrams,
    PublicIdentity local,
    PublicIdentity peer,
    byte[] channelBinding) {

  public SecureSession {
    channelBinding = channelBinding.clone();
  }

  @Override
  public byte[] channelBinding() {
    return channelBinding.clone();
  }

  /** The code both people read aloud to check there is no one in the middle. */
  public SafetyCode safetyCode() {
    return SafetyCode.between(local, peer);
  }
}
