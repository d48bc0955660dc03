package dev.asciicall.call;

/** A call found on the LAN: its name, how many are in it, and where to join it. */
public record FoundCall(String callName, int participants, HostAddress address) {}
