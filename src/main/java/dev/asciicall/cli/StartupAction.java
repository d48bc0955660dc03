package dev.asciicall.cli;

import dev.asciicall.call.HostAddress;
import dev.asciicall.call.HostRequest;
import dev.asciicall.call.JoinRequest;
import dev.asciicall.capture.SourceSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code host} or {@code join} without {@code --headless} asks the window to do once it is
 * shown. Travels to the window as the plain strings of {@link GuiLauncher}; this class writes and
 * reads them, so the format lives in one place. A passphrase, if any, is the last word: the strings
 * never leave this process (the window opens in the same JVM).
 */
public sealed interface StartupAction {

  /** The picture source to start with. */
  SourceSpec source();

  record Host(HostRequest request, SourceSpec source) implements StartupAction {}

  record Join(JoinRequest request, SourceSpec source) implements StartupAction {}

  static List<String> encode(StartupAction action) {
    List<String> words = new ArrayList<>();
    char[] passphrase;
    if (action instanceof Host host) {
      HostRequest request = host.request();
      words.addAll(
          List.of(
              "host",
              Integer.toString(request.port()),
              Integer.toString(request.udpPort()),
              request.callName(),
              request.name(),
              host.source().toString()));
      passphrase = request.passphrase();
    } else {
      Join join = (Join) action;
      JoinRequest request = join.request();
      words.addAll(
          List.of(
              "join",
              request.address().toString(),
              Integer.toString(request.udpPort()),
              request.name(),
              join.source().toString()));
      passphrase = request.passphrase();
    }
    if (passphrase != null && passphrase.length > 0) {
      words.add(new String(passphrase));
    }
    return List.copyOf(words);
  }

  private static char[] passphrase(List<String> words, int index) {
    return words.size() > index ? words.get(index).toCharArray() : null;
  }

  /** The action the strings describe, or empty for none or anything unreadable. */
  static Optional<StartupAction> decode(List<String> words) {
    try {
      if ((words.size() == 6 || words.size() == 7) && words.get(0).equals("host")) {
        return Optional.of(
            new Host(
                new HostRequest(
                    Integer.parseInt(words.get(1)),
                    Integer.parseInt(words.get(2)),
                    words.get(3),
                    words.get(4),
                    passphrase(words, 6)),
                SourceSpec.parse(words.get(5))));
      }
      if ((words.size() == 5 || words.size() == 6)
          && words.get(0).equals("join")
          && HostAddress.parse(words.get(1)) instanceof HostAddress.Valid valid) {
        return Optional.of(
            new Join(
                new JoinRequest(
                    valid.address(),
                    Integer.parseInt(words.get(2)),
                    words.get(3),
                    passphrase(words, 5)),
                SourceSpec.parse(words.get(4))));
      }
    } catch (IllegalArgumentException e) {
      // Not written by encode(): no action.
    }
    return Optional.empty();
  }
}
