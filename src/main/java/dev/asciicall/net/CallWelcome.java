package dev.asciicall.net;

import dev.asciicall.net.wire.WireMessage;

/**
 * What the host told us when it let us in.
 *
 * @param participantId our id in the call (the host is 0)
 * @param name our display name as the call knows it (the host numbers a name already taken)
 */
public record CallWelcome(int participantId, String callName, String name) {

  static CallWelcome of(WireMessage.Welcome welcome) {
    return new CallWelcome(welcome.participantId(), welcome.callName(), welcome.name());
  }
}
