package dev.asciicall.ui.call;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.audio.AudioEvent;
import dev.asciicall.call.AudioAvailability;
import dev.asciicall.call.AudioStatus;
import dev.asciicall.call.CallListener;
import dev.asciicall.call.CallService;
import dev.asciicall.call.CallState;
import dev.asciicall.call.CallStats;
import dev.asciicall.call.CallStatus;
import dev.asciicall.call.ChatLine;
import dev.asciicall.call.FoundCall;
import dev.asciicall.call.HostAddress;
import dev.asciicall.call.HostRequest;
import dev.asciicall.call.JoinRequest;
import dev.asciicall.call.LocalAddresses;
import dev.asciicall.call.Participant;
import dev.asciicall.call.ParticipantMedia;
import dev.asciicall.call.SafetyCheck;
import dev.asciicall.common.Subscription;
import dev.asciicall.ui.controls.CallControlsViewModel;
import dev.asciicall.ui.feed.FeedGrid;
import dev.asciicall.ui.feed.FeedTile;
import dev.asciicall.ui.feed.TextGrid;
import dev.asciicall.ui.feed.TileViewModel;
import dev.asciicall.ui.preview.EngineGridConverter;
import dev.asciicall.ui.window.WindowModels;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * The one place the window observes the {@link CallService}: it hops onto the FX thread for state,
 * joins and leaves (rare events, one {@code runLater} each), and keeps one latest-frame slot per
 * remote participant that the participant's {@link FeedTile} drains on its own animation pulse, so
 * incoming frames never queue {@code runLater} calls however fast they come. Figures are refreshed
 * once a second.
 *
 * <p>Threads: the listener methods run on the call's threads and touch only the slots and {@code
 * runLater}; everything else is on the FX thread.
 */
public final class CallAdapter implements AutoCloseable {

  private final CallService calls;
  private final FeedGrid feeds;
  private final CallViewModel model;
  private final WindowModels desk;
  private final Notifier notifier;
  private final LatestValue<Double> microphoneLevel = new LatestValue<>();
  private final Map<Integer, AtomicReference<TextGrid>> slots = new ConcurrentHashMap<>();
  // FX thread only.
  private final Map<Integer, FeedTile> tiles = new HashMap<>();
  // Safety codes may come before the participant's tile; kept until the call ends.
  private final Map<Integer, SafetyCheck> safetyChecks = new HashMap<>();
  private final Timeline figures;
  private final Subscription subscription;

  /**
   * Made on the FX thread.
   *
   * @param desk the chat, participants and controls models this adapter fills and follows
   */
  public CallAdapter(
      CallService calls,
      FeedGrid feeds,
      CallViewModel model,
      WindowModels desk,
      Notifier notifier) {
    this.calls = calls;
    this.feeds = feeds;
    this.model = model;
    this.desk = desk;
    this.notifier = notifier;
    this.subscription = calls.addListener(new Listener());
    followControls(desk.controls());
    figures = new Timeline(new KeyFrame(Duration.seconds(1), event -> refreshFigures()));
    figures.setCycleCount(Animation.INDEFINITE);
    figures.play();
  }

  public CallViewModel model() {
    return model;
  }

  /** A hosting attempt's outcome and, when it worked, the addresses others can join on. */
  public record Hosting(CallStatus status, List<HostAddress> addresses) {}

  /** Hosts a call; the future completes on the FX thread. */
  public CompletableFuture<Hosting> host(HostRequest request) {
    // The addresses are listed on the call's thread: listing interfaces may take a moment.
    return onFx(
        calls
            .host(request)
            .thenApply(
                status ->
                    new Hosting(
                        status,
                        status.state() == CallState.HOSTING
                            ? LocalAddresses.forPort(request.port())
                            : List.of())));
  }

  /** Calls on the LAN; the future completes on the call's discovery thread. */
  public CompletableFuture<List<FoundCall>> findCalls(int udpPort) {
    return calls.findCalls(udpPort);
  }

  /** Joins a call; the future completes on the FX thread. */
  public CompletableFuture<CallStatus> join(JoinRequest request) {
    return onFx(calls.join(request));
  }

  public CompletableFuture<CallStatus> leave() {
    return onFx(calls.leave());
  }

  /** Hosting: lets nobody else join until {@link #unlockCall()}. */
  public void lockCall() {
    calls.lock();
  }

  public void unlockCall() {
    calls.unlock();
  }

  /** A problem outside the call that the user should know about (e.g. the camera was lost). */
  public void warn(String message) {
    model.lastNoticeProperty().set(message);
    notifier.warn(message);
  }

  /** My switches go to the call (and to the next calls): muted microphone, camera off. */
  private void followControls(CallControlsViewModel controls) {
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

  private static <T> CompletableFuture<T> onFx(CompletableFuture<T> future) {
    return future.whenCompleteAsync((result, failure) -> {}, Platform::runLater);
  }

  private void refreshFigures() {
    CallState state = model.stateProperty().get();
    if (!state.inCall() || state == CallState.CONNECTING) {
      model.figuresProperty().set("");
      return;
    }
    CallStats stats = calls.stats();
    // Everything travels through the host, so my round trip to it is the best figure for all.
    tiles.values().forEach(tile -> tile.model().showConnection(stats.roundTripMillis(), 0));
    int others = stats.peers().size();
    model.participantsProperty().set(others);
    model
        .figuresProperty()
        .set(String.format(Locale.ROOT, "%d in call · ", others + 1) + stats.summary());
  }

  private void statusChanged(CallStatus status) {
    CallState previous = model.stateProperty().get();
    model.stateProperty().set(status.state());
    model.messageProperty().set(status.message());
    if (!status.state().inCall()) {
      tiles.values().forEach(feeds::removeTile);
      tiles.clear();
      slots.clear();
      safetyChecks.clear();
      desk.participants().clearOthers();
      desk.participants().removeActionProperty().set(null);
      desk.chat().outgoingProperty().set(null);
      model.participantsProperty().set(0);
      refreshFigures();
    } else if (status.state() != CallState.CONNECTING) {
      desk.chat().outgoingProperty().set(calls::sendChat);
    }
    if (status.state() == CallState.HOSTING) {
      desk.participants()
          .removeActionProperty()
          .set(person -> calls.remove(Integer.parseInt(person.participantId())));
    }
    if (status.state() == CallState.ENDED) {
      model.lastNoticeProperty().set(status.message());
      notifier.warn(status.message());
    } else if (status.state() == CallState.JOINED || status.state() == CallState.HOSTING) {
      if (previous != status.state()) {
        notice(status.message());
      }
      refreshFigures();
    }
  }

  private void joined(Participant participant) {
    if (tiles.containsKey(participant.id())) {
      return;
    }
    TileViewModel person =
        desk.participants()
            .join(
                TileViewModel.forParticipant(
                    Integer.toString(participant.id()), participant.name()));
    person
        .volumeProperty()
        .addListener(
            (observable, old, volume) -> calls.setVolume(participant.id(), volume.doubleValue()));
    SafetyCheck check = safetyChecks.get(participant.id());
    if (check != null) {
      showSafetyCode(person, check);
    }
    FeedTile tile = new FeedTile(person, slot(participant.id()));
    tile.setId("remote-feed-" + participant.id());
    tiles.put(participant.id(), tile);
    feeds.addTile(tile);
    notice(participant.name() + " joined the call");
  }

  private void left(Participant participant, String reason) {
    FeedTile tile = tiles.remove(participant.id());
    if (tile != null) {
      feeds.removeTile(tile);
    }
    desk.participants().leave(Integer.toString(participant.id()));
    notice(participant.name() + " " + reason);
  }

  private void notice(String text) {
    model.lastNoticeProperty().set(text);
    notifier.inform(text);
  }

  private void verified(SafetyCheck check) {
    safetyChecks.put(check.participantId(), check);
    person(check.participantId()).ifPresent(person -> showSafetyCode(person, check));
    if (check.keyChanged()) {
      warn(
          check.name()
              + " is not using the key seen before for this name. Compare the safety code "
              + check.safetyCode()
              + " with them by voice before you trust the call.");
    }
  }

  private static void showSafetyCode(TileViewModel person, SafetyCheck check) {
    person.safetyCodeProperty().set(check.safetyCode());
    person.keyChangedProperty().set(check.keyChanged());
  }

  private Optional<TileViewModel> person(int participantId) {
    return desk.participants().find(Integer.toString(participantId));
  }

  private void audioChanged(AudioStatus status) {
    CallControlsViewModel controls = desk.controls();
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
    if (availability != AudioAvailability.FULL) {
      warn("Audio: " + status.message() + ". Pick another device below; the call goes on.");
    }
  }

  private AtomicReference<TextGrid> slot(int participantId) {
    return slots.computeIfAbsent(participantId, id -> new AtomicReference<>());
  }

  /** Stops the figures and stops observing the call (the call itself is closed by its owner). */
  @Override
  public void close() {
    figures.stop();
    subscription.close();
  }

  /** On the call's threads: slots for frames, one runLater for everything else. */
  private final class Listener implements CallListener {
    @Override
    public void callStatusChanged(CallStatus status) {
      Platform.runLater(() -> CallAdapter.this.statusChanged(status));
    }

    @Override
    public void participantJoined(Participant participant) {
      slot(participant.id());
      Platform.runLater(() -> joined(participant));
    }

    @Override
    public void participantLeft(Participant participant, String reason) {
      slots.remove(participant.id());
      Platform.runLater(() -> left(participant, reason));
    }

    @Override
    public void frameReceived(int participantId, AsciiFrame frame) {
      // Converted here, on the network thread, so the FX thread only draws.
      slot(participantId).set(EngineGridConverter.toTextGrid(frame));
    }

    @Override
    public void chatReceived(ChatLine line) {
      // My own lines are shown by the chat model when sent; the host's echo is not repeated.
      if (!line.fromMe()) {
        Platform.runLater(() -> desk.chat().receive(line.senderName(), line.text()));
      }
    }

    @Override
    public void participantVerified(SafetyCheck check) {
      Platform.runLater(() -> verified(check));
    }

    @Override
    public void mediaChanged(ParticipantMedia media) {
      Platform.runLater(
          () ->
              person(media.participantId())
                  .ifPresent(
                      person -> {
                        person.microphoneMutedProperty().set(media.microphoneMuted());
                        person.cameraOffProperty().set(media.cameraOff());
                      }));
    }

    @Override
    public void participantSpeaking(int participantId, boolean speaking) {
      Platform.runLater(
          () -> person(participantId).ifPresent(p -> p.speakingProperty().set(speaking)));
    }

    @Override
    public void participantMuted(int participantId, boolean muted) {
      Platform.runLater(
          () -> person(participantId).ifPresent(p -> p.microphoneMutedProperty().set(muted)));
    }

    /** Fifty times a second: the newest level wins, at most one runLater is pending. */
    @Override
    public void microphoneLevel(double rms, boolean speaking) {
      microphoneLevel.offer(rms, level -> desk.controls().microphoneLevelProperty().set(level));
    }

    @Override
    public void statusChanged(AudioStatus status) {
      Platform.runLater(() -> audioChanged(status));
    }
  }
}
