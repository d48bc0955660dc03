package dev.asciicall.audio;

/**
 * Told each time a received packet is played (playback thread). The benchmark uses it to measure
 * capture-to-playback latency on a loopback, where both ends share one clock.
 */
@FunctionalInterface
public interface PlayoutObserver {

  void played(String senderId, AudioPacket packet, long playoutNanos);

  PlayoutObserver NONE = (senderId, packet, playoutNanos) -> {};
}
