package dev.asciicall.net;

import dev.asciicall.crypto.FailureBackoff;
import dev.asciicall.crypto.IdentityKeyPair;
import dev.asciicall.crypto.KnownPeers;
import dev.asciicall.crypto.PassphraseGate;
import dev.asciicall.net.wire.Limits;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * How to host a call.
 *
 * @param callName shown in discovery and to everyone who joins
 * @param hostName the host's own display name, or null for a headless relay (which holds no media
 *     keys and forwards only ciphertext)
 * @param identity this installation's identity key
 * @param knownPeers names and keys seen before, to flag a changed key; null to remember nothing
 * @param passphrase the gate joiners must pass, or null for a call without passphrase
 * @param maxParticipants participants admitted at most, the host included
 * @param encryption always {@link Encryption#END_TO_END} outside the call benchmark
 */
public record HostOptions(
    String callName,
    String hostName,
    IdentityKeyPair identity,
    KnownPeers knownPeers,
    PassphraseGate passphrase,
    int maxParticipants,
    Encryption encryption) {

  /** The largest limit a host may set, the host included. */
  public static final int MAX_PARTICIPANTS = Limits.MAX_PARTICIPANTS;

  /**
   * The default limit, the host included: what one core of a small server relays at 30 fps with
   * room to spare (see the README's relay capacity figures, {@code asciicall bench relay}).
   */
  public static final int DEFAULT_PARTICIPANTS = 32;

  public HostOptions {
    if (maxParticipants < 2 || maxParticipants > MAX_PARTICIPANTS) {
      throw new IllegalArgumentException(
          "participant limit must be 2.." + MAX_PARTICIPANTS + ", got " + maxParticipants);
    }
  }

  /** A throwaway identity, no passphrase, the default limit, nobody remembered. */
  public static HostOptions of(String callName, String hostName) {
    return new HostOptions(
        callName,
        hostName,
        IdentityKeyPair.generate(new SecureRandom()),
        null,
        null,
        DEFAULT_PARTICIPANTS,
        Encryption.END_TO_END);
  }

  /**
   * This installation's identity and memory of peers from the settings directory (created on first
   * use): what a real host uses.
   *
   * @param hostName the host's display name, or null for a headless relay
   * @throws NetException ({@link NetFailure#IDENTITY_UNAVAILABLE}) naming the unreadable file
   */
  public static HostOptions forInstallation(String callName, String hostName) throws NetException {
    Installation installation = Installation.load();
    return of(callName, hostName).withIdentity(installation.identity(), installation.knownPeers());
  }

  public HostOptions withIdentity(IdentityKeyPair newIdentity, KnownPeers newKnownPeers) {
    return new HostOptions(
        callName, hostName, newIdentity, newKnownPeers, passphrase, maxParticipants, encryption);
  }

  /** Requires {@code phrase} to join; wrong guesses from one address are slowed down. */
  public HostOptions withPassphrase(char[] phrase) {
    return withPassphraseGate(
        new PassphraseGate(phrase, new FailureBackoff(Clock.systemUTC()), new SecureRandom()));
  }

  public HostOptions withPassphraseGate(PassphraseGate gate) {
    return new HostOptions(
        callName, hostName, identity, knownPeers, gate, maxParticipants, encryption);
  }

  public HostOptions withMaxParticipants(int limit) {
    return new HostOptions(callName, hostName, identity, knownPeers, passphrase, limit, encryption);
  }

  public HostOptions withEncryption(Encryption newEncryption) {
    return new HostOptions(
        callName, hostName, identity, knownPeers, passphrase, maxParticipants, newEncryption);
  }
}
