package dev.asciicall.crypto;

/**
 * One direction pair of an established connection: {@link #seal} turns a message into an opaque
 * envelope for the peer, {@link #open} turns the peer's envelope back into the message or refuses
 * it. Everything the transport carries after the handshake goes through here, so a serialiser only
 * ever sees bytes that passed authentication.
 *
 * <p>Envelope: {@code version(1) kind(1) sequence(8) ciphertext tag(16)}; 26 bytes of overhead. The
 * nonce is the direction's IV XOR the sequence number, so no nonce repeats under one key.
 *
 * <p>Threads: {@code seal} and {@code open} may be called from any threads; each direction is
 * serialised by its own lock, so sending never waits for receiving.
 */
public final class SecureChannel {

  /** Ordered control stream (TCP): replayed or reordered messages are refused. */
  static final int KIND_ORDERED = 0x10;

  /** Datagram stream (UDP): reordering within a 64-packet window is tolerated, replay is not. */
  static final int KIND_DATAGRAM = 0x11;

  static final int HEADER_LENGTH = 10;

  /** Bytes an envelope adds to the message it carries. */
  public static final int OVERHEAD = HEADER_LENGTH + Aead.TAG_LENGTH;

  private final int kind;
  private final Object sendLock = new Object();
  private final Aead sendCipher;
  private final byte[] sendIv;
  private long nextSendSequence;

  private final Object receiveLock = new Object();
  private final Aead receiveCipher;
  private final byte[] receiveIv;
  private final ReplayGuard replayGuard;

  SecureChannel(int kind, DirectionKeys send, DirectionKeys receive) {
    this.kind = kind;
    this.sendCipher = new Aead(send.key());
    this.sendIv = send.iv();
    this.receiveCipher = new Aead(receive.key());
    this.receiveIv = receive.iv();
    this.replayGuard =
        kind == KIND_ORDERED ? ReplayGuard.strictlyIncreasing() : ReplayGuard.slidingWindow();
  }

  /** Seals {@code plaintext} into an envelope only the peer can open. */
  public byte[] seal(byte[] plaintext) {
    synchronized (sendLock) {
      long sequence = nextSendSequence;
      if (sequence == Long.MAX_VALUE) {
        // 2^63 messages will not happen in a call; refusing beats reusing a nonce.
        throw new IllegalStateException("sequence numbers exhausted; reconnect");
      }
      nextSendSequence++;
      return sendCipher.seal(Aead.nonce(sendIv, sequence), header(sequence), plaintext);
    }
  }

  /** The length of the envelope {@link #seal} makes of {@code plaintextLength} bytes. */
  public static int envelopeLength(int plaintextLength) {
    return plaintextLength + OVERHEAD;
  }

  /**
   * Like {@link #seal}, but writes the envelope into {@code out} at {@code offset} (which must have
   * room for {@link #envelopeLength}) instead of a new array: a sender that frames many envelopes
   * into one buffer copies none.
   *
   * @return the envelope's length
   */
  public int sealInto(byte[] plaintext, byte[] out, int offset) {
    if (offset < 0 || out.length - offset < envelopeLength(plaintext.length)) {
      throw new IllegalArgumentException("no room for the envelope");
    }
    synchronized (sendLock) {
      long sequence = nextSendSequence;
      if (sequence == Long.MAX_VALUE) {
        throw new IllegalStateException("sequence numbers exhausted; reconnect");
      }
      nextSendSequence++;
      out[offset] = (byte) Formats.VERSION;
      out[offset + 1] = (byte) kind;
      ByteWriter.putLong(out, offset + 2, sequence);
      return sendCipher.sealAfterHeader(
          Aead.nonce(sendIv, sequence), out, offset, HEADER_LENGTH, plaintext);
    }
  }

  /**
   * Opens an envelope from the peer.
   *
   * @throws MessageRejectedException if it is malformed, tampered with, replayed or out of order;
   *     the channel remains usable and the caller should drop just this message
   */
  public byte[] open(byte[] envelope) throws MessageRejectedException {
    ByteReader reader = new ByteReader(envelope, "envelope");
    reader.expectHeader(Formats.VERSION, kind);
    long sequence = reader.readLong();
    synchronized (receiveLock) {
      replayGuard.check(sequence);
      byte[] plaintext =
          receiveCipher.open(Aead.nonce(receiveIv, sequence), envelope, HEADER_LENGTH);
      replayGuard.accept(sequence);
      return plaintext;
    }
  }

  private byte[] header(long sequence) {
    byte[] header = new byte[HEADER_LENGTH];
    header[0] = (byte) Formats.VERSION;
    header[1] = (byte) kind;
    ByteWriter.putLong(header, 2, sequence);
    return header;
  }
}
