package dev.asciicall.portmap;

import java.net.InetAddress;

/** Where this computer's default route points: the router to ask for NAT-PMP and PCP mappings. */
public sealed interface GatewayLookup {

  /** The default gateway's address. */
  record Found(InetAddress address) implements GatewayLookup {}

  /**
   * @param reason one line saying why it is not known, e.g. {@code no default route}
   */
  record Unknown(String reason) implements GatewayLookup {}
}
