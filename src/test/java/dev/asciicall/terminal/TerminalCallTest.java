package dev.asciicall.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.asciicall.call.CallState;
import dev.asciicall.call.CallStatus;
import dev.asciicall.call.ChatLine;
import dev.asciicall.call.Participant;
import dev.asciicall.call.ParticipantMedia;
import dev.asciicall.common.Threads;
import dev.asciicall.testing.AnsiTerminal;
import dev.asciicall.testing.UnitTest;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@UnitTest
class TerminalCallTest {

  private final InMemoryTerminal memory;
  private final RecordingControls controls = new RecordingControls();
  private final CallScreenModel model = new CallScreenModel("Ann", "127.0.0.1:54555");
  private final ExecutorService runner = Threads.single("test-terminal-call");

  TerminalCallTest() throws Exception {
    memory = new InMemoryTerminal(100, 30);
  }

  @AfterEach
  void stop() throws Exception {
    Threads.shutdown(runner, 1000);
    memory.close();
  }

  @Test
  void keysDoWhatTheySayAndQLeavesWithTheTerminalRestored() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          inACallWithBob();
          Future<String> run = start(KeyMap.CALL);
          InMemoryTerminal.until(
              () -> showing().text().contains("standup · 2 people"), "the status line shows");
          AnsiTerminal screen = showing();
          assertThat(screen.text()).contains("Ann (you)", "Bob", "aaaa", "bbbb");

          memory.type("m");
          InMemoryTerminal.until(() -> controls.calls.contains("mute"), "m mutes");
          memory.type("thello there\r");
          InMemoryTerminal.until(
              () -> controls.calls.contains("chat:hello there"), "the line is sent");
          model.chatReceived(new ChatLine(0, "Ann", 0, "hello there", true));
          InMemoryTerminal.until(
              () -> showing().text().contains("Ann: hello there"), "the chat strip");
          memory.type("q");

          assertThat(run.get()).isEqualTo("left");
          assertThat(controls.calls).containsExactly("mute", "chat:hello there", "leave");
          TerminalSessionTest.assertRestored(memory.screen(100, 30));
        });
  }

  @Test
  void ctrlCLeaves() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          Future<String> run = start(KeyMap.CALL);
          InMemoryTerminal.until(() -> showing().text().contains("Ann (you)"), "the first screen");

          memory.type("\u0003");

          assertThat(run.get()).isEqualTo("left");
          assertThat(controls.calls).containsExactly("leave");
          TerminalSessionTest.assertRestored(memory.screen(100, 30));
        });
  }

  @Test
  void aDroppedCallEndsTheScreenWithItsReason() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          TerminalCall call = call(KeyMap.CALL);
          Future<String> run = runner.submit(call::run);
          InMemoryTerminal.until(() -> showing().text().contains("Ann (you)"), "the first screen");

          call.end("connection lost");

          assertThat(run.get()).isEqualTo("connection lost");
          assertThat(controls.calls).isEmpty();
          TerminalSessionTest.assertRestored(memory.screen(100, 30));
        });
  }

  @Test
  void aResizeRedrawsTheWholeScreenAtTheNewSizeWithTheTilesReflowed() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          inACallWithBob();
          Future<String> run = start(KeyMap.CALL);
          InMemoryTerminal.until(() -> statusRow(showing()) == 29, "the first screen");
          int before = memory.output().length;

          memory.resize(40, 50);
          InMemoryTerminal.until(
              () -> memory.output().length > before && statusRow(memory.screen(40, 50)) == 49,
              "the status line moves to the new last row");

          AnsiTerminal screen = memory.screen(40, 50);
          Screen expected = new Screen(40, 50);
          CallScreen.draw(
              model.view(), KeyState.INITIAL, KeyMap.CALL, ColorLevel.XTERM_256, expected);
          Screen converted = new Screen(40, 50);
          converted.copyFrom(expected, ColorLevel.XTERM_256);
          assertThat(screen.differenceFrom(converted)).isNull();
          assertThat(rowOf(screen, "Ann (you)"))
              .as("stacked on a narrow terminal")
              .isLessThan(rowOf(screen, "Bob"));
          memory.type("q");
          run.get();
        });
  }

  @Test
  void thePreviewShowsMyPictureAndQuitsOnQ() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          CallScreenModel preview = new CallScreenModel("demo", "preview");
          preview.localFrame(CallScreenTest.frame(64, 24, 'x'));
          TerminalSession session = TerminalSession.open(memory.terminal);
          Future<String> run =
              runner.submit(
                  () ->
                      new TerminalCall(session, preview, controls, KeyMap.PREVIEW, ColorLevel.NONE)
                          .run());
          InMemoryTerminal.until(() -> statusRow(showing()) == 29, "the first screen");

          assertThat(showing().text())
              .contains("demo (you)", "xxxx", " preview")
              .doesNotContain("people");
          memory.type("mq");

          assertThat(run.get()).isEqualTo("left");
          assertThat(controls.calls).containsExactly("leave");
        });
  }

  private void inACallWithBob() {
    model.localFrame(CallScreenTest.frame(64, 24, 'a'));
    model.callStatusChanged(new CallStatus(CallState.JOINED, "standup", "In the call"));
    model.participantJoined(new Participant(1, "Bob"));
    model.frameReceived(1, CallScreenTest.frame(64, 24, 'b'));
    model.mediaChanged(new ParticipantMedia(1, false, false));
  }

  private Future<String> start(KeyMap keyMap) {
    TerminalCall call = call(keyMap);
    return runner.submit(call::run);
  }

  private TerminalCall call(KeyMap keyMap) {
    TerminalSession session = TerminalSession.open(memory.terminal);
    return new TerminalCall(session, model, controls, keyMap, ColorLevel.XTERM_256);
  }

  private AnsiTerminal showing() {
    return memory.screen(100, 30);
  }

  private static int statusRow(AnsiTerminal screen) {
    for (int row = screen.rows() - 1; row >= 0; row--) {
      if (screen.rowText(row).contains("? help") && screen.style(0, row) == CellStyle.REVERSE) {
        return row;
      }
    }
    return -1;
  }

  private static int rowOf(AnsiTerminal screen, String text) {
    for (int row = 0; row < screen.rows(); row++) {
      if (screen.rowText(row).contains(text)) {
        return row;
      }
    }
    return -1;
  }
}
