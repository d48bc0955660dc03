package dev.asciicall.portmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.asciicall.common.Subscription;
import dev.asciicall.common.Threads;
import dev.asciicall.testing.FreePorts;
import dev.asciicall.testing.NetworkTest;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The service against a fake NAT-PMP/PCP router on loopback, run on the test's thread with a
 * hand-moved clock: what a host sees in the dialog and what the router's table holds.
 */
@NetworkTest
class PortMappingServiceTest {

  private static final int PORT = 54555;
  private static final UdpExchange FAST = new UdpExchange(Duration.ofMillis(100), 3);

  private final ManualScheduler scheduler = new ManualScheduler();
  private final List<Runnable> exitActions = new ArrayList<>();
  private final List<MappingStatus> heard = new ArrayList<>();
  private FakePmpRouter router;
  private PortMappingService service;

  @AfterEach
  void stopEverything() {
    if (service != null) {
      service.stop().join();
    }
    if (router != null) {
      router.close();
    }
  }

  static PcpMapper pcp(FakePmpRouter router) {
    return new PcpMapper(router::gateway, router.port(), FAST);
  }

  static NatPmpMapper natPmp(FakePmpRouter router) {
    return new NatPmpMapper(router::gateway, router.port(), FAST);
  }

  private PortMappingService service(MappingSettings settings, PortMapper... mappers) {
    ExitHook hook =
        (name, action) -> {
          exitActions.add(action);
          return (Subscription) () -> exitActions.remove(action);
        };
    service =
        new PortMappingService(
            settings,
            new RouterAccess(
                List.of(mappers),
                new StunClient(FAST),
                hook,
                () -> Optional.of(InetAddress.getLoopbackAddress())),
            Runnable::run,
            scheduler);
    service.onStatus(heard::add);
    return service;
  }

  private MappingStatus.Mapped mapped() {
    assertThat(service.status()).isInstanceOf(MappingStatus.Mapped.class);
    return (MappingStatus.Mapped) service.status();
  }

  @Test
  void pcpOpensTcpAndUdpLearnsTheAddressRenewsAtHalfTheLeaseAndRemovesOnStop() throws Exception {
    router = new FakePmpRouter();
    service(MappingSettings.forCall(PORT), pcp(router), natPmp(router)).start();

    MappingStatus.Mapped mapped = mapped();
    assertThat(mapped.protocol()).isEqualTo(MappingProtocol.PCP);
    assertThat(mapped.transports()).containsExactlyInAnyOrder(Transport.TCP, Transport.UDP);
    assertThat(mapped.joinAddress()).contains("203.0.113.5:" + PORT);
    assertThat(mapped.message())
        .isEqualTo(
            "Others on the internet can join at 203.0.113.5:54555 (opened on your router with"
                + " PCP, renewed every 30 min).");
    assertThat(router.table())
        .containsEntry("TCP/" + PORT, new FakePmpRouter.Entry(PORT, 3600))
        .containsEntry("UDP/" + PORT, new FakePmpRouter.Entry(PORT, 3600));
    assertThat(heard.get(0)).isInstanceOf(MappingStatus.Searching.class);

    assertThat(scheduler.untilNext()).isEqualTo(Duration.ofMinutes(30));
    int asked = router.requests().size();
    scheduler.advance(Duration.ofMinutes(30));
    assertThat(router.requests().subList(asked, router.requests().size()))
        .extracting(FakePmpRouter.Request::transport, FakePmpRouter.Request::lifetime)
        .containsExactly(tuple(Transport.TCP, 3600L), tuple(Transport.UDP, 3600L));
    assertThat(scheduler.untilNext()).isEqualTo(Duration.ofMinutes(30));

    service.stop().join();
    assertThat(router.table()).isEmpty();
    assertThat(service.status()).isInstanceOf(MappingStatus.Off.class);
    assertThat(exitActions).isEmpty();
    assertThat(scheduler.pending()).isZero();
  }

  @Test
  void aShortLeaseFromTheRouterIsRenewedAtHalfOfWhatItGranted() throws Exception {
    router = new FakePmpRouter();
    router.maxLifetime = 120;
    service(MappingSettings.forCall(PORT), pcp(router)).start();

    assertThat(mapped().lease()).isEqualTo(Duration.ofSeconds(120));
    assertThat(scheduler.untilNext()).isEqualTo(Duration.ofSeconds(60));
    scheduler.advance(Duration.ofSeconds(60));
    assertThat(router.requests()).hasSize(4);
    assertThat(mapped().lease()).isEqualTo(Duration.ofSeconds(120));
  }

  @Test
  void aNatPmpOnlyRouterIsAskedWithNatPmpAfterItTurnsPcpDown() throws Exception {
    router = new FakePmpRouter();
    router.speaksPcp = false;
    service(MappingSettings.forCall(PORT), pcp(router), natPmp(router)).start();

    assertThat(mapped().protocol()).isEqualTo(MappingProtocol.NAT_PMP);
    assertThat(mapped().joinAddress()).contains("203.0.113.5:" + PORT);
    assertThat(router.table()).containsOnlyKeys("TCP/" + PORT, "UDP/" + PORT);

    service.stop().join();
    assertThat(router.table()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void spoofedTruncatedOversizedAndForeignAnswersAreIgnored(boolean pcp) throws Exception {
    router = new FakePmpRouter();
    router.junkFirst = true;
    router.speaksPcp = pcp;
    service(MappingSettings.forCall(PORT), pcp(router), natPmp(router)).start();

    MappingStatus.Mapped mapped = mapped();
    assertThat(mapped.protocol()).isEqualTo(pcp ? MappingProtocol.PCP : MappingProtocol.NAT_PMP);
    assertThat(mapped.publicPort()).isEqualTo(PORT);
    assertThat(mapped.publicAddress()).contains(InetAddress.getByName("203.0.113.5"));
    assertThat(mapped.transports()).contains(Transport.UDP);
  }

  @Test
  void whenUdpCannotHaveTheSamePublicNumberVoiceStaysOnTcp() throws Exception {
    router = new FakePmpRouter();
    router.portOffset = 1; // the router moves every mapping up by one
    service(MappingSettings.forCall(PORT), pcp(router)).start();

    MappingStatus.Mapped mapped = mapped();
    assertThat(mapped.publicPort()).isEqualTo(PORT + 1);
    assertThat(mapped.transports()).containsExactly(Transport.TCP);
    assertThat(mapped.message())
        .contains("join at 203.0.113.5:54556")
        .contains("Voice goes over TCP (the router did not open UDP 54556).");
    assertThat(router.table()).containsOnlyKeys("TCP/" + PORT);
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4})
  void aRouterThatRefusesGivesItsReasonAndWhatToDo(int resultCode) throws Exception {
    router = new FakePmpRouter();
    router.speaksPcp = false;
    router.refuseWith = resultCode;
    service(MappingSettings.forCall(PORT), pcp(router), natPmp(router)).start();

    assertThat(service.status()).isInstanceOf(MappingStatus.Refused.class);
    String message = service.status().message();
    assertThat(message)
        .startsWith("Your router refused to open port 54555 (NAT-PMP result " + resultCode)
        .contains(
            switch (resultCode) {
              case 2 -> "port mapping is turned off in the router";
              case 3 -> "no internet connection yet";
              default -> "no ports left";
            })
        .contains("forward TCP port 54555 (and UDP 54555 for voice) to this computer (127.0.0.1)")
        .contains("use IPv6, or run a relay on a server.");
    assertThat(router.table()).isEmpty();
    assertThat(scheduler.pending()).isZero();
  }

  @Test
  void pcpRefusalIsReportedWithItsResultName() throws Exception {
    router = new FakePmpRouter();
    router.refuseWith = 2;
    service(MappingSettings.forCall(PORT), pcp(router)).start();

    assertThat(service.status().message())
        .contains("PCP result 2 NOT_AUTHORIZED: port mapping is turned off in the router");
  }

  @Test
  void noRouterAnsweringSaysSoAndWhatToDo() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          int silent = FreePorts.udp();
          GatewayLookup loopback = new GatewayLookup.Found(InetAddress.getLoopbackAddress());
          service(
                  MappingSettings.forCall(PORT),
                  new PcpMapper(() -> loopback, silent, FAST),
                  new NatPmpMapper(() -> loopback, silent, FAST),
                  new UpnpIgdMapper(
                      new SsdpSearch(
                          new java.net.InetSocketAddress(loopback(), FreePorts.udp()),
                          Duration.ofMillis(300)),
                      Duration.ofSeconds(1)))
              .start();

          assertThat(service.status()).isInstanceOf(MappingStatus.NoRouter.class);
          MappingStatus.NoRouter none = (MappingStatus.NoRouter) service.status();
          assertThat(none.detail()).contains("PCP: no answer").contains("UPnP: no UPnP router");
          assertThat(none.message())
              .startsWith("No router answered a request to open port 54555")
              .contains("forward TCP port 54555")
              .contains("run a relay on a server");
        });
  }

  @Test
  void anUnknownGatewayIsReportedPlainly() {
    GatewayLookup unknown = new GatewayLookup.Unknown("this computer has no IPv4 default route");
    service(MappingSettings.forCall(PORT), new PcpMapper(() -> unknown, 5351, FAST)).start();

    assertThat(((MappingStatus.NoRouter) service.status()).detail())
        .isEqualTo("PCP: the router is unknown: this computer has no IPv4 default route");
  }

  @Test
  void theExitHookRemovesTheMappingWhenTheProgramEndsWithoutStop() throws Exception {
    router = new FakePmpRouter();
    service(MappingSettings.forCall(PORT), pcp(router)).start();
    assertThat(router.table()).hasSize(2);
    assertThat(exitActions).hasSize(1);

    exitActions.get(0).run();

    assertThat(router.table()).isEmpty();
    int asked = router.requests().size();
    service.stop().join();
    assertThat(router.requests()).hasSize(asked); // nothing left to remove twice
  }

  @Test
  void onItsOwnThreadItMapsAndStillRemovesTheMappingWhenThatThreadIsGoneFirst() throws Exception {
    router = new FakePmpRouter();
    ExecutorService portmapThread = Threads.single("portmap");
    CountDownLatch mappedLatch = new CountDownLatch(1);
    service =
        new PortMappingService(
            MappingSettings.forCall(PORT),
            new RouterAccess(
                List.of(pcp(router)),
                new StunClient(FAST),
                (name, action) -> Subscription.NONE,
                Optional::empty),
            portmapThread,
            scheduler);
    service.onStatus(
        status -> {
          if (status instanceof MappingStatus.Mapped) {
            mappedLatch.countDown();
          }
        });
    service.start();
    assertThat(mappedLatch.await(20, TimeUnit.SECONDS)).isTrue();
    assertThat(router.table()).hasSize(2);

    Threads.shutdown(portmapThread, 5000);
    service.stop().get(20, TimeUnit.SECONDS);

    assertThat(router.table()).isEmpty();
  }

  @Test
  void aLeaseUnderAMinuteIsRefusedBecauseZeroMeansDelete() {
    assertThatThrownBy(() -> MappingSettings.forCall(PORT).withLease(Duration.ZERO))
        .hasMessageContaining("at least a minute");
  }

  @Test
  void statusIsOffUntilStartedAndStopIsHarmlessTwice() {
    router = null;
    service(MappingSettings.forCall(PORT));
    assertThat(service.status().message()).isEqualTo("Not asking the router to open a port.");
    service.stop().join();
    service.stop().join();
    assertThat(service.status()).isInstanceOf(MappingStatus.Off.class);
  }

  @Test
  void tcpOnlySettingsAskForNoUdp() throws Exception {
    router = new FakePmpRouter();
    MappingSettings tcpOnly =
        new MappingSettings(
            PORT, Set.of(Transport.TCP), Duration.ofMinutes(10), "relay", Optional.empty());
    service(tcpOnly, pcp(router)).start();

    assertThat(router.table()).containsOnlyKeys("TCP/" + PORT);
    assertThat(mapped().lease()).isEqualTo(Duration.ofMinutes(10));
  }

  private static InetAddress loopback() {
    return InetAddress.getLoopbackAddress();
  }
}
