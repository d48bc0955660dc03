package dev.asciicall.net;

/**
 * What the host's UDP port turned away.
 *
 * @param refused datagrams that changed nothing: naming nobody, not opening with the keys of the
 *     participant they name (forged, replayed), stray UDP registrations, garbage, or a flood beyond
 *     what the host thread takes
 * @param discoveryAnswered well-formed discovery requests answered
 * @param discoveryRefused well-formed discovery requests over the rate limit, not answered
 */
public record DatagramCounters(long refused, long discoveryAnswered, long discoveryRefused) {}
