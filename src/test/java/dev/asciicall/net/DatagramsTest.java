package dev.asciicall.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A participant's datagram names its id; anything that is not one is not read as one. */
@Tag("unit")
@UnitTest
class DatagramsTest {

  @Test
  void aParticipantsDatagramCarriesItsIdAndEnvelope() {
    byte[] envelope = {1, 2, 3, 4, 5};
    for (int id : new int[] {0, 1, 127, 128, 300_000}) {
      Datagrams.FromParticipant read =
          Datagrams.parse(ByteBuffer.wrap(Datagrams.fromParticipant(id, envelope)));
      assertThat(read.participantId()).isEqualTo(id);
      assertThat(read.envelope()).containsExactly(envelope);
    }
  }

  @Test
  void otherBytesAreNotAParticipantsDatagram() {
    assertThat(Datagrams.parse(ByteBuffer.wrap(new byte[] {Datagrams.FROM_PARTICIPANT, 1})))
        .as("no envelope")
        .isNull();
    assertThat(Datagrams.parse(ByteBuffer.wrap(new byte[] {7, 1, 2, 3}))).as("marker").isNull();
    byte[] endlessId = {Datagrams.FROM_PARTICIPANT, -1, -1, -1, -1, -1, -1, 1};
    assertThat(Datagrams.parse(ByteBuffer.wrap(endlessId))).as("id out of range").isNull();
    assertThat(Datagrams.parse(ByteBuffer.wrap(DiscoveryAnswer.request()))).isNull();
  }
}
