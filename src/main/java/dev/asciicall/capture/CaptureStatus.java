package dev.asciicall.capture;

import java.util.Optional;

/**
 * A change the user should hear about: the state, the source now showing and, when something went
 * wrong or came back, a plain message (which source, what happened, what to do).
 */
public record CaptureStatus(CaptureState state, String sourceName, Optional<String> message) {}
