package dev.asciicall.portmap;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads an Internet Gateway Device's description XML for the service that maps ports: a
 * WANIPConnection (v2 preferred, then v1) or a WANPPPConnection (DSL routers), and its control URL.
 * The control URL must be on the same host as the description, so a description cannot point our
 * SOAP requests at another machine.
 */
final class IgdDescription {

  /** The service types that map ports, best first. */
  static final List<String> SERVICE_TYPES =
      List.of(
          "urn:schemas-upnp-org:service:WANIPConnection:2",
          "urn:schemas-upnp-org:service:WANIPConnection:1",
          "urn:schemas-upnp-org:service:WANPPPConnection:1");

  private IgdDescription() {}

  /** Where to send SOAP requests, and for which service type. */
  record ControlPoint(URI controlUrl, String serviceType) {

    /** IGD v2's WANIPConnection:2 has AddAnyPortMapping. */
    boolean version2() {
      return serviceType.endsWith(":2");
    }

    InetAddress host() throws IOException {
      return InetAddress.getByName(controlUrl.getHost().replace("[", "").replace("]", ""));
    }
  }

  /** The best port-mapping service in {@code xml}, fetched from {@code location}. */
  static Optional<ControlPoint> read(byte[] xml, URI location) throws IOException {
    Document document = UpnpHttp.parseXml(xml);
    URI base = location;
    Optional<String> urlBase = firstText(document.getDocumentElement(), "URLBase");
    if (urlBase.isPresent() && !urlBase.get().isBlank()) {
      try {
        base = new URI(urlBase.get().trim());
      } catch (URISyntaxException e) {
        // A broken URLBase: the description's own URL is the base (UDA 1.1 prefers it anyway).
      }
    }
    NodeList services = document.getElementsByTagNameNS("*", "service");
    for (String wanted : SERVICE_TYPES) {
      for (int i = 0; i < services.getLength(); i++) {
        Element service = (Element) services.item(i);
        Optional<String> type = firstText(service, "serviceType");
        Optional<String> control = firstText(service, "controlURL");
        if (type.isEmpty() || !type.get().trim().equals(wanted) || control.isEmpty()) {
          continue;
        }
        Optional<URI> url = resolve(base, control.get().trim(), location);
        if (url.isPresent()) {
          return Optional.of(new ControlPoint(url.get(), wanted));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<URI> resolve(URI base, String control, URI location) {
    try {
      URI url = base.resolve(new URI(control));
      boolean sameHost =
          "http".equalsIgnoreCase(url.getScheme())
              && url.getHost() != null
              && url.getHost().equalsIgnoreCase(location.getHost());
      return sameHost ? Optional.of(url) : Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The text of the first descendant of {@code parent} named {@code localName}, any namespace. */
  static Optional<String> firstText(Element parent, String localName) {
    NodeList nodes = parent.getElementsByTagNameNS("*", localName);
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      return Optional.ofNullable(node.getTextContent());
    }
    return Optional.empty();
  }
}
