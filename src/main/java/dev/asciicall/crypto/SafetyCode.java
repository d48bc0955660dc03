package dev.asciicall.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * A short code two people read to each other to check that nobody sits in the middle of their call,
 * e.g. {@code 4821 0937 5512 0083 7741}. Both ends compute it from the two identity keys in sorted
 * order, so it is the same on both screens; a man in the middle has to present his own identity key
 * to each side, so each side sees a different code.
 *
 * <p>It depends only on the two identities (not on one connection), so it stays the same from call
 * to call and is the same whether the peer is connected directly or reached through the relay. 20
 * digits (about 66 bits) and an iterated hash make grinding a key with a matching code infeasible.
 *
 * @param groups the five four-digit groups
 */
public record SafetyCode(List<String> groups) {

  private static final int GROUP_COUNT = 5;
  private static final int ITERATIONS = 1024;
  private static final byte[] LABEL = "asciicall safety code v1".getBytes(StandardCharsets.UTF_8);

  public SafetyCode {
    groups = List.copyOf(groups);
  }

  /** The code for the pair {@code a}, {@code b}; the order of the arguments does not matter. */
  public static SafetyCode between(PublicIdentity a, PublicIdentity b) {
    PublicIdentity first = a.compareTo(b) <= 0 ? a : b;
    PublicIdentity second = first == a ? b : a;
    byte[] digest = iteratedHash(first.toBytes(), second.toBytes());
    List<String> groups = new ArrayList<>(GROUP_COUNT);
    for (int group = 0; group < GROUP_COUNT; group++) {
      long value = 0;
      for (int i = 0; i < 5; i++) {
        value = (value << 8) | (digest[group * 5 + i] & 0xFF);
      }
      groups.add(String.format("%04d", value % 10_000));
    }
    return new SafetyCode(groups);
  }

  private static byte[] iteratedHash(byte[] first, byte[] second) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      byte[] hash = new byte[0];
      for (int i = 0; i < ITERATIONS; i++) {
        sha256.update(LABEL);
        sha256.update(hash);
        sha256.update(first);
        sha256.update(second);
        hash = sha256.digest();
      }
      return hash;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The code as shown on a tile and printed by the command line. */
  @Override
  public String toString() {
    return String.join(" ", groups);
  }
}
