package dev.asciicall.net;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.io.ByteBufferInput;
import com.esotericsoftware.kryo.io.ByteBufferOutput;
import com.esotericsoftware.kryo.io.Output;
import com.esotericsoftware.kryonet.Connection;
import com.esotericsoftware.kryonet.KryoSerialization;
import com.esotericsoftware.kryonet.Serialization;
import dev.asciicall.crypto.SecureChannel;
import dev.asciicall.net.wire.Limits;
import dev.asciicall.net.wire.WireClasses;
import dev.asciicall.net.wire.WireMessage;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * How our KryoNet endpoints turn objects into bytes. The same wire format as KryoNet's own {@link
 * KryoSerialization} (its framework messages registered first, then {@link WireClasses}), with
 * three differences that matter to a relay:
 *
 * <ul>
 *   <li>KryoNet's serialization is one object with one lock, shared by every connection of an
 *       endpoint: the host thread writing to one participant waited for the update thread reading
 *       from another. Here each thread has its own Kryo and buffers.
 *   <li>A {@link SealOnWrite} is sealed straight into the connection's write buffer, in the order
 *       the bytes go out: no envelope array, no copy, and no lock of our own to keep sequence
 *       numbers in order (KryoNet's write lock already does).
 *   <li>One KryoNet frame may carry several messages back to back ({@link SealOnWrite} with more
 *       than one): a relay's messages to one participant then cost one write to the socket, not one
 *       each. They are read back as a {@link Batch}.
 * </ul>
 *
 * Thread safe.
 */
final class WireSerialization implements Serialization {

  /** Bytes Kryo writes for the class of a {@link WireMessage.Sealed}. */
  private static final int SEALED_CLASS_BYTES = sealedClassBytes();

  private final boolean transportOnly;
  private final ThreadLocal<Codec> codecs = ThreadLocal.withInitial(Codec::new);

  /**
   * @param encryption {@link Encryption#END_TO_END}: only what may travel outside an envelope is
   *     registered; otherwise (a benchmark's plain call) every message
   */
  WireSerialization(Encryption encryption) {
    this.transportOnly = encryption == Encryption.END_TO_END;
  }

  /**
   * Messages (serialised with {@code WireCodec}) to seal for one connection's ordered channel as
   * they are written, in order, each becoming one {@link WireMessage.Sealed}, all in one frame.
   */
  static final class SealOnWrite {
    final SecureChannel channel;
    final List<byte[]> plaintexts;

    SealOnWrite(SecureChannel channel, List<byte[]> plaintexts) {
      this.channel = channel;
      this.plaintexts = plaintexts;
    }

    SealOnWrite(SecureChannel channel, byte[] plaintext) {
      this(channel, List.of(plaintext));
    }

    /** The bytes one message of {@code plaintextLength} takes in a frame. */
    static int framedLength(int plaintextLength) {
      int envelope = SecureChannel.envelopeLength(plaintextLength);
      return SEALED_CLASS_BYTES + varIntLength(envelope) + envelope;
    }
  }

  /**
   * Several messages that arrived in one KryoNet frame, in order. KryoNet hands them to the
   * listener as one object; the listener takes them one by one.
   */
  record Batch(List<Object> messages) {}

  @Override
  public void write(Connection connection, ByteBuffer buffer, Object object) {
    Codec codec = codecs.get();
    if (object instanceof SealOnWrite seal) {
      int total = 0;
      for (byte[] plaintext : seal.plaintexts) {
        if (SecureChannel.envelopeLength(plaintext.length) > Limits.MAX_ENVELOPE_BYTES) {
          throw new IllegalArgumentException(
              "message of " + plaintext.length + " bytes is too large to send");
        }
        total += SealOnWrite.framedLength(plaintext.length);
      }
      if (buffer.remaining() < total) {
        throw new IllegalArgumentException("the write buffer is full");
      }
      for (byte[] plaintext : seal.plaintexts) {
        // Exactly what Kryo writes for a WireMessage.Sealed: its class, the length, the envelope.
        codec.output.setBuffer(buffer);
        codec.kryo.writeClass(codec.output, WireMessage.Sealed.class);
        codec.output.writeVarInt(SecureChannel.envelopeLength(plaintext.length), true);
        codec.output.flush();
        int at = buffer.arrayOffset() + buffer.position();
        buffer.position(buffer.position() + seal.channel.sealInto(plaintext, buffer.array(), at));
      }
    } else {
      codec.output.setBuffer(buffer);
      codec.kryo.writeClassAndObject(codec.output, object);
      codec.output.flush();
    }
  }

  /** One message, or a {@link Batch} when the frame holds several. */
  @Override
  public Object read(Connection connection, ByteBuffer buffer) {
    Codec codec = codecs.get();
    codec.input.setBuffer(buffer);
    Object first = codec.kryo.readClassAndObject(codec.input);
    if (!buffer.hasRemaining()) {
      return first;
    }
    List<Object> messages = new ArrayList<>();
    messages.add(first);
    while (buffer.hasRemaining()) {
      codec.input.setBuffer(buffer);
      messages.add(codec.kryo.readClassAndObject(codec.input));
    }
    return new Batch(messages);
  }

  @Override
  public int getLengthLength() {
    return 4;
  }

  @Override
  public void writeLength(ByteBuffer buffer, int length) {
    buffer.putInt(length);
  }

  @Override
  public int readLength(ByteBuffer buffer) {
    return buffer.getInt();
  }

  private static int varIntLength(int value) {
    int length = 1;
    while ((value >>>= 7) != 0) {
      length++;
    }
    return length;
  }

  private static int sealedClassBytes() {
    Kryo kryo = new KryoSerialization().getKryo();
    WireClasses.registerTransport(kryo);
    Output output = new Output(16);
    kryo.writeClass(output, WireMessage.Sealed.class);
    return output.position();
  }

  /** One thread's Kryo, registered as KryoNet registers its own, and its buffers. */
  private final class Codec {
    final Kryo kryo = new KryoSerialization().getKryo();
    final ByteBufferInput input = new ByteBufferInput();
    final ByteBufferOutput output = new ByteBufferOutput();

    Codec() {
      if (transportOnly) {
        WireClasses.registerTransport(kryo);
      } else {
        WireClasses.register(kryo);
      }
    }
  }
}
