package dev.asciicall.net.wire;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;

/**
 * Turns a {@link WireMessage} into bytes and back with the same registered, length-checked
 * serializers the transport uses, so a message can travel sealed inside an envelope. Any message
 * type registered in {@link WireClasses} is covered. Thread safe: each thread has its own Kryo
 * (Kryo instances are not thread safe and cheap enough to keep one per thread).
 */
public final class WireCodec {

  private static final ThreadLocal<Kryo> KRYO =
      ThreadLocal.withInitial(
          () -> {
            Kryo kryo = new Kryo();
            WireClasses.register(kryo);
            return kryo;
          });

  private static final ThreadLocal<Output> OUTPUT =
      ThreadLocal.withInitial(() -> new Output(4096, Limits.MAX_MESSAGE_BYTES));

  private WireCodec() {}

  /**
   * @throws IllegalArgumentException if the message serialises to more than {@link
   *     Limits#MAX_MESSAGE_BYTES}
   */
  public static byte[] encode(WireMessage message) {
    Output output = OUTPUT.get();
    output.clear();
    try {
      KRYO.get().writeClassAndObject(output, message);
    } catch (KryoException e) {
      throw new IllegalArgumentException(
          message.getClass().getSimpleName() + " too large to send: " + e.getMessage());
    }
    return output.toBytes();
  }

  /**
   * Reads exactly one message from {@code bytes}.
   *
   * @throws IllegalArgumentException if the bytes are not exactly one valid message
   */
  public static WireMessage decode(byte[] bytes) {
    if (bytes.length > Limits.MAX_MESSAGE_BYTES) {
      throw new IllegalArgumentException("message of " + bytes.length + " bytes");
    }
    Input input = new Input(bytes);
    Object object;
    try {
      object = KRYO.get().readClassAndObject(input);
    } catch (KryoException | IndexOutOfBoundsException e) {
      throw new IllegalArgumentException("undecodable message: " + e.getMessage());
    }
    if (!(object instanceof WireMessage message)) {
      throw new IllegalArgumentException("not a message: " + object);
    }
    if (input.position() != bytes.length) {
      throw new IllegalArgumentException("trailing bytes after " + object.getClass().getName());
    }
    return message;
  }
}
