package dev.asciicall.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asciicall.testing.UnitTest;
import org.junit.jupiter.api.Test;

/** The short, URL-safe form of a host's identity that invites carry. */
@UnitTest
class KeyFingerprintTest {

  /** A fixed key, so which typos the 10-bit check catches is the same on every run. */
  private final PublicIdentity host = fixedIdentity();

  private final PublicIdentity other = Peers.identity().publicIdentity();

  private static PublicIdentity fixedIdentity() {
    try {
      java.security.SecureRandom seeded = java.security.SecureRandom.getInstance("SHA1PRNG");
      seeded.setSeed(42);
      return IdentityKeyPair.generate(seeded).publicIdentity();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void everySingleSymbolTypoButAboutOneInAThousandIsCaught() throws CryptoException {
    String text = KeyFingerprint.of(host).text();
    String alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
    int typos = 0;
    int caught = 0;
    for (int position = 0; position < text.length(); position++) {
      for (char symbol : alphabet.toCharArray()) {
        if (symbol == text.charAt(position)) {
          continue;
        }
        typos++;
        try {
          KeyFingerprint.parse(text.substring(0, position) + symbol + text.substring(position + 1));
        } catch (CryptoException e) {
          caught++;
        }
      }
    }
    assertThat(typos).isEqualTo(32 * 31);
    assertThat(caught).isGreaterThanOrEqualTo(typos - 3);
  }

  @Test
  void isThirtyTwoUrlSafeSymbolsThatMatchOnlyItsOwnKey() {
    KeyFingerprint fingerprint = KeyFingerprint.of(host);
    assertThat(fingerprint.text()).hasSize(KeyFingerprint.LENGTH).matches("[0-9a-hjkmnp-tv-z]+");
    assertThat(fingerprint.matches(host)).isTrue();
    assertThat(fingerprint.matches(other)).isFalse();
    assertThat(KeyFingerprint.of(host)).isEqualTo(fingerprint);
  }

  @Test
  void readsItBackAsTypedWithCaseDashesAndLookAlikes() throws CryptoException {
    String text = KeyFingerprint.of(host).text();
    String typed =
        text.substring(0, 8).toUpperCase()
            + "-"
            + text.substring(8, 16)
            + " "
            + text.substring(16).replace('0', 'O').replace('1', 'l');
    assertThat(KeyFingerprint.parse(typed)).isEqualTo(KeyFingerprint.of(host));
  }

  @Test
  void aTypoIsToldApartFromAnotherKey() {
    String text = KeyFingerprint.of(host).text();
    char changed = text.charAt(5) == 'a' ? 'b' : 'a';
    String typo = text.substring(0, 5) + changed + text.substring(6);
    String swapped = text.substring(0, 5) + text.charAt(6) + text.charAt(5) + text.substring(7);
    assertThatThrownBy(() -> KeyFingerprint.parse(typo))
        .hasMessage("the key fingerprint is mistyped; copy the invite again");
    if (text.charAt(5) != text.charAt(6)) {
      assertThatThrownBy(() -> KeyFingerprint.parse(swapped))
          .hasMessage("the key fingerprint is mistyped; copy the invite again");
    }
  }

  @Test
  void wrongLengthAndForeignCharactersAreOneLineMessages() {
    String text = KeyFingerprint.of(host).text();
    assertThatThrownBy(() -> KeyFingerprint.parse(text.substring(1)))
        .hasMessage("the key fingerprint has 31 characters instead of 32; copy the whole invite");
    assertThatThrownBy(() -> KeyFingerprint.parse(text.substring(1) + "u"))
        .hasMessage("the key fingerprint has a character that cannot be in one: 'u'");
    assertThatThrownBy(() -> KeyFingerprint.parse(null))
        .hasMessage("the key fingerprint has 0 characters instead of 32; copy the whole invite");
  }
}
