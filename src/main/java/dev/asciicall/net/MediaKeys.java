package dev.asciicall.net;

import dev.asciicall.crypto.GroupMember;
import dev.asciicall.net.wire.EndToEndMedia;
import dev.asciicall.net.wire.WireMessage;

/**
 * A participant's media keys: {@link EndToEndKeys} in every real call, {@link #NONE} in a plain
 * benchmark call. Callers use whichever they hold the same way, never asking which.
 *
 * <p>Threads: key messages ({@link #admit}, {@link #accept}, {@link #remove}) on the endpoint's
 * event thread; {@link #seal} and {@link #open} on any thread.
 */
interface MediaKeys {

  /**
   * No end-to-end seal: media leaves and arrives as it is, and there are no key messages. Only for
   * {@link Encryption#NONE_FOR_BENCHMARK_ONLY}, where the links are plain too.
   */
  MediaKeys NONE =
      new MediaKeys() {
        @Override
        public void announce() {}

        @Override
        public GroupMember admit(WireMessage.MemberKey message) {
          return null;
        }

        @Override
        public PeerVerification verification(int participantId, GroupMember member) {
          throw new IllegalStateException("a plain call admits nobody's keys");
        }

        @Override
        public void accept(WireMessage.SenderKey message) {}

        @Override
        public void remove(int participantId) {}

        @Override
        public WireMessage seal(EndToEndMedia media) {
          return media.withPayload(media.payload());
        }

        @Override
        public WireMessage open(EndToEndMedia media) {
          return media.withPayload(media.payload());
        }

        @Override
        public long rejectedCount() {
          return 0;
        }
      };

  /** Sends our key announcement to everyone (through the host), before any key of ours. */
  void announce();

  /**
   * Admits someone's announcement and sends them our sender key.
   *
   * @return who they proved to be, or null if it was ours, invalid, or there are no keys
   */
  GroupMember admit(WireMessage.MemberKey message);

  /** What {@code member}'s tile shows: the end-to-end safety code, and a changed-key flag. */
  PeerVerification verification(int participantId, GroupMember member);

  /** Installs a sender key meant for us. */
  void accept(WireMessage.SenderKey message);

  /** Someone left: forget them and send everyone else a new key they never see. */
  void remove(int participantId);

  /** Our own media, sealed with our sender key. */
  WireMessage seal(EndToEndMedia media);

  /** Someone's media opened with their sender key, or null (counted) if we cannot. */
  WireMessage open(EndToEndMedia media);

  /** Media and key messages that could not be opened. */
  long rejectedCount();
}
