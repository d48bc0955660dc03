package dev.asciicall.portmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.asciicall.common.Subscription;
import dev.asciicall.testing.FreePorts;
import dev.asciicall.testing.NetworkTest;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service against a fake UPnP Internet Gateway Device on loopback (SSDP, HTTP, SOAP). */
@NetworkTest
class UpnpIgdTest {

  private static final int PORT = 54555;
  private static final Duration BOUND = Duration.ofSeconds(30);

  private final ManualScheduler scheduler = new ManualScheduler();
  private final List<Runnable> exitActions = new ArrayList<>();
  private FakeIgd igd;
  private PortMappingService service;

  @BeforeEach
  void startRouter() throws Exception {
    igd = new FakeIgd();
  }

  @AfterEach
  void stopEverything() {
    if (service != null) {
      service.stop().join();
    }
    igd.close();
  }

  private PortMappingService service(PortMapper... mappers) {
    ExitHook hook =
        (name, action) -> {
          exitActions.add(action);
          return (Subscription) () -> exitActions.remove(action);
        };
    service =
        new PortMappingService(
            MappingSettings.forCall(PORT),
            new RouterAccess(
                List.of(mappers),
                new StunClient(new UdpExchange(Duration.ofMillis(100), 2)),
                hook,
                () -> Optional.of(InetAddress.getLoopbackAddress())),
            Runnable::run,
            scheduler);
    return service;
  }

  private UpnpIgdMapper upnp() {
    return new UpnpIgdMapper(igd.search(), Duration.ofSeconds(5));
  }

  private MappingStatus.Mapped mapped() {
    assertThat(service.status()).isInstanceOf(MappingStatus.Mapped.class);
    return (MappingStatus.Mapped) service.status();
  }

  @Test
  void mapsTcpAndUdpLearnsTheAddressRenewsAndRemovesOnStop() {
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          service(upnp()).start();

          MappingStatus.Mapped mapped = mapped();
          assertThat(mapped.protocol()).isEqualTo(MappingProtocol.UPNP_IGD);
          assertThat(mapped.message())
              .isEqualTo(
                  "Others on the internet can join at 203.0.113.5:54555 (opened on your router"
                      + " with UPnP, renewed every 30 min).");
          FakeIgd.Entry tcp = igd.table().get("TCP/" + PORT);
          assertThat(tcp)
              .isEqualTo(
                  new FakeIgd.Entry(PORT, "127.0.0.1", 3600, "asciicall call on port " + PORT));
          assertThat(igd.table()).containsOnlyKeys("TCP/" + PORT, "UDP/" + PORT);

          scheduler.advance(Duration.ofMinutes(30));
          assertThat(igd.actions())
              .filteredOn(action -> action.startsWith("AddPortMapping"))
              .containsExactly(
                  "AddPortMapping TCP 54555 lease 3600",
                  "AddPortMapping UDP 54555 lease 3600",
                  "AddPortMapping TCP 54555 lease 3600",
                  "AddPortMapping UDP 54555 lease 3600");

          service.stop().join();
          assertThat(igd.table()).isEmpty();
          assertThat(igd.actions())
              .contains("DeletePortMapping TCP 54555 lease ", "DeletePortMapping UDP 54555 lease ");
        });
  }

  @Test
  void aRouterThatOnlyKeepsPermanentMappingsGetsLeaseZeroAndNoRenewals() {
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          igd.permanentOnly = true;
          service(upnp()).start();

          assertThat(mapped().lease()).isZero();
          assertThat(mapped().message()).contains("with UPnP, until the call ends");
          assertThat(igd.table().get("TCP/" + PORT).lease()).isZero();
          assertThat(scheduler.pending()).isZero();

          exitActions.get(0).run(); // the program ends without leaving the call first
          assertThat(igd.table()).isEmpty();
        });
  }

  @Test
  void aPortForwardedToAnotherDeviceMovesToTheNextFreeOneOnVersion1() {
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          igd.takenPorts.add(PORT);
          igd.takenPorts.add(PORT + 1);
          service(upnp()).start();

          assertThat(mapped().publicPort()).isEqualTo(PORT + 2);
          assertThat(mapped().transports()).containsExactlyInAnyOrder(Transport.TCP, Transport.UDP);
          assertThat(igd.table()).containsOnlyKeys("TCP/" + (PORT + 2), "UDP/" + (PORT + 2));
          assertThat(igd.table().get("TCP/" + (PORT + 2)).internalPort()).isEqualTo(PORT);
        });
  }

  @Test
  void version2RoutersPickAFreePortWithAddAnyPortMapping() {
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          igd.version = 2;
          igd.takenPorts.add(PORT);
          service(upnp()).start();

          assertThat(mapped().publicPort()).isEqualTo(PORT + 1);
          assertThat(igd.actions()).contains("AddAnyPortMapping TCP 54555 lease 3600");
          assertThat(igd.table()).containsOnlyKeys("TCP/" + (PORT + 1), "UDP/" + (PORT + 1));
        });
  }

  @Test
  void aRefusalGivesTheRoutersReasonAndWhatToDo() {
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          igd.refuseWith = 606;
          igd.refuseText = "Action not authorized";
          service(upnp()).start();

          assertThat(service.status()).isInstanceOf(MappingStatus.Refused.class);
          assertThat(service.status().message())
              .isEqualTo(
                  "Your router refused to open port 54555 (UPnP error 606 Action not authorized:"
                      + " the router does not let programs open ports (UPnP port mapping is"
                      + " restricted in its settings)). To be reachable from the internet, forward"
                      + " TCP port 54555 (and UDP 54555 for voice) to this computer (127.0.0.1) in"
                      + " your router's settings, use IPv6, or run a relay on a server.");
        });
  }

  @Test
  void aConflictOnEveryNearbyPortIsARefusal() {
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          for (int port = PORT; port <= PORT + 3; port++) {
            igd.takenPorts.add(port);
          }
          service(upnp()).start();

          assertThat(service.status().message())
              .contains(
                  "UPnP error 718 ConflictInMappingEntry: port 54558 is already forwarded"
                      + " to another device");
        });
  }

  @Test
  void junkSsdpAnswersAreIgnoredAndNoOtherUrlIsFetched() {
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          igd.junkFirst = true;
          service(upnp()).start();

          assertThat(mapped().joinAddress()).contains("203.0.113.5:" + PORT);
          assertThat(igd.decoyFetches()).isZero();
        });
  }

  @Test
  void aDescriptionWithAnEntityIsNotReadAndCountsAsNoRouter() {
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          igd.description =
              "<?xml version=\"1.0\"?><!DOCTYPE root [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                  + "<root><device><serviceList><service><serviceType>"
                  + "urn:schemas-upnp-org:service:WANIPConnection:1</serviceType>"
                  + "<controlURL>/ctl/IPConn&x;</controlURL></service></serviceList></device></root>";
          service(
                  new UpnpIgdMapper(
                      new SsdpSearch(igd.ssdpTarget(), Duration.ofMillis(500)),
                      Duration.ofSeconds(2)))
              .start();

          assertThat(service.status()).isInstanceOf(MappingStatus.NoRouter.class);
          assertThat(((MappingStatus.NoRouter) service.status()).detail())
              .isEqualTo("UPnP: the UPnP devices that answered offer no port mapping");
          assertThat(igd.table()).isEmpty();
        });
  }

  @Test
  void whenPcpAndNatPmpAreSilentUpnpIsAsked() {
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          int silent = FreePorts.udp();
          GatewayLookup loopback = new GatewayLookup.Found(InetAddress.getLoopbackAddress());
          UdpExchange quick = new UdpExchange(Duration.ofMillis(50), 2);
          service(
                  new PcpMapper(() -> loopback, silent, quick),
                  new NatPmpMapper(() -> loopback, silent, quick),
                  upnp())
              .start();

          assertThat(mapped().protocol()).isEqualTo(MappingProtocol.UPNP_IGD);
        });
  }

  @Test
  void anSsdpAnswerCountsOnlyWithAPlainHttpLocationOnTheSendersOwnAddress() throws Exception {
    InetAddress sender = InetAddress.getByName("192.168.1.1");
    String ok =
        "HTTP/1.1 200 OK\r\nST: x\r\nLocation: http://192.168.1.1:5000/rootDesc.xml\r\n\r\n";
    assertThat(SsdpSearch.location(ok, sender))
        .contains(java.net.URI.create("http://192.168.1.1:5000/rootDesc.xml"));
    assertThat(SsdpSearch.location(ok.replace("192.168.1.1:", "10.0.0.9:"), sender)).isEmpty();
    assertThat(SsdpSearch.location(ok.replace("http:", "file:"), sender)).isEmpty();
    assertThat(SsdpSearch.location(ok.replace("192.168.1.1:", "router.example:"), sender))
        .isEmpty();
    assertThat(SsdpSearch.location(ok.replace("200 OK", "404 Not Found"), sender)).isEmpty();
    assertThat(SsdpSearch.location("NOTIFY * HTTP/1.1\r\n\r\n", sender)).isEmpty();
    assertThat(SsdpSearch.location("", sender)).isEmpty();
  }

  @Test
  void aControlUrlOnAnotherHostIsNotUsed() throws Exception {
    String xml =
        "<root xmlns=\"urn:schemas-upnp-org:device-1-0\"><device><serviceList><service>"
            + "<serviceType>urn:schemas-upnp-org:service:WANIPConnection:1</serviceType>"
            + "<controlURL>http://10.9.9.9/ctl</controlURL></service><service>"
            + "<serviceType>urn:schemas-upnp-org:service:WANPPPConnection:1</serviceType>"
            + "<controlURL>/ppp</controlURL></service></serviceList></device></root>";
    java.net.URI location = java.net.URI.create("http://192.168.1.1:5000/desc.xml");

    assertThat(IgdDescription.read(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8), location))
        .contains(
            new IgdDescription.ControlPoint(
                java.net.URI.create("http://192.168.1.1:5000/ppp"),
                "urn:schemas-upnp-org:service:WANPPPConnection:1"));
  }

  @Test
  void anSsdpSearchNobodyAnswersEndsInItsWindow() {
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          SsdpSearch search =
              new SsdpSearch(
                  new InetSocketAddress(InetAddress.getLoopbackAddress(), FreePorts.udp()),
                  Duration.ofMillis(200));
          org.assertj.core.api.Assertions.assertThatThrownBy(
                  () -> search.search(location -> Optional.of(location)))
              .isInstanceOf(NoRouterException.class)
              .hasMessage("no UPnP router answered");
        });
  }
}
