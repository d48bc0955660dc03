package dev.asciicall.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.esotericsoftware.kryo.KryoException;
import dev.asciicall.crypto.HandshakeInitiator;
import dev.asciicall.crypto.HandshakeResponder;
import dev.asciicall.crypto.IdentityKeyPair;
import dev.asciicall.crypto.SecureSession;
import dev.asciicall.net.wire.WireCodec;
import dev.asciicall.net.wire.WireMessage;
import dev.asciicall.testing.UnitTest;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Our KryoNet serialization: messages sealed as they are written come out as the same envelopes a
 * KryoNet {@code Sealed} would be, several of them share one frame and are read back in order, and
 * a frame that does not fit is refused before anything is written.
 */
@Tag("unit")
@UnitTest
class WireSerializationTest {

  private final WireSerialization serialization = new WireSerialization(Encryption.END_TO_END);
  private final SecureSession[] sessions = connect();

  @Test
  void severalSealedMessagesShareOneFrameAndOpenInOrder() throws Exception {
    List<WireMessage> sent =
        List.of(
            new WireMessage.VideoAck(3, 41),
            new WireMessage.Chat(2, 1_000, "hello"),
            new WireMessage.VideoAck(4, 42));
    List<byte[]> plaintexts = new ArrayList<>();
    sent.forEach(message -> plaintexts.add(WireCodec.encode(message)));
    ByteBuffer frame = ByteBuffer.allocate(4096);

    serialization.write(
        null, frame, new WireSerialization.SealOnWrite(sessions[0].control(), plaintexts));
    int written = frame.position();
    frame.flip();
    Object read = serialization.read(null, frame);

    assertThat(written)
        .isEqualTo(
            plaintexts.stream()
                .mapToInt(p -> WireSerialization.SealOnWrite.framedLength(p.length))
                .sum());
    assertThat(read).isInstanceOf(WireSerialization.Batch.class);
    List<WireMessage> opened = new ArrayList<>();
    for (Object envelope : ((WireSerialization.Batch) read).messages()) {
      byte[] plain = sessions[1].control().open(((WireMessage.Sealed) envelope).envelope());
      opened.add(WireCodec.decode(plain));
    }
    assertThat(opened).hasSize(3);
    assertThat(opened.get(0)).isEqualTo(sent.get(0));
    assertThat(opened.get(2)).isEqualTo(sent.get(2));
    assertThat(((WireMessage.Chat) opened.get(1)).text()).isEqualTo("hello");
  }

  @Test
  void oneMessageIsReadAsItself() {
    ByteBuffer frame = ByteBuffer.allocate(256);
    serialization.write(
        null,
        frame,
        new WireSerialization.SealOnWrite(
            sessions[0].control(), WireCodec.encode(new WireMessage.Ping(7))));
    frame.flip();

    assertThat(serialization.read(null, frame)).isInstanceOf(WireMessage.Sealed.class);
  }

  @Test
  void aFrameThatDoesNotFitIsRefusedBeforeAnythingIsWritten() {
    ByteBuffer frame = ByteBuffer.allocate(64);
    byte[] big = WireCodec.encode(new WireMessage.Chat(1, 0, "x".repeat(200)));

    assertThatThrownBy(
            () ->
                serialization.write(
                    null, frame, new WireSerialization.SealOnWrite(sessions[0].control(), big)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(frame.position()).isZero();
  }

  @Test
  void aBareStringClaimingGigabytesIsRefusedBeforeAnythingIsAllocated() {
    // Class id 1 (Kryo's String), then a UTF-8 length of about 2^31 characters.
    byte[] frame = {3, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x0f, 'x'};
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();

    assertThatThrownBy(() -> serialization.read(null, ByteBuffer.wrap(frame)))
        .isInstanceOf(KryoException.class);
    assertThatThrownBy(() -> WireCodec.decode(frame)).isInstanceOf(IllegalArgumentException.class);

    assertThat(threads.getCurrentThreadAllocatedBytes() - before).isLessThan(1024 * 1024);
  }

  private static SecureSession[] connect() {
    try {
      SecureRandom random = new SecureRandom();
      HandshakeInitiator initiator =
          new HandshakeInitiator(IdentityKeyPair.generate(random), random);
      HandshakeResponder responder =
          new HandshakeResponder(IdentityKeyPair.generate(random), random);
      byte[] finish = initiator.finish(responder.respond(initiator.hello()));
      SecureSession server = responder.complete(finish);
      return new SecureSession[] {server, initiator.session()};
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
