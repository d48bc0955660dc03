package dev.asciicall.net;

/**
 * A host's voice relay totals since the call started.
 *
 * @param packetsIn voice packets received from participants and sent by the host itself
 * @param packetsInOverUdp of those, the packets that came over UDP
 * @param packetsOut copies forwarded to receivers, over UDP or TCP
 * @param packetsOverUdp of those, the copies that went over UDP
 * @param packetsDropped copies not sent because the receiver's TCP buffer was filling up
 */
public record AudioRelayCounters(
    long packetsIn,
    long packetsInOverUdp,
    long packetsOut,
    long packetsOverUdp,
    long packetsDropped) {}
