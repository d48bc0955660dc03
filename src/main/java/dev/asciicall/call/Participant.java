package dev.asciicall.call;

/** Someone else in the call: the host's id for them and the name they go by. */
public record Participant(int id, String name) {}
