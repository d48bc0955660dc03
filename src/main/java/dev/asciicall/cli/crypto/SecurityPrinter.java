package dev.asciicall.cli.crypto;

import dev.asciicall.cli.UserFacingException;
import dev.asciicall.crypto.CryptoException;
import dev.asciicall.crypto.IdentityKeyPair;
import dev.asciicall.crypto.IdentityStore;
import dev.asciicall.crypto.KnownPeers;
import dev.asciicall.crypto.SettingsDirectory;
import dev.asciicall.net.HostOptions;
import dev.asciicall.net.JoinOptions;
import dev.asciicall.net.PeerVerification;
import java.security.SecureRandom;

/**
 * What {@code host} and {@code join} need from the crypto side: this installation's identity from
 * the settings directory, and one printed line per verified participant.
 */
public final class SecurityPrinter {

  private SecurityPrinter() {}

  /** {@code options} with this installation's identity and its memory of peers. */
  public static HostOptions withInstallationIdentity(HostOptions options) {
    return options.withIdentity(identity(), knownPeers());
  }

  /** {@code options} with this installation's identity and its memory of peers. */
  public static JoinOptions withInstallationIdentity(JoinOptions options) {
    return options.withIdentity(identity(), knownPeers());
  }

  /**
   * One line such as {@code safety code with Ann (#1): 4821 0937 5512 0083 7741}, with a warning if
   * that name was seen before with another key.
   */
  public static String describe(PeerVerification verification) {
    String line =
        "safety code with "
            + verification.name()
            + " (#"
            + verification.participantId()
            + "): "
            + verification.safetyCode();
    return verification.keyChanged()
        ? line
            + "  WARNING: not the key seen before for this name, or someone is in the middle;"
            + " compare the code by voice"
        : line;
  }

  private static IdentityKeyPair identity() {
    try {
      return IdentityStore.inSettingsDirectory().loadOrCreate(new SecureRandom());
    } catch (CryptoException e) {
      throw UserFacingException.failure(e.getMessage(), e);
    }
  }

  private static KnownPeers knownPeers() {
    return new KnownPeers(SettingsDirectory.resolve());
  }
}
