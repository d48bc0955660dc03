package dev.asciicall.ui.lobby;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.call.HostAddress;
import dev.asciicall.call.JoinRequest;
import dev.asciicall.crypto.IdentityKeyPair;
import dev.asciicall.crypto.KeyFingerprint;
import dev.asciicall.testing.UnitTest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@UnitTest
class LobbyViewModelTest {

  /** Records what the lobby started. */
  private static final class Started implements LobbyActions {
    final List<String> done = new ArrayList<>();
    final List<JoinRequest> joins = new ArrayList<>();

    @Override
    public void host(String name) {
      done.add("host " + name);
    }

    @Override
    public void hostWithOptions(String name) {
      done.add("host dialog " + name);
    }

    @Override
    public void join(JoinRequest request) {
      joins.add(request);
    }

    @Override
    public void findNearby() {
      done.add("nearby");
    }
  }

  private final Started started = new Started();
  private final LobbyViewModel lobby = new LobbyViewModel();

  {
    lobby.actionsProperty().set(started);
    lobby.nameProperty().set("Grace");
  }

  @Test
  void hostStartsAtOnceWithMyName() {
    assertThat(lobby.host()).isTrue();
    assertThat(started.done).containsExactly("host Grace");
  }

  @Test
  void withoutANameNothingStartsAndTheLobbySaysWhy() {
    lobby.nameProperty().set("  ");
    lobby.targetProperty().set("10.0.0.5");

    assertThat(lobby.canHost().get()).isFalse();
    assertThat(lobby.canJoin().get()).isFalse();
    assertThat(lobby.host()).isFalse();
    assertThat(lobby.nameProblem().get()).isEqualTo("Type the name others will see");
  }

  @Test
  void anAddressJoinsWithThePassphraseWhichIsThenForgotten() {
    lobby.targetProperty().set("10.0.0.5:6000");
    lobby.passphraseProperty().set("open sesame");
    lobby.udpPortProperty().set(6001);

    assertThat(lobby.canJoin().get()).isTrue();
    assertThat(lobby.join()).isTrue();

    JoinRequest request = started.joins.get(0);
    assertThat(request.address()).isEqualTo(new HostAddress("10.0.0.5", 6000));
    assertThat(request.udpPort()).isEqualTo(6001);
    assertThat(request.name()).isEqualTo("Grace");
    assertThat(request.passphrase()).containsExactly("open sesame".toCharArray());
    assertThat(lobby.passphraseProperty().get()).isEmpty();
  }

  @Test
  void aBadAddressSaysWhatIsWrongAndCannotJoin() {
    lobby.targetProperty().set("10.0.0.500");

    assertThat(lobby.problem().get()).contains("not an IP address");
    assertThat(lobby.canJoin().get()).isFalse();
    assertThat(lobby.join()).isFalse();
    assertThat(started.joins).isEmpty();
  }

  @Test
  void anInviteLinkJoinsItsAddressAndNamesTheCall() {
    String key =
        KeyFingerprint.of(IdentityKeyPair.generate(new SecureRandom()).publicIdentity()).text();
    lobby.targetProperty().set("asciicall://203.0.113.5:54555/?key=" + key + "&name=Standup");

    assertThat(lobby.problem().get()).isEmpty();
    assertThat(lobby.targetNote().get()).isEqualTo("Invite to 'Standup' at 203.0.113.5:54555");
    assertThat(lobby.join()).isTrue();
    assertThat(started.joins.get(0).address()).isEqualTo(new HostAddress("203.0.113.5", 54555));
  }

  @Test
  void aBrokenInviteSaysSo() {
    lobby.targetProperty().set("asciicall://203.0.113.5:54555/?key=abc");

    assertThat(lobby.problem().get()).contains("key fingerprint");
    assertThat(lobby.canJoin().get()).isFalse();
  }

  @Test
  void duringACallTheLobbyStartsNothing() {
    lobby.startableProperty().set(false);
    lobby.targetProperty().set("10.0.0.5");

    assertThat(lobby.host()).isFalse();
    assertThat(lobby.join()).isFalse();
    lobby.findNearby();
    lobby.hostWithOptions();
    assertThat(started.done).isEmpty();
  }
}
