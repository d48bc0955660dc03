package dev.asciicall.ui.call;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.audio.AudioEvent;
import dev.asciicall.call.AudioAvailability;
import dev.asciicall.call.AudioStatus;
import dev.asciicall.call.CallState;
import dev.asciicall.call.CallStats;
import dev.asciicall.call.CallStatus;
import dev.asciicall.call.ChatLine;
import dev.asciicall.call.Participant;
import dev.asciicall.call.ParticipantMedia;
import dev.asciicall.call.SafetyCheck;
import dev.asciicall.common.LatestSlot;
import dev.asciicall.ui.chat.ChatViewModel;
import dev.asciicall.ui.controls.CallControlsViewModel;
import dev.asciicall.ui.feed.TileViewModel;
import dev.asciicall.ui.notice.Notice;
import dev.asciicall.ui.people.ParticipantsViewModel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The call as the window shows it, and every decision about it: the state and the sentence in the
 * status bar, live figures, one {@link RemoteFeed} per other participant, their marks and safety
 * codes, notices for joins, leaves and problems, and which call furniture works when (chat while in
 * a call, Remove while hosting). My switches in the controls go to the call. Plain Java: the {@link
 * CallAdapter} feeds it the call's events on the FX thread and turns its feeds into tiles; its
 * notices go to the window's notice area.
 *
 * <p>Notices are few and merged: joining a call is one notice that names who is there already (they
 * are announced one by one as we join), joins close together read as one, and audio problems are
 * one notice that a later one on audio replaces.
 *
 * <p>FX thread only, except {@link #frames(int)} and {@link #forgetFrames(int)}, which the network
 * thread calls for every frame.
 */
public final class CallViewModel {

  /** Participants announced this soon after we joined were there already: named in one notice. */
  static final Duration JOIN_GRACE = Duration.ofSeconds(3);

  /** Joins this close together are one notice ("Ann and Bob joined the call"). */
  static final Duration JOINS_MERGED = Duration.ofSeconds(5);

  static final String CALL_TOPIC = "call";
  static final String PEOPLE_TOPIC = "people";
  static final String AUDIO_TOPIC = "audio";

  private final ObjectProperty<CallState> state = new SimpleObjectProperty<>(CallState.IDLE);
  private final StringProperty message = new SimpleStringProperty("Not in a call");
  private final StringProperty callName = new SimpleStringProperty("");
  private final InviteViewModel invite = new InviteViewModel();
  private final ObjectProperty<Confirmations> confirmations =
      new SimpleObjectProperty<>(Confirmations.ALWAYS_YES);
  private final StringProperty figures = new SimpleStringProperty("");
  private final IntegerProperty participants = new SimpleIntegerProperty();
  private final StringProperty lastNotice = new SimpleStringProperty("");
  private final BooleanBinding canStart =
      Bindings.createBooleanBinding(() -> state.get().canStart(), state);
  private final BooleanBinding inCall =
      Bindings.createBooleanBinding(() -> state.get().inCall(), state);
  private final ObservableList<RemoteFeed> remoteFeeds = FXCollections.observableArrayList();
  private final List<Consumer<Notice>> noticeListeners = new CopyOnWriteArrayList<>();
  // Offered on the network thread, so a frame that comes before the join's hop waits for its tile.
  private final Map<Integer, LatestSlot<AsciiFrame>> frameSlots = new ConcurrentHashMap<>();
  // Safety codes may come before the participant's tile; kept until the call ends.
  private final Map<Integer, SafetyCheck> safetyChecks = new HashMap<>();
  private final CallActions calls;
  private final CallControlsViewModel controls;
  private final ChatViewModel chat;
  private final ParticipantsViewModel people;
  private final Clock clock;
  // Who was in the call when we joined, for the one notice that says we are in.
  private final List<String> alreadyThere = new ArrayList<>();
  private Instant callStarted = Instant.MIN;
  private final List<String> recentJoins = new ArrayList<>();
  private Instant lastJoinNotice = Instant.MIN;
  private AudioAvailability audioNoticed = AudioAvailability.FULL;

  /**
   * @param controls my switches (sent to the call) and the audio status line (filled here)
   * @param chat where others' messages go; its sender is set while in a call
   * @param people everyone in the call; Remove is offered while hosting
   */
  public CallViewModel(
      CallActions calls,
      CallControlsViewModel controls,
      ChatViewModel chat,
      ParticipantsViewModel people) {
    this(calls, controls, chat, people, Clock.systemUTC());
  }

  /**
   * @param clock tells when joins happen, to merge their notices
   */
  public CallViewModel(
      CallActions calls,
      CallControlsViewModel controls,
      ChatViewModel chat,
      ParticipantsViewModel people,
      Clock clock) {
    this.clock = clock;
    this.calls = calls;
    this.controls = controls;
    this.chat = chat;
    this.people = people;
    followControls();
  }

  /** My switches go to the call (and to the next calls): muted microphone, camera off. */
  private void followControls() {
    applyMicrophone(controls.microphoneMutedProperty().get());
    applyCamera(controls.cameraOnProperty().get());
    controls
        .microphoneMutedProperty()
        .addListener((observable, old, muted) -> applyMicrophone(muted));
    controls.cameraOnProperty().addListener((observable, old, on) -> applyCamera(on));
  }

  private void applyMicrophone(boolean muted) {
    if (muted) {
      calls.muteMicrophone();
    } else {
      calls.unmuteMicrophone();
    }
  }

  private void applyCamera(boolean on) {
    if (on) {
      calls.showCameraOn();
    } else {
      calls.showCameraOff();
    }
  }

  public ObjectProperty<CallState> stateProperty() {
    return state;
  }

  /** One sentence: where the call is, or why it ended and what to do. */
  public StringProperty messageProperty() {
    return message;
  }

  /** The addresses and invite link of this call, for the Invite button. */
  public InviteViewModel invite() {
    return invite;
  }

  /** The call's name while hosting or in a call; empty otherwise. */
  public StringProperty callNameProperty() {
    return callName;
  }

  /** How the window asks before it ends a call for everyone or removes someone. */
  public ObjectProperty<Confirmations> confirmationsProperty() {
    return confirmations;
  }

  /**
   * Leave (the toolbar, Ctrl+L). A host with others in the call is asked first, because leaving
   * ends the call for everyone; anyone else leaves at once.
   */
  public void requestLeave() {
    if (!state.get().inCall()) {
      return;
    }
    if (state.get() == CallState.HOSTING && !remoteFeeds.isEmpty()) {
      confirmations
          .get()
          .ask(Questions.endForEveryone(callName.get(), remoteFeeds.size()), calls::leave);
    } else {
      calls.leave();
    }
  }

  /** Hosting: asks, then removes {@code person} from the call. */
  private void requestRemove(TileViewModel person) {
    int id = Integer.parseInt(person.participantId());
    confirmations.get().ask(Questions.remove(person.nameProperty().get()), () -> calls.remove(id));
  }

  /** Participants, sent/received fps and kbit/s, round-trip time; empty outside a call. */
  public StringProperty figuresProperty() {
    return figures;
  }

  /** Others in the call (not counting us). */
  public IntegerProperty participantsProperty() {
    return participants;
  }

  /** The last join, leave or error notice shown. */
  public StringProperty lastNoticeProperty() {
    return lastNotice;
  }

  /** Host and Join are possible. */
  public BooleanBinding canStartProperty() {
    return canStart;
  }

  /** Leave is possible. */
  public BooleanBinding inCallProperty() {
    return inCall;
  }

  /** Everyone else's feed, in the order they joined; a tile per entry. */
  public ObservableList<RemoteFeed> remoteFeeds() {
    return remoteFeeds;
  }

  /** Tells {@code listener} every notice from now on (joins, leaves, problems). */
  public void onNotice(Consumer<Notice> listener) {
    noticeListeners.add(listener);
  }

  /**
   * The slot {@code participantId}'s decoded frames go to, made on first use (a frame may arrive
   * before the join reaches the FX thread). Any thread.
   */
  public LatestSlot<AsciiFrame> frames(int participantId) {
    return frameSlots.computeIfAbsent(participantId, id -> new LatestSlot<>());
  }

  /** The participant left: frames still on their way are dropped. Any thread. */
  public void forgetFrames(int participantId) {
    LatestSlot<AsciiFrame> slot = frameSlots.remove(participantId);
    if (slot != null) {
      slot.close();
    }
  }

  /** A problem outside the call that the user should know about (e.g. the camera was lost). */
  public void warn(String text) {
    notice(Notice.warning(text));
  }

  /** News from outside the call (the camera opening, failing, coming back). */
  public void notice(Notice notice) {
    lastNotice.set(notice.text());
    noticeListeners.forEach(listener -> listener.accept(notice));
  }

  /** The call started, ended or changed state. */
  public void statusChanged(CallStatus status) {
    CallState previous = state.get();
    state.set(status.state());
    message.set(status.message());
    callName.set(status.state().inCall() ? status.callName() : "");
    if (status.state() == CallState.CONNECTING) {
      alreadyThere.clear();
      audioNoticed = AudioAvailability.FULL;
    }
    if (!status.state().inCall()) {
      remoteFeeds.clear();
      frameSlots.clear();
      safetyChecks.clear();
      people.clearOthers();
      people.removeActionProperty().set(null);
      chat.outgoingProperty().set(null);
      participants.set(0);
      invite.clear();
      refreshFigures();
    } else if (status.state() != CallState.CONNECTING) {
      chat.outgoingProperty().set(calls::sendChat);
    }
    if (status.state() == CallState.HOSTING) {
      people.removeActionProperty().set(this::requestRemove);
    }
    if (status.state() == CallState.ENDED) {
      // A call that could not start failed; one that ran was ended by someone or something else.
      notice(
          previous == CallState.CONNECTING
              ? Notice.error(status.message()).about(CALL_TOPIC)
              : Notice.warning(status.message()).about(CALL_TOPIC));
    } else if (status.state() == CallState.JOINED || status.state() == CallState.HOSTING) {
      if (previous != status.state()) {
        callStarted = clock.instant();
        announceCall();
      }
      refreshFigures();
    }
  }

  /** "In 'Standup' at … with Hana and Ann": one notice for joining, naming who is there. */
  private void announceCall() {
    String text = message.get();
    if (!alreadyThere.isEmpty()) {
      text += " with " + names(alreadyThere);
    }
    notice(Notice.info(text).about(CALL_TOPIC));
  }

  /** "Ann", "Ann and Bob", "Ann, Bob and Cy", "Ann, Bob and 3 others". */
  static String names(List<String> names) {
    int count = names.size();
    if (count == 1) {
      return names.get(0);
    }
    if (count <= 3) {
      return String.join(", ", names.subList(0, count - 1)) + " and " + names.get(count - 1);
    }
    return names.get(0) + ", " + names.get(1) + " and " + (count - 2) + " others";
  }

  /** Live figures, once a second: the status bar and every tile's connection bars. */
  public void refreshFigures() {
    CallState now = state.get();
    if (!now.inCall() || now == CallState.CONNECTING) {
      figures.set("");
      return;
    }
    CallStats stats = calls.stats();
    // Each tile shows the connection its person's media comes over: measured by the host for each
    // participant; for a joiner everything comes through the host, the same connection for all.
    Map<Integer, CallStats.PeerStats> byId = new HashMap<>();
    stats.peers().forEach(peer -> byId.put(peer.id(), peer));
    for (RemoteFeed feed : remoteFeeds) {
      CallStats.PeerStats peer = byId.get(feed.participantId());
      if (peer != null) {
        feed.person().showConnection(peer.roundTripMillis(), peer.lossPercent());
      } else {
        feed.person().showConnection(-1, 0);
      }
    }
    int others = stats.peers().size();
    participants.set(others);
    figures.set(String.format(Locale.ROOT, "%d in call · ", others + 1) + stats.summary());
  }

  public void participantJoined(Participant participant) {
    int id = participant.id();
    if (remoteFeeds.stream().anyMatch(feed -> feed.participantId() == id)) {
      return;
    }
    TileViewModel person =
        people.join(TileViewModel.forParticipant(Integer.toString(id), participant.name()));
    person
        .volumeProperty()
        .addListener((observable, old, volume) -> calls.setVolume(id, volume.doubleValue()));
    SafetyCheck check = safetyChecks.get(id);
    if (check != null) {
      showSafetyCode(person, check);
    }
    remoteFeeds.add(new RemoteFeed(id, person, frames(id)));
    announceJoin(participant.name());
  }

  private void announceJoin(String name) {
    Instant now = clock.instant();
    CallState current = state.get();
    if (current == CallState.CONNECTING
        || (current == CallState.JOINED && now.isBefore(callStarted.plus(JOIN_GRACE)))) {
      // Announced as we join: they were there already.
      alreadyThere.add(name);
      if (current == CallState.JOINED) {
        announceCall();
      }
      return;
    }
    if (now.isAfter(lastJoinNotice.plus(JOINS_MERGED))) {
      recentJoins.clear();
    }
    recentJoins.add(name);
    lastJoinNotice = now;
    notice(Notice.info(names(recentJoins) + " joined the call").about(PEOPLE_TOPIC));
  }

  public void participantLeft(Participant participant, String reason) {
    remoteFeeds.removeIf(feed -> feed.participantId() == participant.id());
    people.leave(Integer.toString(participant.id()));
    recentJoins.remove(participant.name());
    notice(Notice.info(participant.name() + " " + reason));
  }

  /** A safety code to compare by voice; a changed key is a warning. */
  public void participantVerified(SafetyCheck check) {
    safetyChecks.put(check.participantId(), check);
    person(check.participantId()).ifPresent(person -> showSafetyCode(person, check));
    if (check.keyChanged()) {
      warnAbout(
          "key-" + check.participantId(),
          check.name()
              + " is not using the key seen before for this name. Compare the safety code "
              + check.safetyCode()
              + " with them by voice before you trust the call.");
    }
  }

  private void warnAbout(String topic, String text) {
    notice(Notice.warning(text).about(topic));
  }

  private static void showSafetyCode(TileViewModel person, SafetyCheck check) {
    person.safetyCodeProperty().set(check.safetyCode());
    person.keyChangedProperty().set(check.keyChanged());
  }

  private Optional<TileViewModel> person(int participantId) {
    return people.find(Integer.toString(participantId));
  }

  /** Someone muted, unmuted or switched their camera. */
  public void mediaChanged(ParticipantMedia media) {
    person(media.participantId())
        .ifPresent(
            person -> {
              person.microphoneMutedProperty().set(media.microphoneMuted());
              person.cameraOffProperty().set(media.cameraOff());
            });
  }

  public void participantSpeaking(int participantId, boolean speaking) {
    person(participantId).ifPresent(person -> person.speakingProperty().set(speaking));
  }

  public void participantMuted(int participantId, boolean muted) {
    person(participantId).ifPresent(person -> person.microphoneMutedProperty().set(muted));
  }

  /** A chat line; my own lines are shown by the chat model when sent, not again from the host. */
  public void chatReceived(ChatLine line) {
    if (!line.fromMe()) {
      chat.receive(line.senderName(), line.text());
    }
  }

  /** My microphone's newest level. */
  public void microphoneLevel(double rms) {
    controls.microphoneLevelProperty().set(rms);
  }

  /** Which audio works: the controls say what is missing, and a warning says what to do. */
  public void audioChanged(AudioStatus status) {
    AudioAvailability availability = status.availability();
    boolean noMicrophone =
        availability == AudioAvailability.NO_MICROPHONE
            || availability == AudioAvailability.VIDEO_ONLY;
    boolean noSpeakers =
        availability == AudioAvailability.NO_SPEAKERS
            || availability == AudioAvailability.VIDEO_ONLY;
    if (noMicrophone) {
      controls.showDeviceProblem(AudioEvent.Direction.INPUT, "No microphone");
    } else {
      controls.showDeviceWorking(AudioEvent.Direction.INPUT);
    }
    if (noSpeakers) {
      controls.showDeviceProblem(AudioEvent.Direction.OUTPUT, "No speakers");
    } else {
      controls.showDeviceWorking(AudioEvent.Direction.OUTPUT);
    }
    if (availability == audioNoticed) {
      return;
    }
    if (availability != AudioAvailability.FULL) {
      // One notice for audio: when the speakers fail right after the microphone, this replaces the
      // first one ("No microphone or speakers: video only") instead of stacking a second.
      warnAbout(AUDIO_TOPIC, audioProblem(availability));
    } else {
      notice(Notice.info("Microphone and speakers work again").about(AUDIO_TOPIC));
    }
    audioNoticed = availability;
  }

  private static String audioProblem(AudioAvailability availability) {
    return switch (availability) {
      case NO_MICROPHONE ->
          "No microphone: others can't hear you. Settings (Ctrl+,) picks another.";
      case NO_SPEAKERS -> "No speakers: you can't hear the others. Settings (Ctrl+,) picks others.";
      default -> "No microphone or speakers: video only. The call goes on.";
    };
  }
}
