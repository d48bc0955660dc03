package dev.asciicall.call;

import java.util.Objects;

/**
 * The call's state with what a user should read about it.
 *
 * @param callName the call's name once hosting or joined, else empty
 * @param message one plain sentence: where we are, or for {@link CallState#ENDED} why and what to
 *     do now
 */
public record CallStatus(CallState state, String callName, String message) {

  public static final CallStatus IDLE = new CallStatus(CallState.IDLE, "", "Not in a call");

  public CallStatus {
    Objects.requireNonNull(state);
    Objects.requireNonNull(callName);
    Objects.requireNonNull(message);
  }

  static CallStatus ended(String message) {
    return new CallStatus(CallState.ENDED, "", message);
  }
}
