package dev.asciicall.net;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Keeps strangers cheap: every accepted connection is a stranger until the host welcomes it, and
 * strangers are capped in total and per address (more are closed at once and counted), and closed
 * when they have not been welcomed {@link #DEADLINE_NANOS} after they were accepted, whatever they
 * sent or did not send. This backs up {@link Admission}'s hello deadline on KryoNet's update
 * thread, where no backlog on the host thread can delay it. Thread safe: the update thread accepts,
 * sweeps and sees closes; the host thread admits.
 *
 * @param <C> the connection
 */
final class AdmissionGate<C> {

  /** Strangers at once, from everyone. */
  static final int MAX_STRANGERS = 64;

  /** Strangers at once from one address. */
  static final int MAX_STRANGERS_PER_ADDRESS = 8;

  /** A stranger is closed this long after it was accepted (twice the hello deadline). */
  static final long DEADLINE_NANOS = 2 * Admission.HELLO_TIMEOUT_MILLIS * 1_000_000L;

  private record Stranger(String address, long acceptedNanos) {}

  private final LongSupplier nanos;
  private final int maxStrangers;
  private final int maxPerAddress;
  private final Map<C, Stranger> strangers = new LinkedHashMap<>();
  private final Map<String, Integer> perAddress = new HashMap<>();
  private long refusedTotal;
  private long refusedPerAddress;
  private long overdue;

  /**
   * @param nanos the clock ({@code System::nanoTime}; tests move their own)
   */
  AdmissionGate(LongSupplier nanos) {
    this(nanos, MAX_STRANGERS, MAX_STRANGERS_PER_ADDRESS);
  }

  AdmissionGate(LongSupplier nanos, int maxStrangers, int maxPerAddress) {
    this.nanos = nanos;
    this.maxStrangers = maxStrangers;
    this.maxPerAddress = maxPerAddress;
  }

  /**
   * A connection from {@code address} was accepted.
   *
   * @return false if it is over a cap: close it (the refusal is counted)
   */
  synchronized boolean accepted(C connection, String address) {
    if (strangers.size() >= maxStrangers) {
      refusedTotal++;
      return false;
    }
    int fromAddress = perAddress.getOrDefault(address, 0);
    if (fromAddress >= maxPerAddress) {
      refusedPerAddress++;
      return false;
    }
    perAddress.put(address, fromAddress + 1);
    strangers.put(connection, new Stranger(address, nanos.getAsLong()));
    return true;
  }

  /** The host welcomed it: no longer a stranger. */
  synchronized void admitted(C connection) {
    forget(connection);
  }

  /** It closed. */
  synchronized void closed(C connection) {
    forget(connection);
  }

  /** The host closed it at its hello deadline ({@link Admission}): counted as overdue. */
  synchronized void timedOut(C connection) {
    if (strangers.containsKey(connection)) {
      forget(connection);
      overdue++;
    }
  }

  /** Whether it is still a stranger (accepted, open, not welcomed). */
  synchronized boolean stranger(C connection) {
    return strangers.containsKey(connection);
  }

  /** Strangers past their deadline, oldest first; the caller closes them (counted here). */
  synchronized List<C> overdue() {
    long now = nanos.getAsLong();
    List<C> late = new ArrayList<>();
    for (Map.Entry<C, Stranger> entry : strangers.entrySet()) {
      if (now - entry.getValue().acceptedNanos() < DEADLINE_NANOS) {
        break; // accepted in order, so the rest are younger
      }
      late.add(entry.getKey());
    }
    late.forEach(this::forget);
    overdue += late.size();
    return late;
  }

  /** What the gate did so far. */
  synchronized GateCounters counters() {
    return new GateCounters(strangers.size(), refusedTotal, refusedPerAddress, overdue);
  }

  private void forget(C connection) {
    Stranger gone = strangers.remove(connection);
    if (gone != null) {
      perAddress.computeIfPresent(gone.address(), (address, count) -> count > 1 ? count - 1 : null);
    }
  }
}
