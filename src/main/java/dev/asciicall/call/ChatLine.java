package dev.asciicall.call;

/**
 * One chat line as everyone sees it, in the host's order (our own lines come back from the host).
 *
 * @param fromMe whether we wrote it
 */
public record ChatLine(
    int senderId, String senderName, long sentAtMillis, String text, boolean fromMe) {}
