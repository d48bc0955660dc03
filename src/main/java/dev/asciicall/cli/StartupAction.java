package dev.asciicall.cli;

import dev.asciicall.call.HostRequest;
import dev.asciicall.call.JoinRequest;
import dev.asciicall.capture.SourceSpec;
import java.util.Objects;
import java.util.Optional;

/**
 * What the window does once it is shown: open as the user left it, or host or join the call the
 * command line ({@code host} or {@code join} without {@code --headless}) asked for. Handed to the
 * window as it is, in the same process: a passphrase stays a {@code char[]} the call clears after
 * use, never a string.
 */
public sealed interface StartupAction {

  /** The picture source to start with; empty for the one chosen last time. */
  Optional<SourceSpec> startingSource();

  /** Just open the window: the source chosen last time, no call. */
  record Open() implements StartupAction {
    @Override
    public Optional<SourceSpec> startingSource() {
      return Optional.empty();
    }
  }

  /** Open the window hosting {@code request}, showing {@code source}. */
  record Host(HostRequest request, SourceSpec source) implements StartupAction {
    public Host {
      Objects.requireNonNull(request);
      Objects.requireNonNull(source);
    }

    @Override
    public Optional<SourceSpec> startingSource() {
      return Optional.of(source);
    }
  }

  /** Open the window joining {@code request}, showing {@code source}. */
  record Join(JoinRequest request, SourceSpec source) implements StartupAction {
    public Join {
      Objects.requireNonNull(request);
      Objects.requireNonNull(source);
    }

    @Override
    public Optional<SourceSpec> startingSource() {
      return Optional.of(source);
    }
  }
}
