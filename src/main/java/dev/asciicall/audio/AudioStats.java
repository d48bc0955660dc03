package dev.asciicall.audio;

import java.util.Locale;

/**
 * Audio counters of one participant's side of a call, for {@code --stats-json} and the UI.
 *
 * @param packetsSent packets with sound sent (muted keep-alives are not counted)
 * @param packetsReceived packets with sound received from all other participants
 * @param lost frames that were missing when their turn to play came (lost or too late)
 * @param concealed frames made up by Opus (packet loss concealment or in-band FEC) instead
 * @param kbps the outgoing Opus bit rate over the last few seconds, in kbit/s
 * @param jitterBufferMs the largest current jitter buffer delay over all senders, in ms
 */
public record AudioStats(
    long packetsSent,
    long packetsReceived,
    long lost,
    long concealed,
    double kbps,
    int jitterBufferMs) {

  public static final AudioStats EMPTY = new AudioStats(0, 0, 0, 0, 0, 0);

  /** The counters of one participant's sending and receiving halves. Any thread. */
  public static AudioStats of(AudioSender sender, AudioReceiver receiver, long nowNanos) {
    return new AudioStats(
        sender.packetsSent(),
        receiver.packetsReceived(),
        receiver.lost(),
        receiver.concealed(),
        sender.kilobitsPerSecond(nowNanos),
        receiver.jitterBufferMillis());
  }

  /** The JSON object used as the value of {@code "audio"} in {@code --stats-json}. */
  public String toJson() {
    return String.format(
        Locale.ROOT,
        "{\"packets_sent\":%d,\"packets_received\":%d,\"lost\":%d,\"concealed\":%d,"
            + "\"kbps\":%.1f,\"jitter_buffer_ms\":%d}",
        packetsSent,
        packetsReceived,
        lost,
        concealed,
        kbps,
        jitterBufferMs);
  }
}
