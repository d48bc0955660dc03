package dev.asciicall.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.asciicall.testing.UnitTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@UnitTest
class IdentityStoreTest {

  @TempDir Path settings;

  @Test
  void firstRunCreatesAnIdentityThatLaterRunsLoad() throws Exception {
    IdentityKeyPair created = new IdentityStore(settings).loadOrCreate(Peers.RANDOM);
    IdentityKeyPair loaded = new IdentityStore(settings).loadOrCreate(Peers.RANDOM);

    assertThat(loaded.publicIdentity()).isEqualTo(created.publicIdentity());
    byte[] message = {1, 2, 3};
    assertThat(created.publicIdentity().verifies(message, loaded.sign(message))).isTrue();
  }

  @Test
  void identityFileIsReadableOnlyByTheUser() throws Exception {
    assumeTrue(SettingsDirectory.supportsPosix());
    IdentityStore store = new IdentityStore(settings.resolve("nested"));
    store.loadOrCreate(Peers.RANDOM);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())))
        .isEqualTo("rw-------");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(settings.resolve("nested"))))
        .isEqualTo("rwx------");
  }

  @Test
  void looselyPermittedFileIsTightenedOnLoad() throws Exception {
    assumeTrue(SettingsDirectory.supportsPosix());
    IdentityStore store = new IdentityStore(settings);
    store.loadOrCreate(Peers.RANDOM);
    Files.setPosixFilePermissions(store.file(), PosixFilePermissions.fromString("rw-r--r--"));

    store.loadOrCreate(Peers.RANDOM);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())))
        .isEqualTo("rw-------");
  }

  @Test
  void corruptFileGetsAMessageNamingIt() throws Exception {
    IdentityStore store = new IdentityStore(settings);
    Files.writeString(store.file(), "asciicall-identity v1\npublic AAAA\nprivate AAAA\n");

    assertThatThrownBy(() -> store.loadOrCreate(Peers.RANDOM))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("corrupt")
        .hasMessageContaining(store.file().toString());
  }

  @Test
  void settingsDirectoryFollowsTheOverrideAndXdg() {
    assertThat(SettingsDirectory.resolve("/tmp/x", java.util.Map.of()))
        .isEqualTo(Path.of("/tmp/x"));
    if (!System.getProperty("os.name").toLowerCase().contains("win")
        && !System.getProperty("os.name").toLowerCase().contains("mac")) {
      assertThat(SettingsDirectory.resolve(null, java.util.Map.of("XDG_CONFIG_HOME", "/cfg")))
          .isEqualTo(Path.of("/cfg/asciicall"));
    }
  }
}
