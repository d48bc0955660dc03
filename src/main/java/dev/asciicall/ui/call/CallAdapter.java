package dev.asciicall.ui.call;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.call.AudioStatus;
import dev.asciicall.call.CallListener;
import dev.asciicall.call.CallService;
import dev.asciicall.call.CallState;
import dev.asciicall.call.CallStatus;
import dev.asciicall.call.ChatLine;
import dev.asciicall.call.FoundCall;
import dev.asciicall.call.HostAddress;
import dev.asciicall.call.HostRequest;
import dev.asciicall.call.Invite;
import dev.asciicall.call.JoinRequest;
import dev.asciicall.call.Participant;
import dev.asciicall.call.ParticipantMedia;
import dev.asciicall.call.SafetyCheck;
import dev.asciicall.common.LatestSlot;
import dev.asciicall.common.Subscription;
import dev.asciicall.ui.common.UiThread;
import dev.asciicall.ui.feed.FeedGrid;
import dev.asciicall.ui.feed.FeedTile;
import dev.asciicall.ui.notice.Notice;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;

/**
 * The bridge between the {@link CallService} and the window: the call's events hop to the FX thread
 * through {@link UiThread} and go to the {@link CallViewModel}, which decides; its remote feeds
 * become {@link FeedTile}s in the {@link FeedGrid} and its notices go to the window's notice area.
 * Frames never hop: the network thread offers them to the participant's slot, which the tile drains
 * on its own animation pulse. Figures are refreshed once a second.
 *
 * <p>Threads: the listener methods run on the call's threads and touch only slots and {@link
 * UiThread}; everything else is on the FX thread.
 */
public final class CallAdapter implements AutoCloseable {

  private final CallService calls;
  private final CallViewModel model;
  private final FeedGrid feeds;
  // FX thread only.
  private final Map<Integer, FeedTile> tiles = new HashMap<>();
  private final Subscription figures;
  private final Subscription subscription;

  /**
   * Made on the FX thread.
   *
   * @param notices shows the call's notices (the window's notice area)
   */
  public CallAdapter(
      CallService calls, CallViewModel model, FeedGrid feeds, Consumer<Notice> notices) {
    this.calls = calls;
    this.model = model;
    this.feeds = feeds;
    model.remoteFeeds().addListener(this::feedsChanged);
    model.onNotice(notices);
    this.subscription = calls.addListener(new Listener());
    figures = UiThread.every(java.time.Duration.ofSeconds(1), model::refreshFigures);
  }

  public CallViewModel model() {
    return model;
  }

  /**
   * A hosting attempt's outcome and, when it worked, the addresses others can join on and an invite
   * for each.
   */
  public record Hosting(CallStatus status, List<HostAddress> addresses, List<Invite> invites) {}

  /** Hosts a call; the future completes on the FX thread. */
  public CompletableFuture<Hosting> host(HostRequest request) {
    // The addresses are listed on the call's thread: listing interfaces may take a moment.
    return UiThread.onFx(
        calls
            .host(request)
            .thenApply(
                status -> {
                  if (status.state() != CallState.HOSTING) {
                    return new Hosting(status, List.of(), List.of());
                  }
                  List<Invite> invites = calls.invites();
                  return new Hosting(
                      status, invites.stream().map(Invite::address).toList(), invites);
                }));
  }

  /** Calls on the LAN; the future completes on the call's discovery thread. */
  public CompletableFuture<List<FoundCall>> findCalls(int udpPort) {
    return calls.findCalls(udpPort);
  }

  /** Joins a call; the future completes on the FX thread. */
  public CompletableFuture<CallStatus> join(JoinRequest request) {
    return UiThread.onFx(calls.join(request));
  }

  public CompletableFuture<CallStatus> leave() {
    return UiThread.onFx(calls.leave());
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
    model.warn(message);
  }

  /** FX thread: a tile for every remote feed, in the order they joined. */
  private void feedsChanged(ListChangeListener.Change<? extends RemoteFeed> change) {
    while (change.next()) {
      for (RemoteFeed gone : change.getRemoved()) {
        FeedTile tile = tiles.remove(gone.participantId());
        if (tile != null) {
          feeds.removeTile(tile);
        }
      }
      for (RemoteFeed added : change.getAddedSubList()) {
        FeedTile tile = new FeedTile(added.person(), added.frames());
        tile.setId("remote-feed-" + added.participantId());
        tiles.put(added.participantId(), tile);
        feeds.addTile(tile);
      }
    }
  }

  /** Stops the figures and stops observing the call (the call itself is closed by its owner). */
  @Override
  public void close() {
    figures.close();
    subscription.close();
  }

  /** On the call's threads: slots for frames and levels, one hop for everything else. */
  private final class Listener implements CallListener {

    /** Fifty times a second: the newest level wins, at most one hop is pending. */
    private final LatestSlot<Double> microphoneLevel = UiThread.latest(model::microphoneLevel);

    @Override
    public void callStatusChanged(CallStatus status) {
      UiThread.runLater(() -> model.statusChanged(status));
    }

    @Override
    public void participantJoined(Participant participant) {
      model.frames(participant.id());
      UiThread.runLater(() -> model.participantJoined(participant));
    }

    @Override
    public void participantLeft(Participant participant, String reason) {
      model.forgetFrames(participant.id());
      UiThread.runLater(() -> model.participantLeft(participant, reason));
    }

    @Override
    public void frameReceived(int participantId, AsciiFrame frame) {
      model.frames(participantId).offer(frame);
    }

    @Override
    public void chatReceived(ChatLine line) {
      UiThread.runLater(() -> model.chatReceived(line));
    }

    @Override
    public void participantVerified(SafetyCheck check) {
      UiThread.runLater(() -> model.participantVerified(check));
    }

    @Override
    public void mediaChanged(ParticipantMedia media) {
      UiThread.runLater(() -> model.mediaChanged(media));
    }

    @Override
    public void participantSpeaking(int participantId, boolean speaking) {
      UiThread.runLater(() -> model.participantSpeaking(participantId, speaking));
    }

    @Override
    public void participantMuted(int participantId, boolean muted) {
      UiThread.runLater(() -> model.participantMuted(participantId, muted));
    }

    @Override
    public void microphoneLevel(double rms, boolean speaking) {
      microphoneLevel.offer(rms);
    }

    @Override
    public void statusChanged(AudioStatus status) {
      UiThread.runLater(() -> model.audioChanged(status));
    }
  }
}
