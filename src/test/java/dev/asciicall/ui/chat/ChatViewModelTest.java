package dev.asciicall.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@UnitTest
class ChatViewModelTest {

  private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:15:00Z"), ZoneOffset.UTC);

  @Test
  void sendingGoesOutAndShowsMyLine() {
    ChatViewModel chat = new ChatViewModel(clock);
    List<String> sent = new ArrayList<>();
    chat.outgoingProperty().set(sent::add);

    assertThat(chat.send("  hello there  ")).isTrue();

    assertThat(sent).containsExactly("hello there");
    assertThat(chat.lines())
        .containsExactly(new ChatEntry("You", clock.instant(), "hello there", true));
  }

  @Test
  void nothingIsSentWhenBlankOrNotInACall() {
    ChatViewModel chat = new ChatViewModel(clock);
    assertThat(chat.canSend().get()).isFalse();
    assertThat(chat.send("hello")).isFalse();
    List<String> sent = new ArrayList<>();
    chat.outgoingProperty().set(sent::add);
    assertThat(chat.canSend().get()).isTrue();
    assertThat(chat.send("   ")).isFalse();
    assertThat(sent).isEmpty();
    assertThat(chat.lines()).isEmpty();
  }

  @Test
  void longMessagesAreCutToTheNetworkLimit() {
    ChatViewModel chat = new ChatViewModel(clock);
    List<String> sent = new ArrayList<>();
    chat.outgoingProperty().set(sent::add);
    chat.send("x".repeat(ChatViewModel.MAX_CHARS + 50));
    assertThat(sent.get(0)).hasSize(ChatViewModel.MAX_CHARS);
  }

  @Test
  void receivedLinesCountAsUnreadUntilThePanelShows() {
    ChatViewModel chat = new ChatViewModel(clock);
    chat.receive("Ada", "hi");
    chat.receive("Ada", "are you there?");
    assertThat(chat.unreadProperty().get()).isEqualTo(2);
    assertThat(chat.unreadBadge().get()).isEqualTo("2");

    chat.panelShowingProperty().set(true);
    assertThat(chat.unreadProperty().get()).isZero();
    assertThat(chat.unreadBadge().get()).isEmpty();

    chat.receive("Ada", "seen while open");
    assertThat(chat.unreadProperty().get()).isZero();
    assertThat(chat.lines()).hasSize(3);
  }

  @Test
  void oldLinesAreDroppedPastTheLimit() {
    ChatViewModel chat = new ChatViewModel(clock);
    for (int i = 0; i < ChatViewModel.MAX_LINES + 10; i++) {
      chat.receive("Ada", "line " + i);
    }
    assertThat(chat.lines()).hasSize(ChatViewModel.MAX_LINES);
    assertThat(chat.lines().get(0).text()).isEqualTo("line 10");
    assertThat(chat.unreadBadge().get()).isEqualTo("99+");
  }
}
