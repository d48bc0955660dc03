package dev.asciicall.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What each participant publishes to the others through the relay: its name, its identity key, and
 * a fresh X25519 key for this call, all signed by the identity key and bound to the call. The relay
 * can read it but cannot forge one, so the pairwise secrets derived from these keys are unknown to
 * it.
 *
 * <p>Format: {@code version(1) kind(1) identity(32) memberKey(32) nameLength(1) name
 * signature(64)}; the signature covers a label, the call id and every byte before it.
 */
record MemberAnnouncement(PublicIdentity identity, byte[] memberKey, String name) {

  static final int MAX_NAME_BYTES = 64;
  private static final int SIGNATURE_LENGTH = 64;
  private static final String LABEL = "asciicall member announcement v1";

  static byte[] create(IdentityKeyPair identity, byte[] memberKey, String name, byte[] callId) {
    if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
      throw new IllegalArgumentException("name longer than " + MAX_NAME_BYTES + " bytes");
    }
    byte[] body =
        new ByteWriter(132)
            .header(Formats.VERSION, Formats.MEMBER_ANNOUNCEMENT)
            .writeBytes(identity.publicIdentity().toBytes())
            .writeBytes(memberKey)
            .writeShortString(name)
            .toByteArray();
    byte[] signature = identity.sign(signedPart(callId, body));
    return new ByteWriter(body.length + SIGNATURE_LENGTH)
        .writeBytes(body)
        .writeBytes(signature)
        .toByteArray();
  }

  /**
   * Parses and verifies an announcement for the call {@code callId}.
   *
   * @throws CryptoException if it is malformed, for another call, or its signature fails
   */
  static MemberAnnouncement verify(byte[] announcement, byte[] callId) throws CryptoException {
    ByteReader reader = new ByteReader(announcement, "member announcement");
    reader.expectHeader(Formats.VERSION, Formats.MEMBER_ANNOUNCEMENT);
    PublicIdentity identity = PublicIdentity.fromBytes(reader.readBytes(KeyCodec.RAW_KEY_LENGTH));
    byte[] memberKey = reader.readBytes(KeyCodec.RAW_KEY_LENGTH);
    String name = reader.readShortString(MAX_NAME_BYTES);
    int bodyLength = reader.position();
    byte[] signature = reader.readBytes(SIGNATURE_LENGTH);
    reader.expectEnd();
    byte[] body = Arrays.copyOf(announcement, bodyLength);
    if (!identity.verifies(signedPart(callId, body), signature)) {
      throw new CryptoException("a participant's key announcement failed verification");
    }
    return new MemberAnnouncement(identity, memberKey, name);
  }

  private static byte[] signedPart(byte[] callId, byte[] body) {
    return new ByteWriter(64 + callId.length + body.length)
        .writeShortString(LABEL)
        .writeInt(callId.length)
        .writeBytes(callId)
        .writeBytes(body)
        .toByteArray();
  }
}
