package dev.asciicall.portmap;

/** The ways of asking a router to open a port, as a user would see them named. */
public enum MappingProtocol {
  /** PCP, RFC 6887: NAT-PMP's successor, in newer routers and some providers' NATs. */
  PCP("PCP"),
  /** NAT-PMP, RFC 6886: Apple's protocol, in many home routers. */
  NAT_PMP("NAT-PMP"),
  /** UPnP Internet Gateway Device v1/v2: the most common in home routers. */
  UPNP_IGD("UPnP");

  private final String displayName;

  MappingProtocol(String displayName) {
    this.displayName = displayName;
  }

  @Override
  public String toString() {
    return displayName;
  }
}
