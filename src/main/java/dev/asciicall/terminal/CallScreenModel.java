package dev.asciicall.terminal;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.call.AudioAvailability;
import dev.asciicall.call.AudioStatus;
import dev.asciicall.call.CallListener;
import dev.asciicall.call.CallState;
import dev.asciicall.call.CallStats;
import dev.asciicall.call.CallStatus;
import dev.asciicall.call.ChatLine;
import dev.asciicall.call.Participant;
import dev.asciicall.call.ParticipantMedia;
import dev.asciicall.call.SafetyCheck;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the terminal shows, kept up to date by the call: a {@link CallListener} plus my own picture,
 * switches and the call's figures. Every change asks for a refresh; the render thread takes a
 * {@link #view()} when it draws, so frames arriving faster than the terminal takes them simply
 * replace each other (latest frame wins, one slot per tile).
 *
 * <p>Thread-safe: callbacks come from the network, audio and control threads; the lock is held only
 * to copy a few references.
 */
public final class CallScreenModel implements CallListener {

  /** Chat and notice lines kept for the strip. */
  static final int CHAT_LINES_KEPT = 50;

  private final String selfName;
  private final String heading;
  private volatile Runnable changed = () -> {};

  private final Map<Integer, Remote> remotes = new LinkedHashMap<>();
  private final Deque<String> chat = new ArrayDeque<>();
  private AsciiFrame localFrame;
  private LocalMedia localMedia = LocalMedia.ON;
  private boolean selfSpeaking;
  private CallStatus status = CallStatus.IDLE;
  private CallStats stats = CallStats.NONE;
  private String audioMessage = "";
  private String notice = "";

  private static final class Remote {
    String name;
    AsciiFrame frame;
    boolean muted;
    boolean cameraOff;
    boolean speaking;
    String safetyCode = "";
    boolean keyChanged;

    Remote(String name) {
      this.name = name;
    }
  }

  /**
   * @param selfName the title of my own tile
   * @param heading what the status line calls this screen before the call has a name, e.g. the
   *     host's address, or "preview"
   */
  public CallScreenModel(String selfName, String heading) {
    this.selfName = selfName;
    this.heading = heading;
  }

  /** What to run after every change: the refresh request of the {@link RefreshLoop}. */
  public void onChange(Runnable refresh) {
    changed = refresh;
  }

  /** My own newest picture, as it is sent. */
  public void localFrame(AsciiFrame frame) {
    synchronized (this) {
      localFrame = frame;
    }
    changed.run();
  }

  public void localMedia(LocalMedia media) {
    synchronized (this) {
      localMedia = media;
    }
    changed.run();
  }

  /** The call's figures, e.g. from {@code CallService.stats()} once a second. */
  public void stats(CallStats newStats) {
    synchronized (this) {
      stats = newStats;
    }
    changed.run();
  }

  /** A one-line notice for the status line (a problem, or what a key did); empty clears it. */
  public void notice(String text) {
    synchronized (this) {
      notice = text == null ? "" : text;
    }
    changed.run();
  }

  @Override
  public void callStatusChanged(CallStatus newStatus) {
    synchronized (this) {
      status = newStatus;
      if (newStatus.state() == CallState.ENDED || newStatus.state() == CallState.IDLE) {
        remotes.clear();
      }
    }
    changed.run();
  }

  @Override
  public void participantJoined(Participant participant) {
    synchronized (this) {
      Remote remote =
          remotes.computeIfAbsent(participant.id(), id -> new Remote(participant.name()));
      remote.name = participant.name();
      addChat("* " + participant.name() + " joined");
    }
    changed.run();
  }

  @Override
  public void participantLeft(Participant participant, String reason) {
    synchronized (this) {
      remotes.remove(participant.id());
      addChat("* " + participant.name() + " " + reason);
    }
    changed.run();
  }

  @Override
  public void frameReceived(int participantId, AsciiFrame frame) {
    synchronized (this) {
      Remote remote = remotes.get(participantId);
      if (remote == null) {
        return; // a frame racing a leave: the tile is gone
      }
      remote.frame = frame;
    }
    changed.run();
  }

  @Override
  public void chatReceived(ChatLine line) {
    synchronized (this) {
      addChat((line.fromMe() ? selfName : line.senderName()) + ": " + line.text());
    }
    changed.run();
  }

  @Override
  public void participantVerified(SafetyCheck check) {
    synchronized (this) {
      Remote remote =
          remotes.computeIfAbsent(check.participantId(), id -> new Remote(check.name()));
      remote.safetyCode = check.safetyCode();
      remote.keyChanged = check.keyChanged();
    }
    changed.run();
  }

  @Override
  public void mediaChanged(ParticipantMedia media) {
    synchronized (this) {
      Remote remote = remotes.get(media.participantId());
      if (remote == null) {
        return;
      }
      remote.muted = media.microphoneMuted();
      remote.cameraOff = media.cameraOff();
    }
    changed.run();
  }

  @Override
  public void microphoneLevel(double rms, boolean speaking) {
    synchronized (this) {
      if (selfSpeaking == speaking) {
        return; // 50 calls a second: only a change is worth a refresh
      }
      selfSpeaking = speaking;
    }
    changed.run();
  }

  @Override
  public void participantSpeaking(int participantId, boolean speaking) {
    synchronized (this) {
      Remote remote = remotes.get(participantId);
      if (remote == null || remote.speaking == speaking) {
        return;
      }
      remote.speaking = speaking;
    }
    changed.run();
  }

  @Override
  public void participantMuted(int participantId, boolean muted) {
    synchronized (this) {
      Remote remote = remotes.get(participantId);
      if (remote == null || remote.muted == muted) {
        return;
      }
      remote.muted = muted;
    }
    changed.run();
  }

  @Override
  public void statusChanged(AudioStatus audio) {
    synchronized (this) {
      audioMessage = audio.availability() == AudioAvailability.FULL ? "" : audio.message();
    }
    changed.run();
  }

  /** A consistent copy of everything on screen; called by the render thread. */
  public synchronized CallView view() {
    List<TileView> tiles = new ArrayList<>(remotes.size() + 1);
    tiles.add(
        new TileView(
            selfName,
            localMedia.cameraOff() ? null : localFrame,
            true,
            localMedia.microphoneMuted(),
            localMedia.cameraOff(),
            selfSpeaking && !localMedia.microphoneMuted(),
            "",
            false));
    for (Remote remote : remotes.values()) {
      tiles.add(
          new TileView(
              remote.name,
              remote.cameraOff ? null : remote.frame,
              false,
              remote.muted,
              remote.cameraOff,
              remote.speaking,
              remote.safetyCode,
              remote.keyChanged));
    }
    boolean connected = status.state() == CallState.JOINED || status.state() == CallState.HOSTING;
    String name = status.callName().isEmpty() ? heading : status.callName();
    String message;
    if (!notice.isEmpty()) {
      message = notice;
    } else if (connected) {
      message = audioMessage;
    } else {
      message = status.state() == CallState.IDLE ? "" : status.message();
    }
    String figures = connected ? stats.summary() : "";
    return new CallView(name, message, tiles, new ArrayList<>(chat), figures);
  }

  private void addChat(String line) {
    chat.addLast(line);
    while (chat.size() > CHAT_LINES_KEPT) {
      chat.removeFirst();
    }
  }
}
