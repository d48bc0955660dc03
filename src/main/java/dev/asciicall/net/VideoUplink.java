package dev.asciicall.net;

import dev.asciicall.net.wire.WireMessage;
import java.util.function.Supplier;

/**
 * A participant's own video towards the host, through a {@link CreditWindow}: capture is never
 * blocked, and a slow link never builds a backlog. Frames are sealed end to end only when they
 * leave, so one replaced while waiting costs nothing. Any thread: frames come from the send thread,
 * acknowledgements from the client thread.
 */
final class VideoUplink {

  private final SecureLink link;
  private final Supplier<MediaKeys> keys;
  private final CreditWindow<WireMessage.Video> window = new CreditWindow<>();

  VideoUplink(SecureLink link, Supplier<MediaKeys> keys) {
    this.link = link;
    this.keys = keys;
  }

  /** Our newest frame: it goes now if a credit is free, else waits (replacing any waiting). */
  synchronized void offer(WireMessage.Video video) {
    window.offer(video);
    sendReady();
  }

  /** The host passed a frame on: one credit back. */
  synchronized void acknowledged() {
    window.acknowledged();
    sendReady();
  }

  private void sendReady() {
    if (!link.connection().isConnected()) {
      return;
    }
    WireMessage.Video video = window.take();
    if (video != null) {
      link.send(keys.get().seal(video));
    }
  }
}
