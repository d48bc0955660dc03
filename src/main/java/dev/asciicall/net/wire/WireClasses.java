package dev.asciicall.net.wire;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The one place wire classes are registered. Every message has an explicit serializer that checks
 * each length before allocating (Kryo's own string and array readers trust the declared length, so
 * four hostile bytes could ask for gigabytes) and builds the record through its validating
 * constructor. Registration is required, so nothing else is ever deserialised.
 *
 * <p>Ids 20 ({@link WireMessage.Hello}) and 21 ({@link WireMessage.Refusal}) never change, so a
 * peer of any version can always be told why it is refused.
 */
public final class WireClasses {

  private WireClasses() {}

  /**
   * Registers every message on {@code kryo}: for the inner codec ({@link WireCodec}), tests, and a
   * benchmark's plain call.
   */
  public static void register(Kryo kryo) {
    registerTransport(kryo);
    registerSealedMessages(kryo);
  }

  /**
   * Registers only what may travel outside an envelope: the frozen hello and refusal (so an old
   * peer can be told why it is refused), the handshake, and the envelope. An endpoint whose
   * transport knows nothing else never deserialises an unauthenticated message beyond these. Call
   * before the endpoint connects or binds.
   */
  public static void registerTransport(Kryo kryo) {
    kryo.setRegistrationRequired(true);
    kryo.setReferences(false);
    refuseBareStrings(kryo);
    add(
        kryo,
        WireMessage.Hello.class,
        20,
        (out, m) -> {
          out.writeVarInt(m.protocol(), true);
          writeText(out, m.applicationVersion());
          writeText(out, m.name());
        },
        in ->
            new WireMessage.Hello(
                in.readVarInt(true),
                readText(in, Limits.MAX_VERSION_CHARS),
                readText(in, Limits.MAX_NAME_CHARS)));
    add(
        kryo,
        WireMessage.Refusal.class,
        21,
        (out, m) -> {
          writeText(out, m.reason());
          writeText(out, m.message());
        },
        in -> new WireMessage.Refusal(readText(in, 32), readText(in, Limits.MAX_CHAT_CHARS)));
    add(
        kryo,
        WireMessage.Handshake.class,
        40,
        (out, m) -> writeBytes(out, m.data()),
        in -> new WireMessage.Handshake(readBytes(in, Limits.MAX_HANDSHAKE_BYTES)));
    add(
        kryo,
        WireMessage.Sealed.class,
        41,
        (out, m) -> writeBytes(out, m.envelope()),
        in -> new WireMessage.Sealed(readBytes(in, Limits.MAX_ENVELOPE_BYTES)));
    // Id 42 was the UDP envelope of protocol 2; datagrams no longer go through Kryo (see
    // net.Datagrams).
  }

  /** Everything that travels inside envelopes (and, in a benchmark's plain call, without). */
  private static void registerSealedMessages(Kryo kryo) {
    add(
        kryo,
        WireMessage.Welcome.class,
        22,
        (out, m) -> {
          out.writeVarInt(m.participantId(), true);
          writeText(out, m.callName());
          writeText(out, m.name());
          writeBytes(out, m.callId());
        },
        in ->
            new WireMessage.Welcome(
                in.readVarInt(true),
                readText(in, Limits.MAX_NAME_CHARS),
                readText(in, Limits.MAX_NAME_CHARS),
                readBytes(in, Limits.MAX_CALL_ID_BYTES)));
    add(
        kryo,
        WireMessage.ParticipantJoined.class,
        23,
        (out, m) -> {
          out.writeVarInt(m.id(), true);
          writeText(out, m.name());
        },
        in ->
            new WireMessage.ParticipantJoined(
                in.readVarInt(true), readText(in, Limits.MAX_NAME_CHARS)));
    add(
        kryo,
        WireMessage.ParticipantLeft.class,
        24,
        (out, m) -> {
          out.writeVarInt(m.id(), true);
          writeText(out, m.reason());
        },
        in -> new WireMessage.ParticipantLeft(in.readVarInt(true), readText(in, 64)));
    add(
        kryo,
        WireMessage.Video.class,
        25,
        (out, m) -> {
          out.writeVarInt(m.senderId(), true);
          out.writeLong(m.sequence());
          out.writeLong(m.captureMicros());
          writeBytes(out, m.payload());
        },
        in ->
            new WireMessage.Video(
                in.readVarInt(true),
                in.readLong(),
                in.readLong(),
                readBytes(in, Limits.MAX_VIDEO_PAYLOAD)));
    add(
        kryo,
        WireMessage.VideoAck.class,
        26,
        (out, m) -> {
          out.writeVarInt(m.senderId(), true);
          out.writeLong(m.sequence());
        },
        in -> new WireMessage.VideoAck(in.readVarInt(true), in.readLong()));
    add(
        kryo,
        WireMessage.KeyframeRequest.class,
        27,
        (out, m) -> out.writeVarInt(m.senderId(), true),
        in -> new WireMessage.KeyframeRequest(in.readVarInt(true)));
    add(
        kryo,
        WireMessage.Chat.class,
        28,
        (out, m) -> {
          out.writeVarInt(m.senderId(), true);
          out.writeLong(m.sentAtMillis());
          writeText(out, m.text());
        },
        in ->
            new WireMessage.Chat(
                in.readVarInt(true), in.readLong(), readText(in, Limits.MAX_CHAT_CHARS)));
    add(
        kryo,
        WireMessage.Ping.class,
        29,
        (out, m) -> out.writeLong(m.sentMicros()),
        in -> new WireMessage.Ping(in.readLong()));
    add(
        kryo,
        WireMessage.Pong.class,
        30,
        (out, m) -> {
          out.writeLong(m.pingSentMicros());
          out.writeLong(m.answeredMicros());
        },
        in -> new WireMessage.Pong(in.readLong(), in.readLong()));
    add(
        kryo,
        WireMessage.CallEnded.class,
        31,
        (out, m) -> writeText(out, m.reason()),
        in -> new WireMessage.CallEnded(readText(in, Limits.MAX_CHAT_CHARS)));
    add(
        kryo,
        WireMessage.Audio.class,
        32,
        (out, m) -> {
          out.writeVarInt(m.senderId(), true);
          out.writeVarLong(m.sequence(), true);
          out.writeLong(m.captureMicros());
          out.writeVarInt(m.flags(), true);
          writeBytes(out, m.payload());
        },
        in ->
            new WireMessage.Audio(
                in.readVarInt(true),
                in.readVarLong(true),
                in.readLong(),
                in.readVarInt(true),
                readBytes(in, Limits.MAX_AUDIO_PAYLOAD + Limits.MEDIA_SEAL_OVERHEAD)));
    add(
        kryo,
        WireMessage.MediaState.class,
        33,
        (out, m) -> {
          out.writeVarInt(m.senderId(), true);
          out.writeBoolean(m.microphoneMuted());
          out.writeBoolean(m.cameraOff());
        },
        in -> new WireMessage.MediaState(in.readVarInt(true), in.readBoolean(), in.readBoolean()));
    add(
        kryo,
        WireMessage.UdpProbe.class,
        34,
        (out, m) -> {
          out.writeLong(m.sentMicros());
          out.writeBoolean(m.hostHeard());
        },
        in -> new WireMessage.UdpProbe(in.readLong(), in.readBoolean()));
    registerSecurity(kryo);
  }

  /** The passphrase and end-to-end key messages (ids 43–45). */
  private static void registerSecurity(Kryo kryo) {
    add(
        kryo,
        WireMessage.Passphrase.class,
        43,
        (out, m) -> writeBytes(out, m.data()),
        in -> new WireMessage.Passphrase(readBytes(in, Limits.MAX_HANDSHAKE_BYTES)));
    add(
        kryo,
        WireMessage.MemberKey.class,
        44,
        (out, m) -> {
          out.writeVarInt(m.participantId(), true);
          writeBytes(out, m.announcement());
        },
        in ->
            new WireMessage.MemberKey(
                in.readVarInt(true), readBytes(in, Limits.MAX_HANDSHAKE_BYTES)));
    add(
        kryo,
        WireMessage.SenderKey.class,
        45,
        (out, m) -> {
          out.writeVarInt(m.fromId(), true);
          out.writeVarInt(m.toId(), true);
          writeBytes(out, m.sealedKey());
        },
        in ->
            new WireMessage.SenderKey(
                in.readVarInt(true),
                in.readVarInt(true),
                readBytes(in, Limits.MAX_HANDSHAKE_BYTES)));
  }

  /**
   * Kryo registers {@code String} as id 1 by default, with a reader that allocates as many
   * characters as the bytes declare: five bytes after the class id asked for a 4 GB array, and the
   * fuzz stage's first such frame from a stranger stalled the host in garbage collection until
   * every participant timed out (with a small heap it is an {@code OutOfMemoryError}). Nothing of
   * ours sends a bare string, so the id now reads as an error before anything is allocated.
   */
  private static void refuseBareStrings(Kryo kryo) {
    int id = kryo.getRegistration(String.class).getId();
    kryo.register(
        String.class,
        new Serializer<String>() {
          @Override
          public void write(Kryo k, Output output, String text) {
            throw new KryoException("a bare string is not a message");
          }

          @Override
          public String read(Kryo k, Input input, Class<String> type) {
            throw new KryoException("a bare string is not a message");
          }
        },
        id);
  }

  private static <T> void add(
      Kryo kryo, Class<T> type, int id, BiConsumer<Output, T> writer, Function<Input, T> reader) {
    kryo.register(
        type,
        new Serializer<T>() {
          @Override
          public void write(Kryo k, Output output, T message) {
            writer.accept(output, message);
          }

          @Override
          public T read(Kryo k, Input input, Class<T> declared) {
            try {
              return reader.apply(input);
            } catch (IllegalArgumentException e) {
              throw new KryoException("invalid " + type.getSimpleName() + ": " + e.getMessage());
            }
          }
        },
        id);
  }

  private static void writeBytes(Output out, byte[] bytes) {
    out.writeVarInt(bytes.length, true);
    out.writeBytes(bytes);
  }

  private static byte[] readBytes(Input in, int maxLength) {
    int length = in.readVarInt(true);
    if (length < 0 || length > maxLength) {
      throw new KryoException("field of " + length + " bytes, at most " + maxLength + " allowed");
    }
    return in.readBytes(length);
  }

  private static void writeText(Output out, String text) {
    writeBytes(out, text.getBytes(StandardCharsets.UTF_8));
  }

  private static String readText(Input in, int maxChars) {
    // UTF-8 needs at most 4 bytes per character; the record constructor checks characters.
    return new String(readBytes(in, maxChars * 4), StandardCharsets.UTF_8);
  }
}
