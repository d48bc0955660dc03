package dev.asciicall.call;

/**
 * Someone in the call proved who they are: the digits to compare with them by voice, and whether
 * their name was seen before with another key (an impostor, or a reinstall: show a warning).
 */
public record SafetyCheck(int participantId, String name, String safetyCode, boolean keyChanged) {}
