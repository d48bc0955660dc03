package dev.asciicall.crypto;

/**
 * A verified participant of the call, as shown on their tile.
 *
 * @param participantId the call layer's id for them (e.g. the connection id the relay assigned)
 * @param name the name they announced (at most 64 UTF-8 bytes)
 * @param identity their long-term identity key
 * @param safetyCode the code to compare with them by voice
 */
public record GroupMember(
    String participantId, String name, PublicIdentity identity, SafetyCode safetyCode) {}
