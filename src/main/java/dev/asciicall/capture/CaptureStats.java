package dev.asciicall.capture;

import java.util.Optional;

/**
 * A snapshot of capture health for the status bar and the command line. Conversion time is not
 * here: whoever converts frames (the call layer) measures it.
 *
 * @param framesPerSecond frames delivered from the source over the last second
 * @param framesCaptured frames read from sources since start
 * @param framesDropped frames replaced in a sink's slot before the sink took them (slow consumer)
 * @param lastError the last failure message, if any
 */
public record CaptureStats(
    CaptureState state,
    String sourceName,
    double framesPerSecond,
    long framesCaptured,
    long framesDropped,
    Optional<String> lastError) {}
