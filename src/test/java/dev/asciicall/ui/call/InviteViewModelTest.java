package dev.asciicall.ui.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.call.HostAddress;
import dev.asciicall.call.Invite;
import dev.asciicall.testing.UnitTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@UnitTest
class InviteViewModelTest {

  private static final String KEY =
      dev.asciicall.crypto.KeyFingerprint.of(
              dev.asciicall.crypto.IdentityKeyPair.generate(new java.security.SecureRandom())
                  .publicIdentity())
          .text();

  private static Invite invite(String address) {
    Invite.Check check = Invite.parse("asciicall://" + address + "/?key=" + validKey());
    return ((Invite.Valid) check).invite();
  }

  private static String validKey() {
    return KEY;
  }

  @Test
  void hostingOffersTheLinkAndEveryAddressAndOpensOnce() {
    InviteViewModel model = new InviteViewModel();
    model.showHosting("Standup", List.of(invite("192.168.1.20:54555"), invite("127.0.0.1:54555")));

    assertThat(model.availableProperty().get()).isTrue();
    assertThat(model.linkProperty().get())
        .startsWith("asciicall://192.168.1.20:54555/?key=")
        .contains(validKey());
    assertThat(model.entries())
        .extracting(InviteViewModel.Entry::address, InviteViewModel.Entry::note)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("192.168.1.20:54555", "on your network"),
            org.assertj.core.groups.Tuple.tuple("127.0.0.1:54555", "this computer only"));
    assertThat(model.headingProperty().get()).contains("'Standup'");
    assertThat(model.openRequestedProperty().get()).isTrue();
  }

  @Test
  void aJoinerSharesTheHostsAddressWithoutALink() {
    InviteViewModel model = new InviteViewModel();
    model.showJoined(new HostAddress("10.0.0.5", 54555));

    assertThat(model.linkProperty().get()).isEmpty();
    assertThat(model.entries())
        .extracting(InviteViewModel.Entry::address)
        .containsExactly("10.0.0.5:54555");
    assertThat(model.openRequestedProperty().get()).isFalse();
  }
}
