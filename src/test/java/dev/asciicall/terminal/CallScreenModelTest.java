package dev.asciicall.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.call.AudioAvailability;
import dev.asciicall.call.AudioStatus;
import dev.asciicall.call.CallState;
import dev.asciicall.call.CallStats;
import dev.asciicall.call.CallStatus;
import dev.asciicall.call.ChatLine;
import dev.asciicall.call.Participant;
import dev.asciicall.call.ParticipantMedia;
import dev.asciicall.call.SafetyCheck;
import dev.asciicall.testing.UnitTest;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@UnitTest
class CallScreenModelTest {

  private final CallScreenModel model = new CallScreenModel("Ann", "10.0.0.5:54555");
  private final AtomicInteger refreshes = new AtomicInteger();

  CallScreenModelTest() {
    model.onChange(refreshes::incrementAndGet);
  }

  @Test
  void whatTheCallReportsEndsUpOnTheTiles() {
    model.callStatusChanged(new CallStatus(CallState.JOINED, "standup", "In the call"));
    model.participantJoined(new Participant(7, "Bob"));
    model.participantVerified(new SafetyCheck(7, "Bob", "1111 2222", true));
    model.frameReceived(7, CallScreenTest.frame(10, 4, 'b'));
    model.participantMuted(7, true);
    model.participantSpeaking(7, true);
    model.localFrame(CallScreenTest.frame(10, 4, 'a'));
    model.localMedia(new LocalMedia(true, false));
    model.stats(new CallStats(30, 120, 8, List.of()));

    CallView view = model.view();

    assertThat(view.heading()).isEqualTo("standup");
    assertThat(view.tiles()).hasSize(2);
    TileView me = view.tiles().get(0);
    TileView bob = view.tiles().get(1);
    assertThat(me.self()).isTrue();
    assertThat(me.muted()).isTrue();
    assertThat(me.frame().glyph(0, 0)).isEqualTo('a');
    assertThat(bob.name()).isEqualTo("Bob");
    assertThat(bob.muted()).isTrue();
    assertThat(bob.speaking()).isTrue();
    assertThat(bob.safetyCode()).isEqualTo("1111 2222");
    assertThat(bob.keyChanged()).isTrue();
    assertThat(bob.frame().glyph(0, 0)).isEqualTo('b');
    assertThat(view.stats()).startsWith("sent 30 fps 120 kbit/s");
    assertThat(view.chat().get(0)).isEqualTo("* Bob joined");
    assertThat(view.chat().get(1))
        .as("a changed key is said in the strip, as the window warns")
        .startsWith("* Bob is not using the key seen before")
        .contains("1111 2222");
    assertThat(refreshes.get()).isEqualTo(9);
  }

  @Test
  void aSafetyCodeBeforeTheJoinWaitsForItsTileAndARelayGetsNone() {
    model.participantVerified(new SafetyCheck(0, "host 10.0.0.5:54555", "9999 0000", false));
    model.participantVerified(new SafetyCheck(3, "Cy", "3333 4444", false));
    assertThat(model.view().tiles()).as("my tile only").hasSize(1);

    model.participantJoined(new Participant(3, "Cy"));

    assertThat(model.view().tiles()).hasSize(2);
    assertThat(model.view().tiles().get(1).safetyCode()).isEqualTo("3333 4444");
  }

  @Test
  void theMessageLineJoinsWhatIsWrongAndANoticeFadesAfterItsTime() {
    model.callStatusChanged(new CallStatus(CallState.JOINED, "standup", "In the call"));
    model.statusChanged(new AudioStatus(AudioAvailability.NO_SPEAKERS, "no speakers (none)"));
    model.videoProblem("No camera found");
    model.notice("microphone muted");

    assertThat(model.view().message())
        .isEqualTo("microphone muted · No camera found · no speakers (none)");
    model.expireNotice(java.time.Duration.ofHours(1).toNanos());
    assertThat(model.view().message()).startsWith("microphone muted");
    model.expireNotice(0);
    assertThat(model.view().message()).isEqualTo("No camera found · no speakers (none)");
  }

  @Test
  void outsideACallTheStatusLineShowsMyPicturesFigures() {
    model.localFigures("Demo scene · 30 fps");
    assertThat(model.view().stats()).isEqualTo("Demo scene · 30 fps");

    model.callStatusChanged(new CallStatus(CallState.JOINED, "standup", "In the call"));
    model.stats(new CallStats(30, 120, 8, List.of()));

    assertThat(model.view().stats()).startsWith("sent 30 fps");
  }

  @Test
  void cameraOffHidesThePictureAndALeaveRemovesTheTile() {
    model.participantJoined(new Participant(1, "Bob"));
    model.frameReceived(1, CallScreenTest.frame(10, 4, 'b'));
    model.mediaChanged(new ParticipantMedia(1, false, true));
    assertThat(model.view().tiles().get(1).frame()).isNull();
    assertThat(model.view().tiles().get(1).cameraOff()).isTrue();

    model.participantLeft(new Participant(1, "Bob"), "left the call");
    model.frameReceived(1, CallScreenTest.frame(10, 4, 'b')); // a late frame: no tile comes back

    assertThat(model.view().tiles()).hasSize(1);
    assertThat(model.view().chat()).containsExactly("* Bob joined", "* Bob left the call");
  }

  @Test
  void chatLinesAreNamedAndOnlyTheNewestAreKept() {
    model.chatReceived(new ChatLine(0, "Ann", 0, "mine", true));
    model.chatReceived(new ChatLine(2, "Cy", 0, "theirs", false));
    for (int i = 0; i < CallScreenModel.CHAT_LINES_KEPT; i++) {
      model.chatReceived(new ChatLine(2, "Cy", 0, "line " + i, false));
    }

    List<String> chat = model.view().chat();

    assertThat(chat).hasSize(CallScreenModel.CHAT_LINES_KEPT);
    assertThat(chat.get(chat.size() - 1))
        .isEqualTo("Cy: line " + (CallScreenModel.CHAT_LINES_KEPT - 1));
    model.chatReceived(new ChatLine(0, "Ann", 0, "again", true));
    assertThat(model.view().chat()).last().isEqualTo("Ann: again");
  }

  @Test
  void theStatusLineSaysWhatIsWrongAndAnEndedCallEmptiesTheGrid() {
    model.callStatusChanged(new CallStatus(CallState.JOINED, "standup", "In the call"));
    model.participantJoined(new Participant(1, "Bob"));
    model.statusChanged(
        new AudioStatus(AudioAvailability.NO_MICROPHONE, "no microphone (none found)"));
    assertThat(model.view().message()).isEqualTo("no microphone (none found)");

    model.callStatusChanged(new CallStatus(CallState.ENDED, "", "The host ended the call"));

    assertThat(model.view().message()).isEqualTo("The host ended the call");
    assertThat(model.view().heading()).isEqualTo("10.0.0.5:54555");
    assertThat(model.view().tiles()).hasSize(1);
  }

  @Test
  void myOwnVoiceLightsMyTileOnlyOnAChange() {
    model.microphoneLevel(0.2, true);
    model.microphoneLevel(0.3, true);
    model.microphoneLevel(0.3, true);

    assertThat(model.view().tiles().get(0).speaking()).isTrue();
    assertThat(refreshes.get()).isEqualTo(1);
  }
}
