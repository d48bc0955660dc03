package dev.asciicall.net;

/**
 * Whether UDP gets through between a participant and the host. The participant probes once in a
 * while over UDP; the host echoes over UDP. UDP counts as working while echoes keep coming back, so
 * a firewall that drops datagrams (or starts to, mid-call) moves voice to TCP within a few seconds.
 * Any thread.
 */
final class UdpPath {

  static final long PROBE_MILLIS = 500;

  private volatile long lastEchoNanos;
  private volatile boolean blocked;

  /** A probe came back (client thread). */
  void echoed() {
    if (!blocked) {
      lastEchoNanos = System.nanoTime();
    }
  }

  /** Sending a datagram threw: do not try UDP again until the next echo. */
  void failed() {
    lastEchoNanos = 0;
  }

  boolean works() {
    long last = lastEchoNanos;
    return last != 0 && System.nanoTime() - last < AudioRelay.UDP_FRESH_NANOS;
  }

  void block() {
    blocked = true;
    lastEchoNanos = 0;
  }

  boolean blocked() {
    return blocked;
  }
}
