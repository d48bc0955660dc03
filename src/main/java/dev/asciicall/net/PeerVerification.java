package dev.asciicall.net;

/**
 * What a participant's tile shows about who is on the other end.
 *
 * @param participantId the participant (0 is the host)
 * @param name the name they proved with their identity key
 * @param safetyCode digits both people read aloud; they differ if someone sits in the middle
 * @param keyChanged this name was seen before with another identity key (an impostor, or a
 *     reinstall): show a warning
 */
public record PeerVerification(
    int participantId, String name, String safetyCode, boolean keyChanged) {}
