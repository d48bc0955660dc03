package dev.asciicall.portmap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.asciicall.common.Threads;
import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UPnP Internet Gateway Device on loopback: answers SSDP M-SEARCH on a UDP port, serves its
 * description XML and a WANIPConnection control URL over HTTP, and keeps a port-mapping table.
 * Knobs make it v1 or v2, refuse with any UPnP error, keep only permanent leases (725), hold ports
 * for another device (718), and send junk SSDP answers before the real one.
 */
final class FakeIgd implements AutoCloseable {

  /** One row of the router's mapping table. */
  record Entry(int internalPort, String internalClient, long lease, String description) {}

  private static final Pattern ARGUMENT = Pattern.compile("<(New\\w+)>([^<]*)</\\1>");

  private final HttpServer http;
  private final DatagramSocket ssdp;
  private final ExecutorService ssdpThread = Threads.single("fake-igd-ssdp");
  private final ExecutorService httpThread = Threads.single("fake-igd-http");
  private final Map<String, Entry> table = new ConcurrentHashMap<>();
  private final List<String> actions = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger decoyFetches = new AtomicInteger();

  volatile int version = 1;
  volatile boolean permanentOnly;
  volatile int refuseWith;
  volatile String refuseText = "";
  volatile String externalIp = "203.0.113.5";
  volatile boolean junkFirst;
  volatile String description;
  final Set<Integer> takenPorts = ConcurrentHashMap.newKeySet();

  FakeIgd() throws IOException {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    http = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
    http.setExecutor(httpThread);
    http.createContext("/rootDesc.xml", exchange -> reply(exchange, 200, description()));
    http.createContext(
        "/decoy.xml",
        exchange -> {
          decoyFetches.incrementAndGet();
          reply(exchange, 200, description());
        });
    http.createContext("/ctl/IPConn", this::control);
    http.start();
    ssdp = new DatagramSocket(new InetSocketAddress(loopback, 0));
    ssdpThread.execute(this::answerSearches);
  }

  /** Where a test points the SSDP search instead of the multicast group. */
  InetSocketAddress ssdpTarget() {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), ssdp.getLocalPort());
  }

  SsdpSearch search() {
    return new SsdpSearch(ssdpTarget(), Duration.ofSeconds(2));
  }

  String baseUrl() {
    return "http://127.0.0.1:" + http.getAddress().getPort();
  }

  Map<String, Entry> table() {
    return Map.copyOf(table);
  }

  List<String> actions() {
    synchronized (actions) {
      return List.copyOf(actions);
    }
  }

  int decoyFetches() {
    return decoyFetches.get();
  }

  String serviceType() {
    return "urn:schemas-upnp-org:service:WANIPConnection:" + version;
  }

  private String description() {
    if (description != null) {
      return description;
    }
    return "<?xml version=\"1.0\"?>\n"
        + "<root xmlns=\"urn:schemas-upnp-org:device-1-0\">"
        + "<specVersion><major>1</major><minor>1</minor></specVersion>"
        + "<device><deviceType>urn:schemas-upnp-org:device:InternetGatewayDevice:"
        + version
        + "</deviceType><friendlyName>Fake router</friendlyName>"
        + "<serviceList><service>"
        + "<serviceType>urn:schemas-upnp-org:service:Layer3Forwarding:1</serviceType>"
        + "<controlURL>/ctl/L3F</controlURL></service></serviceList>"
        + "<deviceList><device>"
        + "<deviceType>urn:schemas-upnp-org:device:WANDevice:"
        + version
        + "</deviceType>"
        + "<deviceList><device>"
        + "<deviceType>urn:schemas-upnp-org:device:WANConnectionDevice:"
        + version
        + "</deviceType><serviceList><service>"
        + "<serviceType>"
        + serviceType()
        + "</serviceType>"
        + "<serviceId>urn:upnp-org:serviceId:WANIPConn1</serviceId>"
        + "<controlURL>/ctl/IPConn</controlURL>"
        + "</service></serviceList></device></deviceList></device></deviceList>"
        + "</device></root>";
  }

  private void answerSearches() {
    byte[] buffer = new byte[2048];
    while (!ssdp.isClosed()) {
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      try {
        ssdp.receive(packet);
        String request = new String(buffer, 0, packet.getLength(), StandardCharsets.US_ASCII);
        if (!request.startsWith("M-SEARCH * HTTP/1.1") || !request.contains("ssdp:discover")) {
          continue;
        }
        if (junkFirst) {
          sendJunk(packet.getSocketAddress());
        }
        send(answer(baseUrl() + "/rootDesc.xml"), packet.getSocketAddress());
      } catch (IOException e) {
        return;
      }
    }
  }

  private static String answer(String location) {
    return "HTTP/1.1 200 OK\r\n"
        + "CACHE-CONTROL: max-age=120\r\n"
        + "ST: urn:schemas-upnp-org:device:InternetGatewayDevice:1\r\n"
        + "USN: uuid:fake::urn:schemas-upnp-org:device:InternetGatewayDevice:1\r\n"
        + "EXT:\r\n"
        + "SERVER: Fake/1.0 UPnP/1.1 Fake/1.0\r\n"
        + "LOCATION: "
        + location
        + "\r\n"
        + "\r\n";
  }

  /**
   * Answers to ignore: not a 200, not text, oversized, a LOCATION naming a host that did not send
   * it, a host name instead of an address, and https. Any that were followed would fetch the decoy.
   */
  private void sendJunk(SocketAddress client) throws IOException {
    String decoy = "/decoy.xml";
    int port = http.getAddress().getPort();
    send("HTTP/1.1 404 Not Found\r\nLOCATION: " + baseUrl() + decoy + "\r\n\r\n", client);
    byte[] garbage = new byte[300];
    new java.util.Random(7).nextBytes(garbage);
    ssdp.send(new DatagramPacket(garbage, garbage.length, client));
    send(answer(baseUrl() + decoy) + "X-PAD: " + "x".repeat(3000) + "\r\n", client);
    send(answer("http://127.0.0.2:" + port + decoy), client);
    send(answer("http://localhost:" + port + decoy), client);
    send(answer("https://127.0.0.1:" + port + decoy), client);
  }

  private void send(String text, SocketAddress client) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    ssdp.send(new DatagramPacket(bytes, bytes.length, client));
  }

  private void control(HttpExchange exchange) throws IOException {
    String soapAction = exchange.getRequestHeaders().getFirst("SOAPAction");
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      body = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
    }
    if (soapAction == null || !soapAction.startsWith("\"" + serviceType() + "#")) {
      fault(exchange, 401, "Invalid Action");
      return;
    }
    String action = soapAction.substring(soapAction.indexOf('#') + 1, soapAction.length() - 1);
    Map<String, String> in = new HashMap<>();
    Matcher matcher = ARGUMENT.matcher(body);
    while (matcher.find()) {
      in.put(matcher.group(1), matcher.group(2));
    }
    actions.add(
        action
            + " "
            + in.getOrDefault("NewProtocol", "")
            + " "
            + in.getOrDefault("NewExternalPort", "")
            + " lease "
            + in.getOrDefault("NewLeaseDuration", ""));
    switch (action) {
      case "AddPortMapping", "AddAnyPortMapping" -> add(exchange, action, in);
      case "GetExternalIPAddress" ->
          ok(exchange, action, "<NewExternalIPAddress>" + externalIp + "</NewExternalIPAddress>");
      case "DeletePortMapping" -> {
        Entry removed = table.remove(in.get("NewProtocol") + "/" + in.get("NewExternalPort"));
        if (removed == null) {
          fault(exchange, 714, "NoSuchEntryInArray");
        } else {
          ok(exchange, action, "");
        }
      }
      default -> fault(exchange, 401, "Invalid Action");
    }
  }

  private void add(HttpExchange exchange, String action, Map<String, String> in)
      throws IOException {
    if (action.equals("AddAnyPortMapping") && version < 2) {
      fault(exchange, 401, "Invalid Action");
      return;
    }
    long lease = Long.parseLong(in.get("NewLeaseDuration"));
    int external = Integer.parseInt(in.get("NewExternalPort"));
    if (refuseWith != 0) {
      fault(exchange, refuseWith, refuseText);
      return;
    }
    if (permanentOnly && lease != 0) {
      fault(exchange, 725, "OnlyPermanentLeasesSupported");
      return;
    }
    if (action.equals("AddAnyPortMapping")) {
      while (takenPorts.contains(external)) {
        external++;
      }
    } else if (takenPorts.contains(external)) {
      fault(exchange, 718, "ConflictInMappingEntry");
      return;
    }
    table.put(
        in.get("NewProtocol") + "/" + external,
        new Entry(
            Integer.parseInt(in.get("NewInternalPort")),
            in.get("NewInternalClient"),
            lease,
            in.get("NewPortMappingDescription")));
    ok(
        exchange,
        action,
        action.equals("AddAnyPortMapping")
            ? "<NewReservedPort>" + external + "</NewReservedPort>"
            : "");
  }

  private void ok(HttpExchange exchange, String action, String outputs) throws IOException {
    reply(
        exchange,
        200,
        "<?xml version=\"1.0\"?>\n<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " s:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\"><s:Body>"
            + "<u:"
            + action
            + "Response xmlns:u=\""
            + serviceType()
            + "\">"
            + outputs
            + "</u:"
            + action
            + "Response></s:Body></s:Envelope>");
  }

  private static void fault(HttpExchange exchange, int code, String text) throws IOException {
    reply(
        exchange,
        500,
        "<?xml version=\"1.0\"?>\n<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " s:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\"><s:Body><s:Fault>"
            + "<faultcode>s:Client</faultcode><faultstring>UPnPError</faultstring><detail>"
            + "<UPnPError xmlns=\"urn:schemas-upnp-org:control-1-0\"><errorCode>"
            + code
            + "</errorCode><errorDescription>"
            + text
            + "</errorDescription></UPnPError>"
            + "</detail></s:Fault></s:Body></s:Envelope>");
  }

  private static void reply(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=\"utf-8\"");
    exchange.sendResponseHeaders(status, bytes.length);
    try (var out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    ssdp.close();
    http.stop(0);
    Threads.shutdown(ssdpThread, 2000);
    Threads.shutdown(httpThread, 2000);
  }
}
