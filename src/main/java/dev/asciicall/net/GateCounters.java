package dev.asciicall.net;

/**
 * What the host's door did with connections that were not (yet) participants.
 *
 * @param strangers connections open now that have not been welcomed
 * @param refusedTotal closed at once: too many strangers at the same time
 * @param refusedPerAddress closed at once: too many strangers from one address
 * @param overdue closed because they were not welcomed in time
 */
public record GateCounters(int strangers, long refusedTotal, long refusedPerAddress, long overdue) {

  /** Connections refused at the door, either cap. */
  public long refused() {
    return refusedTotal + refusedPerAddress;
  }
}
