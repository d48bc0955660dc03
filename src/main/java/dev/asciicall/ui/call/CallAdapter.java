package dev.asciicall.ui.call;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.call.CallListener;
import dev.asciicall.call.CallService;
import dev.asciicall.call.CallState;
import dev.asciicall.call.CallStats;
import dev.asciicall.call.CallStatus;
import dev.asciicall.call.FoundCall;
import dev.asciicall.call.HostAddress;
import dev.asciicall.call.HostRequest;
import dev.asciicall.call.JoinRequest;
import dev.asciicall.call.LocalAddresses;
import dev.asciicall.call.Participant;
import dev.asciicall.common.Subscription;
import dev.asciicall.ui.EngineGridConverter;
import dev.asciicall.ui.FeedGrid;
import dev.asciicall.ui.FeedTile;
import dev.asciicall.ui.TextGrid;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
  private final Notifier notifier;
  private final Map<Integer, AtomicReference<TextGrid>> slots = new ConcurrentHashMap<>();
  // FX thread only.
  private final Map<Integer, FeedTile> tiles = new HashMap<>();
  private final Timeline figures;
  private final Subscription subscription;

  /** Made on the FX thread. */
  public CallAdapter(CallService calls, FeedGrid feeds, CallViewModel model, Notifier notifier) {
    this.calls = calls;
    this.feeds = feeds;
    this.model = model;
    this.notifier = notifier;
    this.subscription = calls.addListener(new Listener());
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

  /** A problem outside the call that the user should know about (e.g. the camera was lost). */
  public void warn(String message) {
    model.lastNoticeProperty().set(message);
    notifier.warn(message);
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
      model.participantsProperty().set(0);
      refreshFigures();
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
    FeedTile tile = new FeedTile(participant.name(), slot(participant.id()));
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
    notice(participant.name() + " " + reason);
  }

  private void notice(String text) {
    model.lastNoticeProperty().set(text);
    notifier.inform(text);
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
    public void statusChanged(CallStatus status) {
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
  }
}
