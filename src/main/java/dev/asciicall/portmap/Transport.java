package dev.asciicall.portmap;

/** Which kind of port a mapping opens: TCP for the call itself, UDP for voice. */
public enum Transport {
  TCP(6, 2),
  UDP(17, 1);

  private final int ianaNumber;
  private final int natPmpOpcode;

  Transport(int ianaNumber, int natPmpOpcode) {
    this.ianaNumber = ianaNumber;
    this.natPmpOpcode = natPmpOpcode;
  }

  /** The IP protocol number PCP uses (6, 17). */
  int ianaNumber() {
    return ianaNumber;
  }

  /** The NAT-PMP request opcode (1 for UDP, 2 for TCP; RFC 6886 section 3.3). */
  int natPmpOpcode() {
    return natPmpOpcode;
  }
}
