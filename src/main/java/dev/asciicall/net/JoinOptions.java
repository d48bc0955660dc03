package dev.asciicall.net;

import dev.asciicall.crypto.IdentityKeyPair;
import dev.asciicall.crypto.KnownPeers;
import java.security.SecureRandom;

/**
 * How to join a call.
 *
 * @param name the display name asked for (the host may number it)
 * @param identity this installation's identity key ({@code IdentityStore}); safety codes stay the
 *     same from call to call only if it does
 * @param knownPeers names and keys seen before, to flag a changed key; null to remember nothing
 * @param passphrase the call's passphrase, or null; it never leaves this process
 * @param encryption always {@link Encryption#END_TO_END} outside the call benchmark
 */
public record JoinOptions(
    String name,
    IdentityKeyPair identity,
    KnownPeers knownPeers,
    char[] passphrase,
    Encryption encryption) {

  /** A throwaway identity (new safety codes every call), no passphrase, no memory of peers. */
  public static JoinOptions named(String name) {
    return new JoinOptions(
        name, IdentityKeyPair.generate(new SecureRandom()), null, null, Encryption.END_TO_END);
  }

  /**
   * This installation's identity and memory of peers from the settings directory (created on first
   * use), so safety codes stay the same from call to call: what a real join uses.
   *
   * @throws NetException ({@link NetFailure#IDENTITY_UNAVAILABLE}) naming the unreadable file
   */
  public static JoinOptions forInstallation(String name) throws NetException {
    Installation installation = Installation.load();
    return named(name).withIdentity(installation.identity(), installation.knownPeers());
  }

  public JoinOptions withIdentity(IdentityKeyPair newIdentity, KnownPeers newKnownPeers) {
    return new JoinOptions(name, newIdentity, newKnownPeers, passphrase, encryption);
  }

  public JoinOptions withPassphrase(char[] newPassphrase) {
    return new JoinOptions(name, identity, knownPeers, newPassphrase, encryption);
  }

  public JoinOptions withEncryption(Encryption newEncryption) {
    return new JoinOptions(name, identity, knownPeers, passphrase, newEncryption);
  }
}
