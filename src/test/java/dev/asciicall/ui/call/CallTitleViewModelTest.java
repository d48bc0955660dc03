package dev.asciicall.ui.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.call.CallState;
import dev.asciicall.call.CallStatus;
import dev.asciicall.call.Participant;
import dev.asciicall.testing.MovableClock;
import dev.asciicall.testing.UnitTest;
import dev.asciicall.ui.chat.ChatViewModel;
import dev.asciicall.ui.controls.CallControlsViewModel;
import dev.asciicall.ui.people.ParticipantsViewModel;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@UnitTest
class CallTitleViewModelTest {

  private final MovableClock clock = new MovableClock();
  private final CallViewModel call =
      new CallViewModel(
          CallActions.NONE,
          new CallControlsViewModel(),
          new ChatViewModel(),
          new ParticipantsViewModel());
  private final CallTitleViewModel title = new CallTitleViewModel(call, clock);

  @Test
  void theLobbyIsJustTheAppsName() {
    assertThat(title.titleProperty().get()).isEqualTo("asciicall");
    assertThat(title.timerProperty().get()).isEmpty();
  }

  @Test
  void joiningSaysWhereAndTheCallThenShowsItsNameTimerAndPeople() {
    call.statusChanged(new CallStatus(CallState.CONNECTING, "", "Joining 10.0.0.5:54555…"));
    assertThat(title.titleProperty().get()).isEqualTo("Joining 10.0.0.5:54555… — asciicall");

    call.statusChanged(new CallStatus(CallState.JOINED, "Standup", "In 'Standup'"));
    call.participantJoined(new Participant(0, "Hana"));
    clock.advance(Duration.ofSeconds(42));
    title.tick();
    assertThat(title.timerProperty().get()).isEqualTo("0:42");
    assertThat(title.titleProperty().get()).isEqualTo("Standup · 0:42 · 2 people — asciicall");

    clock.advance(Duration.ofMinutes(61));
    title.tick();
    assertThat(title.timerProperty().get()).isEqualTo("1:01:42");

    call.statusChanged(new CallStatus(CallState.ENDED, "", "The host ended the call."));
    assertThat(title.titleProperty().get()).isEqualTo("asciicall");
    assertThat(title.timerProperty().get()).isEmpty();
  }

  @Test
  void aHostAloneIsWaitingForOthers() {
    call.statusChanged(new CallStatus(CallState.HOSTING, "Standup", "Hosting 'Standup'"));

    assertThat(title.titleProperty().get())
        .isEqualTo("Standup · 0:00 · waiting for others — asciicall");
  }
}
