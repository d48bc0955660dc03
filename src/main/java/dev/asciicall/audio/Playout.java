package dev.asciicall.audio;

/** What a {@link JitterBuffer} says to play for one sender in the next 20 ms. */
sealed interface Playout {

  /** Play this packet; it arrived in time. */
  record Play(AudioPacket packet) implements Playout {}

  /** The packet is lost, but the next one arrived: rebuild it from that one's FEC data. */
  record Recover(AudioPacket next) implements Playout {}

  /** Nothing to play although the sender is talking: let Opus make up a frame. */
  record Conceal() implements Playout {}

  /** The sender is not sending (silent, muted, not started yet): play nothing. */
  record Silence() implements Playout {}

  Playout CONCEAL = new Conceal();
  Playout SILENCE = new Silence();
}
