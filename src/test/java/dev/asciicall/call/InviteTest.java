package dev.asciicall.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.crypto.IdentityKeyPair;
import dev.asciicall.crypto.KeyFingerprint;
import dev.asciicall.crypto.PublicIdentity;
import dev.asciicall.testing.UnitTest;
import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invite links: what the host copies, what the joiner pastes, and what is refused and why. */
@UnitTest
class InviteTest {

  private final PublicIdentity host = IdentityKeyPair.generate(new SecureRandom()).publicIdentity();
  private final KeyFingerprint key = KeyFingerprint.of(host);

  private static Invite valid(String text) {
    Invite.Check check = Invite.parse(text);
    assertThat(check).isInstanceOf(Invite.Valid.class);
    return ((Invite.Valid) check).invite();
  }

  private static String invalid(String text) {
    Invite.Check check = Invite.parse(text);
    assertThat(check).isInstanceOf(Invite.Invalid.class);
    return ((Invite.Invalid) check).message();
  }

  @Test
  void roundTripsAnIpv4InviteWithACallName() {
    Invite invite =
        new Invite(new HostAddress("203.0.113.5", 54555), key, Optional.of("Standup & Co é"));
    String link = invite.link();
    assertThat(link)
        .isEqualTo(
            "asciicall://203.0.113.5:54555/?key=" + key + "&name=Standup%20%26%20Co%20%C3%A9");
    assertThat(valid(link)).isEqualTo(invite);
    assertThat(valid(link).isFrom(host)).isTrue();
  }

  @Test
  void roundTripsIpv6LiteralsInBracketsWithTheirZone() {
    Invite global = new Invite(new HostAddress("2001:db8::5", 40111), key, Optional.empty());
    assertThat(global.link()).isEqualTo("asciicall://[2001:db8::5]:40111/?key=" + key);
    assertThat(valid(global.link())).isEqualTo(global);

    Invite linkLocal = new Invite(new HostAddress("fe80::1%eth0", 54555), key, Optional.empty());
    assertThat(linkLocal.link()).startsWith("asciicall://[fe80::1%25eth0]:54555/");
    assertThat(valid(linkLocal.link())).isEqualTo(linkLocal);
  }

  @Test
  void acceptsWhatChatAppsDoToLinks() {
    String link = "asciicall://example.org:54555/?key=" + key;
    assertThat(valid("  " + link + "\n").address())
        .isEqualTo(new HostAddress("example.org", 54555));
    assertThat(valid("ASCIICALL://example.org:54555?key=" + key.text().toUpperCase()).key())
        .isEqualTo(key);
    assertThat(valid(link + "&utm_source=chat#fragment").key()).isEqualTo(key);
    assertThat(valid("asciicall://example.org/?key=" + key).address().port())
        .isEqualTo(HostAddress.DEFAULT_PORT);
  }

  @Test
  void anotherHostsKeyDoesNotMatch() {
    PublicIdentity impostor = IdentityKeyPair.generate(new SecureRandom()).publicIdentity();
    Invite invite = valid("asciicall://203.0.113.5:54555/?key=" + key);
    assertThat(invite.isFrom(impostor)).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "asciicall://203.0.113.5:54555/?key=KEY&passphrase=hunter2 | This link carries a"
            + " passphrase, which asciicall invites never do: the passphrase is no longer secret;"
            + " ask the host for a new one and type it in",
        "asciicall://203.0.113.5:54555/?key=KEY&PW=x | This link carries a passphrase, which"
            + " asciicall invites never do: the passphrase is no longer secret; ask the host for a"
            + " new one and type it in",
        "https://203.0.113.5:54555/?key=KEY | An invite starts with asciicall://",
        "asciicall:203.0.113.5:54555/?key=KEY | An invite starts with asciicall://",
        "asciicall://203.0.113.5:54555/ | The invite has no key=… (the host's fingerprint); copy"
            + " the whole invite",
        "asciicall://203.0.113.5:99999/?key=KEY | In the invite: The port must be a number from"
            + " 1 to 65535",
        "asciicall://2001:db8::5/?key=KEY | In the invite: Put an IPv6 address in brackets, e.g."
            + " [fe80::1]:54555",
        "asciicall://user@203.0.113.5/?key=KEY | The invite's address must not contain '@'",
        "asciicall://203.0.113.5:54555/join?key=KEY | The invite has an unexpected path after the"
            + " address",
        "asciicall://203.0.113.5/?key=KEY&key=KEY | The invite names 'key' twice",
        "asciicall://203.0.113.5/?key=KEY&name=%E0%A | The invite has a broken %-escape; copy it"
            + " again",
        "asciicall://203.0.113.5/?key=abc | In the invite, the key fingerprint has 3 characters"
            + " instead of 32; copy the whole invite",
        "asciicall://203.0.113.5/?key=KEY&name=%0Aevil | The call name in the invite has control"
            + " characters",
      })
  void malformedInvitesSayWhatIsWrongInOneLine(String text, String message) {
    assertThat(invalid(text.replace("KEY", key.text()))).isEqualTo(message);
  }

  @Test
  void aMistypedKeyIsReportedAsATypo() {
    String text = key.text();
    String typo = text.substring(0, 3) + (text.charAt(3) == 'a' ? 'b' : 'a') + text.substring(4);
    String message = invalid("asciicall://203.0.113.5/?key=" + typo);
    // The 10-bit check misses 1 typo in 1,024; then the key simply does not match the host's.
    if (message.contains("mistyped")) {
      assertThat(message)
          .isEqualTo("In the invite, the key fingerprint is mistyped; copy the invite again");
    }
  }

  @Test
  void tooLongOrTooLongANameIsRefused() {
    assertThat(invalid("asciicall://h/?key=" + key + "&x=" + "a".repeat(600)))
        .isEqualTo("That invite is too long to be one (over 512 characters)");
    assertThat(invalid("asciicall://h/?key=" + key + "&name=" + "n".repeat(41)))
        .isEqualTo("The call name in the invite is longer than 40 characters");
  }

  @Test
  void tellsAnInviteFromAPlainAddress() {
    assertThat(Invite.looksLikeInvite(" asciicall://1.2.3.4/?key=x")).isTrue();
    assertThat(Invite.looksLikeInvite("AsciiCall:foo")).isTrue();
    assertThat(Invite.looksLikeInvite("192.168.1.20:54555")).isFalse();
    assertThat(Invite.looksLikeInvite(null)).isFalse();
  }
}
