package dev.asciicall.crypto;

/**
 * Decides whether a sequence number may be accepted. {@link #check} runs before decryption so stale
 * packets cost nothing; {@link #accept} runs only after the tag verified, so a forged packet can
 * never move the window.
 */
interface ReplayGuard {

  void check(long sequence) throws MessageRejectedException;

  void accept(long sequence);

  /** The ordered stream (TCP control messages): every number must exceed the last accepted one. */
  static ReplayGuard strictlyIncreasing() {
    return new StrictOrder();
  }

  /** Datagrams (UDP media): any number not yet seen within the last {@code 64} is accepted. */
  static ReplayGuard slidingWindow() {
    return new SlidingWindow();
  }

  /** Ordered delivery: a lost (dropped, tampered) message is skipped, older ones are refused. */
  final class StrictOrder implements ReplayGuard {
    private long highest = -1;

    @Override
    public void check(long sequence) throws MessageRejectedException {
      if (sequence == highest) {
        throw new MessageRejectedException(
            MessageRejectedException.Reason.REPLAYED, "message " + sequence + " was replayed");
      }
      if (sequence < highest) {
        throw new MessageRejectedException(
            MessageRejectedException.Reason.OUT_OF_ORDER,
            "message " + sequence + " arrived after " + highest);
      }
    }

    @Override
    public void accept(long sequence) {
      highest = sequence;
    }
  }

  /** The anti-replay window of RFC 4303 (IPsec ESP), 64 packets wide. */
  final class SlidingWindow implements ReplayGuard {
    private static final int WIDTH = 64;
    private long highest = -1;
    private long seenBits;

    @Override
    public void check(long sequence) throws MessageRejectedException {
      if (sequence > highest) {
        return;
      }
      long age = highest - sequence;
      if (age >= WIDTH) {
        throw new MessageRejectedException(
            MessageRejectedException.Reason.OUT_OF_ORDER,
            "packet " + sequence + " is older than the replay window");
      }
      if ((seenBits & (1L << age)) != 0) {
        throw new MessageRejectedException(
            MessageRejectedException.Reason.REPLAYED, "packet " + sequence + " was replayed");
      }
    }

    @Override
    public void accept(long sequence) {
      if (sequence > highest) {
        long shift = sequence - highest;
        seenBits = shift >= WIDTH ? 0 : seenBits << shift;
        seenBits |= 1;
        highest = sequence;
      } else {
        seenBits |= 1L << (highest - sequence);
      }
    }
  }
}
