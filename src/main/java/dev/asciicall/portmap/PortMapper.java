package dev.asciicall.portmap;

import java.io.IOException;

/**
 * One way of asking the router for a port (PCP, NAT-PMP, UPnP IGD). Calls block the calling thread
 * for at most a few seconds of network round trips; an implementation may remember what it found
 * (the router's control address) between calls, so one instance serves one {@link
 * PortMappingService} and is called from one thread at a time.
 */
public interface PortMapper {

  MappingProtocol protocol();

  /**
   * Asks for a mapping, or renews it when asked again for the same ports.
   *
   * @throws NoRouterException if nothing answered
   * @throws MappingRefusedException if the router answered no
   * @throws IOException on any other network failure
   */
  PortMapping map(MappingRequest request) throws IOException, MappingRefusedException;

  /** Removes a mapping this mapper made. */
  void unmap(PortMapping mapping) throws IOException, MappingRefusedException;
}
