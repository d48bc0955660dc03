package dev.asciicall.net;

import dev.asciicall.common.Version;
import dev.asciicall.net.wire.Limits;
import dev.asciicall.net.wire.WireMessage;

/** Decides whether a hello gets in: protocol version, room in the call, a free name. */
final class Admission {

  private final HostServer host;

  Admission(HostServer host) {
    this.host = host;
  }

  /** Called on the host thread with the first message of a connection. */
  void admit(Member member, WireMessage.Hello hello) {
    if (hello.protocol() != Version.PROTOCOL) {
      refuse(
          member,
          NetFailure.VERSION_MISMATCH,
          "host runs asciicall "
              + Version.application()
              + " (protocol "
              + Version.PROTOCOL
              + "), you run "
              + hello.applicationVersion()
              + " (protocol "
              + hello.protocol()
              + ")");
      return;
    }
    if (host.participantCount() >= Limits.MAX_PARTICIPANTS) {
      refuse(
          member,
          NetFailure.CALL_FULL,
          "the call is full (" + Limits.MAX_PARTICIPANTS + " participants)");
      return;
    }
    host.welcome(member, uniqueName(hello.name().strip()));
  }

  private String uniqueName(String wanted) {
    if (!host.nameTaken(wanted)) {
      return wanted;
    }
    String base =
        wanted.length() > Limits.MAX_NAME_CHARS - 5
            ? wanted.substring(0, Limits.MAX_NAME_CHARS - 5)
            : wanted;
    for (int n = 2; ; n++) {
      String candidate = base + " (" + n + ")";
      if (!host.nameTaken(candidate)) {
        return candidate;
      }
    }
  }

  private static void refuse(Member member, NetFailure failure, String message) {
    Relay.sendQuietly(member.connection, new WireMessage.Refusal(failure.name(), message));
    member.connection.close();
  }
}
