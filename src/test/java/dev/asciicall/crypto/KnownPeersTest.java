package dev.asciicall.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@UnitTest
class KnownPeersTest {

  @TempDir Path settings;

  private final PublicIdentity alice = Peers.identity().publicIdentity();
  private final PublicIdentity impostor = Peers.identity().publicIdentity();

  @Test
  void nameSeenBeforeWithAnotherKeyIsFlagged() throws Exception {
    KnownPeers peers = new KnownPeers(settings);

    assertThat(peers.check("Alice", alice)).isEqualTo(PeerStatus.NEW);
    assertThat(peers.check("Alice", alice)).isEqualTo(PeerStatus.KNOWN);
    assertThat(peers.check("Alice", impostor)).isEqualTo(PeerStatus.KEY_CHANGED);
    assertThat(peers.check(" alice ", impostor)).isEqualTo(PeerStatus.KEY_CHANGED);
  }

  @Test
  void rememberedAcrossRestarts() throws Exception {
    new KnownPeers(settings).check("Alice", alice);

    KnownPeers afterRestart = new KnownPeers(settings);
    assertThat(afterRestart.check("Alice", impostor)).isEqualTo(PeerStatus.KEY_CHANGED);
    assertThat(afterRestart.check("Alice", alice)).isEqualTo(PeerStatus.KNOWN);
  }

  @Test
  void trustingANewKeyReplacesTheOldOne() throws Exception {
    KnownPeers peers = new KnownPeers(settings);
    peers.check("Alice", alice);

    peers.trust("Alice", impostor);

    assertThat(new KnownPeers(settings).check("Alice", impostor)).isEqualTo(PeerStatus.KNOWN);
  }
}
