package dev.asciicall.call;

import dev.asciicall.net.HostServer;
import dev.asciicall.net.PeerClient;
import dev.asciicall.net.PeerMedia;

/**
 * Where {@link CallAudio} sends my voice and my media state: a participant's {@link PeerClient} or
 * the host's own {@link HostServer}. Also the seam where tests put a lossy, reordering network.
 * Methods are called on {@code audio-send} (voice) and on the caller's thread (media state); both
 * must return at once.
 */
public interface AudioLink {

  /** My participant id in the call (0 on the host). */
  int selfId();

  /**
   * Sends one voice packet.
   *
   * @param captureMicros capture time on {@code CallClock} (local; the link adds its own offset)
   */
  void sendAudio(long sequence, long captureMicros, int flags, byte[] payload);

  void sendMediaState(PeerMedia media);

  /** Host clock minus mine, in microseconds (0 on the host). */
  long clockOffsetMicros();

  static AudioLink of(PeerClient client) {
    return new AudioLink() {
      @Override
      public int selfId() {
        return client.participantId();
      }

      @Override
      public void sendAudio(long sequence, long captureMicros, int flags, byte[] payload) {
        client.sendAudio(sequence, captureMicros, flags, payload);
      }

      @Override
      public void sendMediaState(PeerMedia media) {
        client.sendMediaState(media);
      }

      @Override
      public long clockOffsetMicros() {
        return client.clock().offsetMicros();
      }
    };
  }

  static AudioLink of(HostServer host) {
    return new AudioLink() {
      @Override
      public int selfId() {
        return 0;
      }

      @Override
      public void sendAudio(long sequence, long captureMicros, int flags, byte[] payload) {
        host.sendAudio(sequence, captureMicros, flags, payload);
      }

      @Override
      public void sendMediaState(PeerMedia media) {
        host.sendMediaState(media);
      }

      @Override
      public long clockOffsetMicros() {
        return 0;
      }
    };
  }
}
