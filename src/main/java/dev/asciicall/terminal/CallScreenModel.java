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
import java.util.List;

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

  private final RemoteTiles remotes = new RemoteTiles();
  private final Deque<String> chat = new ArrayDeque<>();
  private AsciiFrame localFrame;
  private LocalMedia localMedia = LocalMedia.ON;
  private boolean selfSpeaking;
  private CallStatus status = CallStatus.IDLE;
  private CallStats stats = CallStats.NONE;
  private String audioMessage = "";
  private String videoProblem = "";
  private String localFigures = "";
  private String notice = "";
  private long noticeNanos;

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

  /**
   * A one-line notice for the status line (what a key did), until the next one or until {@link
   * #expireNotice} finds it old; empty clears it.
   */
  public void notice(String text) {
    synchronized (this) {
      notice = text == null ? "" : text;
      noticeNanos = System.nanoTime();
    }
    changed.run();
  }

  /**
   * Clears the notice once it has been shown {@code maxAgeNanos}; called by a once-a-second tick.
   */
  public void expireNotice(long maxAgeNanos) {
    synchronized (this) {
      if (notice.isEmpty() || System.nanoTime() - noticeNanos < maxAgeNanos) {
        return;
      }
      notice = "";
    }
    changed.run();
  }

  /**
   * What is wrong with my own picture (no camera, so the demo scene shows), for the status line
   * until it changes; empty when all is well.
   */
  public void videoProblem(String text) {
    synchronized (this) {
      videoProblem = text == null ? "" : text;
    }
    changed.run();
  }

  /**
   * My own picture's figures (source, fps, style), shown in the status line outside a call, where
   * there are no call figures: the preview.
   */
  public void localFigures(String text) {
    synchronized (this) {
      localFigures = text == null ? "" : text;
    }
    changed.run();
  }

  /** A line of its own in the chat strip, e.g. the addresses others can join at. */
  public void note(String text) {
    synchronized (this) {
      addChat("* " + text);
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
      remotes.joined(participant.id(), participant.name());
      addChat("* " + participant.name() + " joined");
    }
    changed.run();
  }

  @Override
  public void participantLeft(Participant participant, String reason) {
    synchronized (this) {
      remotes.left(participant.id());
      addChat("* " + participant.name() + " " + reason);
    }
    changed.run();
  }

  @Override
  public void frameReceived(int participantId, AsciiFrame frame) {
    synchronized (this) {
      if (!remotes.frame(participantId, frame)) {
        return; // a frame racing a leave: the tile is gone
      }
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
      remotes.verified(check);
      if (check.keyChanged()) {
        addChat(
            "* "
                + check.name()
                + " is not using the key seen before for this name: compare the safety code "
                + check.safetyCode()
                + " by voice before you trust the call");
      }
    }
    changed.run();
  }

  @Override
  public void mediaChanged(ParticipantMedia media) {
    synchronized (this) {
      if (!remotes.media(media.participantId(), media.microphoneMuted(), media.cameraOff())) {
        return;
      }
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
      if (!remotes.speaking(participantId, speaking)) {
        return;
      }
    }
    changed.run();
  }

  @Override
  public void participantMuted(int participantId, boolean muted) {
    synchronized (this) {
      if (!remotes.muted(participantId, muted)) {
        return;
      }
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

  @Override
  public void processingUnavailable(String message) {
    note(message); // once per call, and it stays true: a line in the strip, not the status line
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
    remotes.addTo(tiles);
    boolean connected = status.state() == CallState.JOINED || status.state() == CallState.HOSTING;
    String name = status.callName().isEmpty() ? heading : status.callName();
    List<String> messages = new ArrayList<>(3);
    messages.add(notice);
    messages.add(videoProblem);
    if (connected) {
      messages.add(audioMessage);
    } else if (status.state() != CallState.IDLE) {
      messages.add(status.message());
    }
    messages.removeIf(String::isEmpty);
    String figures = connected ? stats.summary() : localFigures;
    return new CallView(name, String.join(" · ", messages), tiles, new ArrayList<>(chat), figures);
  }

  private void addChat(String line) {
    chat.addLast(line);
    while (chat.size() > CHAT_LINES_KEPT) {
      chat.removeFirst();
    }
  }
}
