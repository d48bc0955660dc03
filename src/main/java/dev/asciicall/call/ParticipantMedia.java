package dev.asciicall.call;

/** What a participant announced about their microphone and camera. */
public record ParticipantMedia(int participantId, boolean microphoneMuted, boolean cameraOff) {}
