package dev.asciicall.ui.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.ascii.TextFrames;
import dev.asciicall.call.AudioAvailability;
import dev.asciicall.call.AudioStatus;
import dev.asciicall.call.CallState;
import dev.asciicall.call.CallStats;
import dev.asciicall.call.CallStatus;
import dev.asciicall.call.ChatLine;
import dev.asciicall.call.Participant;
import dev.asciicall.call.ParticipantMedia;
import dev.asciicall.call.SafetyCheck;
import dev.asciicall.testing.MovableClock;
import dev.asciicall.testing.UnitTest;
import dev.asciicall.ui.chat.ChatEntry;
import dev.asciicall.ui.chat.ChatViewModel;
import dev.asciicall.ui.controls.CallControlsViewModel;
import dev.asciicall.ui.feed.ConnectionQuality;
import dev.asciicall.ui.feed.TileViewModel;
import dev.asciicall.ui.notice.Notice;
import dev.asciicall.ui.notice.NoticesViewModel;
import dev.asciicall.ui.people.ParticipantsViewModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The window's decisions about the call, without a window: events in, what the tiles, lists,
 * controls and notices show out, and what goes back to the call.
 */
@UnitTest
class CallViewModelTest {

  private static final Participant ADA = new Participant(1, "Ada");

  /** The call as the view model sees it: records what it is asked to do. */
  private static final class FakeCall implements CallActions {
    final List<String> done = new ArrayList<>();
    CallStats stats = CallStats.NONE;

    @Override
    public CallStats stats() {
      return stats;
    }

    @Override
    public void setVolume(int participantId, double gain) {
      done.add("volume " + participantId + " " + gain);
    }

    @Override
    public void sendChat(String text) {
      done.add("chat " + text);
    }

    @Override
    public void leave() {
      done.add("leave");
    }

    @Override
    public void remove(int participantId) {
      done.add("remove " + participantId);
    }

    @Override
    public void muteMicrophone() {
      done.add("mute");
    }

    @Override
    public void unmuteMicrophone() {
      done.add("unmute");
    }

    @Override
    public void showCameraOff() {
      done.add("camera off");
    }

    @Override
    public void showCameraOn() {
      done.add("camera on");
    }
  }

  private final FakeCall call = new FakeCall();
  private final CallControlsViewModel controls = new CallControlsViewModel();
  private final ChatViewModel chat = new ChatViewModel();
  private final ParticipantsViewModel people = new ParticipantsViewModel();
  private final MovableClock clock = new MovableClock();
  private final CallViewModel model = new CallViewModel(call, controls, chat, people, clock);
  private final List<Notice> notices = new ArrayList<>();

  {
    people.join(TileViewModel.forMe("me", "Grace"));
    model.onNotice(notices::add);
  }

  private void joined() {
    model.statusChanged(new CallStatus(CallState.CONNECTING, "", "Joining 10.0.0.5:54555…"));
    model.statusChanged(new CallStatus(CallState.JOINED, "Standup", "In 'Standup' at 10.0.0.5"));
  }

  @Test
  void mySwitchesGoToTheCallFromTheStart() {
    assertThat(call.done).containsExactly("unmute", "camera on");

    controls.toggleMicrophone();
    controls.toggleCamera();

    assertThat(call.done).containsExactly("unmute", "camera on", "mute", "camera off");
  }

  @Test
  void joiningACallSaysSoOnceAndOpensTheChat() {
    joined();
    model.statusChanged(new CallStatus(CallState.JOINED, "Standup", "In 'Standup' at 10.0.0.5"));

    assertThat(model.stateProperty().get()).isEqualTo(CallState.JOINED);
    assertThat(model.messageProperty().get()).isEqualTo("In 'Standup' at 10.0.0.5");
    assertThat(model.canStartProperty().get()).isFalse();
    assertThat(model.inCallProperty().get()).isTrue();
    assertThat(notices).containsExactly(Notice.info("In 'Standup' at 10.0.0.5").about("call"));
    assertThat(chat.send("hello")).isTrue();
    assertThat(call.done).endsWith("chat hello");
    assertThat(people.canRemove().get()).as("only the host removes").isFalse();
  }

  @Test
  void someoneJoiningGetsAFeedWithTheFramesThatCameBeforeTheJoinAndTheirVolumeReachesTheCall() {
    joined();
    clock.advance(Duration.ofSeconds(10));
    AsciiFrame early = TextFrames.ofLines("@@", "..");
    model.frames(ADA.id()).offer(early);

    model.participantJoined(ADA);
    model.participantJoined(ADA);

    assertThat(model.remoteFeeds()).hasSize(1);
    RemoteFeed feed = model.remoteFeeds().get(0);
    assertThat(feed.participantId()).isEqualTo(1);
    assertThat(feed.person().nameProperty().get()).isEqualTo("Ada");
    assertThat(feed.frames().take()).isSameAs(early);
    assertThat(people.find("1")).contains(feed.person());
    assertThat(notices).endsWith(Notice.info("Ada joined the call").about("people"));

    feed.person().volumeProperty().set(0.5);
    assertThat(call.done).endsWith("volume 1 0.5");
  }

  @Test
  void someoneLeavingLosesTheirFeedAndTheirPlaceInTheList() {
    joined();
    model.participantJoined(ADA);
    model.forgetFrames(ADA.id());
    model.participantLeft(ADA, "left the call");

    assertThat(model.remoteFeeds()).isEmpty();
    assertThat(people.find("1")).isEmpty();
    assertThat(notices).endsWith(Notice.info("Ada left the call"));
  }

  @Test
  void aSafetyCodeThatCameBeforeTheJoinShowsOnTheTileAndAChangedKeyWarns() {
    joined();
    model.participantVerified(new SafetyCheck(1, "Ada", "4821 0937", true));
    assertThat(notices)
        .endsWith(
            Notice.warning(
                    "Ada is not using the key seen before for this name. Compare the safety code"
                        + " 4821 0937 with them by voice before you trust the call.")
                .about("key-1"));
    assertThat(model.lastNoticeProperty().get()).startsWith("Ada is not using the key");

    model.participantJoined(ADA);

    TileViewModel ada = model.remoteFeeds().get(0).person();
    assertThat(ada.safetyCodeProperty().get()).isEqualTo("4821 0937");
    assertThat(ada.keyChangedProperty().get()).isTrue();
  }

  @Test
  void marksOfMuteCameraAndSpeakingFollowTheParticipant() {
    joined();
    model.participantJoined(ADA);
    TileViewModel ada = model.remoteFeeds().get(0).person();

    model.mediaChanged(new ParticipantMedia(1, true, true));
    assertThat(ada.microphoneMutedProperty().get()).isTrue();
    assertThat(ada.cameraOffProperty().get()).isTrue();
    model.participantMuted(1, false);
    assertThat(ada.microphoneMutedProperty().get()).isFalse();
    model.participantSpeaking(1, true);
    assertThat(ada.speakingProperty().get()).isTrue();
    // Someone unknown (already gone) changes nothing.
    model.participantSpeaking(7, true);
  }

  /** Answers every question with {@code yes} and remembers what was asked. */
  private static final class Answers implements Confirmations {
    final List<Question> asked = new ArrayList<>();
    boolean yes;

    @Override
    public void ask(Question question, Runnable action) {
      asked.add(question);
      if (yes) {
        action.run();
      }
    }
  }

  private final Answers answers = new Answers();

  {
    model.confirmationsProperty().set(answers);
  }

  @Test
  void hostingOffersRemoveWhichAsksFirstAndThenGoesToTheCall() {
    model.statusChanged(new CallStatus(CallState.HOSTING, "Standup", "Hosting 'Standup'"));
    model.participantJoined(ADA);

    assertThat(people.canRemove().get()).isTrue();
    assertThat(people.remove(model.remoteFeeds().get(0).person())).isTrue();
    assertThat(answers.asked)
        .extracting(Question::title)
        .containsExactly("Remove Ada from the call?");
    assertThat(call.done).doesNotContain("remove 1");

    answers.yes = true;
    people.remove(model.remoteFeeds().get(0).person());
    assertThat(call.done).endsWith("remove 1");
  }

  @Test
  void aHostWithOthersIsAskedBeforeLeavingEndsTheCallForEveryone() {
    model.statusChanged(new CallStatus(CallState.HOSTING, "Standup", "Hosting 'Standup'"));
    model.participantJoined(ADA);

    model.requestLeave();
    assertThat(answers.asked).hasSize(1);
    Question asked = answers.asked.get(0);
    assertThat(asked.title()).isEqualTo("End the call for everyone?");
    assertThat(asked.details()).contains("'Standup'", "the other person is disconnected");
    assertThat(asked.confirm()).isEqualTo("End call");
    assertThat(call.done).doesNotContain("leave");

    answers.yes = true;
    model.requestLeave();
    assertThat(call.done).endsWith("leave");
  }

  @Test
  void aHostAloneAndAJoinerLeaveWithoutAQuestion() {
    model.statusChanged(new CallStatus(CallState.HOSTING, "Standup", "Hosting 'Standup'"));
    model.requestLeave();
    model.statusChanged(new CallStatus(CallState.IDLE, "", "You ended the call."));
    joined();
    model.participantJoined(ADA);
    model.requestLeave();

    assertThat(answers.asked).isEmpty();
    assertThat(call.done).filteredOn("leave"::equals).hasSize(2);
  }

  @Test
  void theCallsNameAndInviteLastAsLongAsTheCall() {
    model.statusChanged(new CallStatus(CallState.HOSTING, "Standup", "Hosting 'Standup'"));
    model.invite().showJoined(new dev.asciicall.call.HostAddress("10.0.0.5", 54555));
    assertThat(model.callNameProperty().get()).isEqualTo("Standup");
    assertThat(model.invite().availableProperty().get()).isTrue();

    model.statusChanged(new CallStatus(CallState.ENDED, "", "The host ended the call."));

    assertThat(model.callNameProperty().get()).isEmpty();
    assertThat(model.invite().availableProperty().get()).isFalse();
    assertThat(model.invite().entries()).isEmpty();
  }

  @Test
  void whenTheCallEndsEveryoneElseGoesAndTheReasonIsAWarningAboutTheCall() {
    model.statusChanged(new CallStatus(CallState.HOSTING, "Standup", "Hosting 'Standup'"));
    model.participantJoined(ADA);
    model.frames(ADA.id()).offer(TextFrames.ofLines("@"));

    model.statusChanged(new CallStatus(CallState.ENDED, "", "The host ended the call."));

    assertThat(model.remoteFeeds()).isEmpty();
    assertThat(people.participants()).extracting(TileViewModel::isMe).containsExactly(true);
    assertThat(people.canRemove().get()).isFalse();
    assertThat(chat.canSend().get()).isFalse();
    assertThat(model.participantsProperty().get()).isZero();
    assertThat(model.figuresProperty().get()).isEmpty();
    assertThat(model.frames(ADA.id()).take()).as("frames of the old call are gone").isNull();
    assertThat(notices).endsWith(Notice.warning(model.messageProperty().get()).about("call"));
    assertThat(model.canStartProperty().get()).isTrue();
  }

  @Test
  void figuresSayWhoIsThereAndLightEveryTilesConnectionBars() {
    joined();
    model.participantJoined(ADA);
    call.stats =
        new CallStats(
            29.5, 64.0, 40, List.of(new CallStats.PeerStats(1, "Ada", 30.0, 70.0, 40, 0)));

    model.refreshFigures();

    assertThat(model.figuresProperty().get()).isEqualTo("2 in call · " + call.stats.summary());
    assertThat(model.participantsProperty().get()).isEqualTo(1);
    assertThat(model.remoteFeeds().get(0).person().qualityProperty().get())
        .isEqualTo(ConnectionQuality.GOOD);
  }

  @Test
  void theHostsTilesShowEachParticipantsOwnConnection() {
    model.statusChanged(new CallStatus(CallState.HOSTING, "Standup", "Hosting 'Standup'"));
    model.participantJoined(ADA);
    model.participantJoined(new Participant(2, "Bob"));
    // A host has no round trip of its own: each participant's connection is measured apart.
    call.stats =
        new CallStats(
            30,
            60,
            -1,
            List.of(
                new CallStats.PeerStats(1, "Ada", 30, 70, 12, 0),
                new CallStats.PeerStats(2, "Bob", 30, 70, 520, 20)));

    model.refreshFigures();

    TileViewModel ada = model.remoteFeeds().get(0).person();
    TileViewModel bob = model.remoteFeeds().get(1).person();
    assertThat(ada.qualityProperty().get()).isEqualTo(ConnectionQuality.GOOD);
    assertThat(ada.qualityTextProperty().get()).isEqualTo("12 ms round trip · 0.0% lost");
    assertThat(bob.qualityProperty().get()).isEqualTo(ConnectionQuality.POOR);
    assertThat(bob.qualityTextProperty().get()).isEqualTo("520 ms round trip · 20.0% lost");
  }

  @Test
  void othersChatLinesAreShownAndMyEchoIsNot() {
    joined();
    model.chatReceived(new ChatLine(1, "Ada", 0, "hi Grace", false));
    model.chatReceived(new ChatLine(0, "Grace", 0, "hi Ada", true));

    assertThat(chat.lines()).extracting(ChatEntry::text).containsExactly("hi Grace");
    assertThat(chat.unreadProperty().get()).isEqualTo(1);
  }

  @Test
  void missingAudioShowsInTheControlsAndSaysWhatToDo() {
    model.audioChanged(new AudioStatus(AudioAvailability.NO_MICROPHONE, "no microphone found"));

    assertThat(controls.audioStatus().get()).isEqualTo("No microphone — others can't hear you");
    assertThat(notices)
        .containsExactly(
            Notice.warning("No microphone: others can't hear you. Settings (Ctrl+,) picks another.")
                .about("audio"));

    model.audioChanged(new AudioStatus(AudioAvailability.NO_MICROPHONE, "no microphone found"));
    assertThat(notices).as("the same problem again says nothing new").hasSize(1);

    model.audioChanged(new AudioStatus(AudioAvailability.FULL, "microphone and speakers work"));
    assertThat(controls.audioStatus().get()).isEmpty();
    assertThat(notices).endsWith(Notice.info("Microphone and speakers work again").about("audio"));
  }

  @Test
  void aMissingMicrophoneAndMissingSpeakersAreOneNoticeNotTwo() {
    NoticesViewModel shown = new NoticesViewModel();
    model.onNotice(shown::show);
    joined();

    model.audioChanged(new AudioStatus(AudioAvailability.NO_MICROPHONE, "no microphone found"));
    model.audioChanged(new AudioStatus(AudioAvailability.VIDEO_ONLY, "no devices"));

    assertThat(shown.showing())
        .containsExactly(
            Notice.warning("No microphone or speakers: video only. The call goes on.")
                .about("audio"),
            Notice.info("In 'Standup' at 10.0.0.5").about("call"));
  }

  @Test
  void joiningACallWhereOthersAreIsOneNoticeThatNamesThem() {
    NoticesViewModel shown = new NoticesViewModel();
    model.onNotice(shown::show);
    model.statusChanged(new CallStatus(CallState.CONNECTING, "", "Joining 10.0.0.5:54555…"));
    model.participantJoined(new Participant(0, "Hana"));
    model.statusChanged(new CallStatus(CallState.JOINED, "Standup", "In 'Standup' at 10.0.0.5"));
    clock.advance(Duration.ofMillis(300));
    model.participantJoined(ADA);
    model.participantJoined(new Participant(2, "Bob"));

    assertThat(shown.showing())
        .containsExactly(
            Notice.info("In 'Standup' at 10.0.0.5 with Hana, Ada and Bob").about("call"));
  }

  @Test
  void joinsCloseTogetherAreOneNoticeAndALaterJoinItsOwn() {
    NoticesViewModel shown = new NoticesViewModel();
    model.onNotice(shown::show);
    model.statusChanged(new CallStatus(CallState.HOSTING, "Standup", "Hosting 'Standup'"));
    model.participantJoined(ADA);
    clock.advance(Duration.ofSeconds(2));
    model.participantJoined(new Participant(2, "Bob"));

    assertThat(shown.showing().get(0))
        .isEqualTo(Notice.info("Ada and Bob joined the call").about("people"));

    clock.advance(Duration.ofSeconds(30));
    model.participantJoined(new Participant(3, "Cy"));
    assertThat(notices).endsWith(Notice.info("Cy joined the call").about("people"));
  }

  @Test
  void aCallThatCouldNotStartIsAnErrorNotAWarning() {
    model.statusChanged(new CallStatus(CallState.CONNECTING, "", "Joining 10.0.0.5:54555…"));
    model.statusChanged(
        new CallStatus(CallState.ENDED, "", "Nothing is listening at 10.0.0.5:54555."));

    assertThat(notices)
        .containsExactly(Notice.error("Nothing is listening at 10.0.0.5:54555.").about("call"));
  }

  @Test
  void myMicrophoneLevelFillsTheMeter() {
    model.microphoneLevel(0.1);

    assertThat(controls.microphoneLevelProperty().get()).isEqualTo(0.1);
  }

  @Test
  void aProblemOutsideTheCallIsAWarning() {
    model.warn("Camera \"Cam\" was unplugged.");

    assertThat(notices).containsExactly(Notice.warning("Camera \"Cam\" was unplugged."));
    assertThat(model.lastNoticeProperty().get()).isEqualTo("Camera \"Cam\" was unplugged.");
  }
}
