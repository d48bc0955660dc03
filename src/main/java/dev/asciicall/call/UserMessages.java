package dev.asciicall.call;

import dev.asciicall.crypto.AdmissionResult;
import dev.asciicall.net.NetException;

/**
 * Turns what went wrong into one plain sentence for the window: what happened and what to do. The
 * network layer's own messages are precise but technical ("nothing is listening on ..."); these are
 * for someone who just wants to be in the call.
 */
final class UserMessages {

  private static final String HOST_ENDED = "the host ended the call";
  private static final String CONNECTION_LOST = "lost the connection to the host";
  private static final String REMOVED = "the host removed you from the call";

  private UserMessages() {}

  static String joinFailed(NetException e, JoinRequest request) {
    HostAddress address = request.address();
    return switch (e.failure()) {
      case NOTHING_LISTENING ->
          "Nothing is listening at "
              + address
              + ". Check the address and that the host has started the call.";
      case UNKNOWN_HOST ->
          "No computer called '"
              + address.host()
              + "' was found. Check the name, or type the host's IP address instead.";
      case TIMED_OUT ->
          "The host at "
              + address
              + " did not answer in time. Check the address, and that no firewall blocks TCP port "
              + address.port()
              + " and UDP port "
              + request.udpPort()
              + ".";
      case VERSION_MISMATCH ->
          "The host uses a different version of asciicall ("
              + e.getMessage()
              + "). Install the same version on both computers, then join again.";
      case CALL_FULL -> "This call is full. Try again when someone leaves, or ask the host.";
      case WRONG_PASSPHRASE ->
          AdmissionResult.WRONG_PASSPHRASE.userMessage().equals(e.getMessage())
              ? "Wrong passphrase for the call at "
                  + address
                  + ". Ask the host for the passphrase and join again."
              : "The call at "
                  + address
                  + " did not accept the passphrase: "
                  + e.getMessage()
                  + ".";
      case PASSPHRASE_REQUIRED ->
          "The call at " + address + " needs a passphrase. Ask the host for it and join again.";
      case CALL_LOCKED ->
          "The host has locked this call. Ask the host to unlock it, then join again.";
      case REMOVED -> "The host removed you from this call.";
      case HANDSHAKE_FAILED ->
          "The secure connection to "
              + address
              + " could not be set up ("
              + e.getMessage()
              + "). Check that both sides run the same version of asciicall.";
      case IDENTITY_UNAVAILABLE ->
          "Your identity key could not be read ("
              + e.getMessage()
              + "). Check the settings folder.";
      case PORT_IN_USE, PROTOCOL_ERROR, REFUSED ->
          "The host at "
              + address
              + " did not let us in ("
              + e.getMessage()
              + "). Check the address and ports, then try again.";
    };
  }

  static String hostFailed(NetException e, HostRequest request) {
    return switch (e.failure()) {
      case PORT_IN_USE ->
          "Port "
              + request.port()
              + " (TCP) or "
              + request.udpPort()
              + " (UDP) is already in use on this computer, perhaps by another call. "
              + "Pick other ports and host again.";
      default -> "The call could not start (" + e.getMessage() + "). Try again.";
    };
  }

  /** Whether the network layer's reason says the connection to the host was lost. */
  static boolean lostTheHost(String reason) {
    return CONNECTION_LOST.equals(reason);
  }

  /** Why a call we were in ended, from the network layer's reason. */
  static String ended(String reason) {
    if (HOST_ENDED.equals(reason)) {
      return "The host ended the call.";
    }
    if (REMOVED.equals(reason)) {
      return "The host removed you from the call. Ask the host before you join again.";
    }
    if (CONNECTION_LOST.equals(reason)) {
      return "The connection to the host was lost. Check your network, then join again.";
    }
    return "The call ended: " + reason + ".";
  }
}
