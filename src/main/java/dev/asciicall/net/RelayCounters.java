package dev.asciicall.net;

/**
 * A host's relay totals since the call started.
 *
 * @param framesReplaced frames a newer one replaced before a slow receiver was ready
 */
public record RelayCounters(long framesIn, long framesOut, long bytesOut, long framesReplaced) {}
