package dev.asciicall.cli;

import dev.asciicall.net.HostOptions;
import dev.asciicall.net.JoinOptions;
import dev.asciicall.net.NetException;
import dev.asciicall.net.PeerVerification;

/**
 * What {@code host} and {@code join} need from the crypto side: this installation's identity from
 * the settings directory, and one printed line per verified participant.
 */
public final class SecurityPrinter {

  private SecurityPrinter() {}

  /** A host's options with this installation's identity and its memory of peers. */
  public static HostOptions hostOptions(String callName) {
    try {
      return HostOptions.forInstallation(callName, null);
    } catch (NetException e) {
      throw UserFacingException.failure(e.getMessage(), e);
    }
  }

  /** A joiner's options with this installation's identity and its memory of peers. */
  public static JoinOptions joinOptions(String name) {
    try {
      return JoinOptions.forInstallation(name);
    } catch (NetException e) {
      throw UserFacingException.failure(e.getMessage(), e);
    }
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
}
