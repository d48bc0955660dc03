package dev.asciicall.portmap;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * UPnP Internet Gateway Device v1 and v2: finds the router with SSDP, reads its description, and
 * calls AddPortMapping (AddAnyPortMapping on v2 when the port is taken), GetExternalIPAddress and
 * DeletePortMapping on its WANIPConnection or WANPPPConnection service. Routers that only keep
 * permanent mappings (error 725) get lease 0; a port already forwarded elsewhere (error 718) is
 * retried on a few next ports when the request allows another port. The router found is remembered
 * until a request to it fails.
 */
final class UpnpIgdMapper implements PortMapper {

  private static final int MAX_OTHER_PORTS = 3;
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private final SsdpSearch search;
  private final Duration timeout;

  /** Volatile: the exit hook's thread may use it while the service's thread renews. */
  private volatile IgdDescription.ControlPoint device;

  UpnpIgdMapper(SsdpSearch search, Duration timeout) {
    this.search = search;
    this.timeout = timeout;
  }

  @Override
  public MappingProtocol protocol() {
    return MappingProtocol.UPNP_IGD;
  }

  @Override
  public PortMapping map(MappingRequest request) throws IOException, MappingRefusedException {
    IgdDescription.ControlPoint service = device();
    try {
      return map(service, request);
    } catch (IOException e) {
      device = null;
      throw e;
    }
  }

  private PortMapping map(IgdDescription.ControlPoint service, MappingRequest request)
      throws IOException, MappingRefusedException {
    InetAddress client = UdpExchange.localAddressToward(service.host());
    long lease = request.leaseSeconds();
    int external = request.externalPort();
    boolean anyPort = false;
    int otherPorts = 0;
    while (true) {
      try {
        external =
            anyPort
                ? addAny(service, request, client, lease)
                : add(service, request, external, client, lease);
        break;
      } catch (SoapCall.UpnpError e) {
        if (e.code() == 725 && lease != 0) {
          lease = 0;
          continue;
        }
        if (e.code() == 718
            && request.choice() == MappingRequest.PortChoice.PREFERRED
            && !anyPort) {
          if (service.version2()) {
            anyPort = true;
            continue;
          }
          if (otherPorts++ < MAX_OTHER_PORTS && external < 65535) {
            external++;
            continue;
          }
        }
        throw MappingRefusedException.refused(protocol(), e.code(), describe(e, external));
      }
    }
    return new PortMapping(
        protocol(),
        request.transport(),
        request.internalPort(),
        external,
        externalAddress(service),
        Duration.ofSeconds(lease));
  }

  @Override
  public void unmap(PortMapping mapping) throws IOException, MappingRefusedException {
    IgdDescription.ControlPoint service = device();
    Map<String, String> arguments = new LinkedHashMap<>();
    arguments.put("NewRemoteHost", "");
    arguments.put("NewExternalPort", Integer.toString(mapping.externalPort()));
    arguments.put("NewProtocol", mapping.transport().name());
    try {
      SoapCall.invoke(service, "DeletePortMapping", arguments, timeout);
    } catch (SoapCall.UpnpError e) {
      if (e.code() != 714) { // NoSuchEntryInArray: it is gone already.
        throw MappingRefusedException.refused(
            protocol(), e.code(), describe(e, mapping.externalPort()));
      }
    }
  }

  private IgdDescription.ControlPoint device() throws IOException {
    if (device == null) {
      device = search.search(this::probe);
    }
    return device;
  }

  private Optional<IgdDescription.ControlPoint> probe(URI location) {
    try {
      UpnpHttp.Response description = UpnpHttp.get(location, timeout);
      return description.status() == 200
          ? IgdDescription.read(description.body(), location)
          : Optional.empty();
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private int add(
      IgdDescription.ControlPoint service,
      MappingRequest request,
      int external,
      InetAddress client,
      long lease)
      throws IOException, SoapCall.UpnpError {
    SoapCall.invoke(
        service, "AddPortMapping", arguments(request, external, client, lease), timeout);
    return external;
  }

  private int addAny(
      IgdDescription.ControlPoint service, MappingRequest request, InetAddress client, long lease)
      throws IOException, SoapCall.UpnpError {
    Map<String, String> out =
        SoapCall.invoke(
            service,
            "AddAnyPortMapping",
            arguments(request, request.externalPort(), client, lease),
            timeout);
    try {
      int port = Integer.parseInt(out.getOrDefault("NewReservedPort", "").trim());
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    throw new IOException("the router's AddAnyPortMapping answer has no usable port");
  }

  private static Map<String, String> arguments(
      MappingRequest request, int external, InetAddress client, long lease) {
    Map<String, String> arguments = new LinkedHashMap<>();
    arguments.put("NewRemoteHost", "");
    arguments.put("NewExternalPort", Integer.toString(external));
    arguments.put("NewProtocol", request.transport().name());
    arguments.put("NewInternalPort", Integer.toString(request.internalPort()));
    arguments.put("NewInternalClient", client.getHostAddress());
    arguments.put("NewEnabled", "1");
    arguments.put("NewPortMappingDescription", request.description());
    arguments.put("NewLeaseDuration", Long.toString(lease));
    return arguments;
  }

  /** The router's public address, if it says one (a literal IPv4 address, nothing else). */
  private Optional<InetAddress> externalAddress(IgdDescription.ControlPoint service) {
    try {
      String text =
          SoapCall.invoke(service, "GetExternalIPAddress", Map.of(), timeout)
              .getOrDefault("NewExternalIPAddress", "")
              .trim();
      if (!IPV4.matcher(text).matches()) {
        return Optional.empty();
      }
      InetAddress address = InetAddress.getByName(text);
      return address.isAnyLocalAddress() ? Optional.empty() : Optional.of(address);
    } catch (IOException | SoapCall.UpnpError e) {
      return Optional.empty();
    }
  }

  /** The router's error code and text, with what it means in plain words where we know. */
  static String describe(SoapCall.UpnpError error, int port) {
    String plain =
        switch (error.code()) {
          case 402 -> "the router rejected the request's values";
          case 501 -> "the router could not carry out the request";
          case 606 ->
              "the router does not let programs open ports (UPnP port mapping is"
                  + " restricted in its settings)";
          case 716 -> "the router does not accept wildcard ports";
          case 718 -> "port " + port + " is already forwarded to another device";
          case 724 -> "the router needs the same port inside and outside";
          case 725 -> "the router only keeps permanent mappings";
          case 726, 727, 732 -> "the router does not accept this kind of mapping";
          case 728 -> "the router has no ports left";
          case 729 -> "the mapping conflicts with another setting on the router";
          default -> "";
        };
    String text =
        "UPnP error "
            + error.code()
            + (error.description().isEmpty() ? "" : " " + error.description());
    return plain.isEmpty() ? text : text + ": " + plain;
  }
}
