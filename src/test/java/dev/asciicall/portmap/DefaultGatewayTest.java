package dev.asciicall.portmap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** Reading the default gateway out of each operating system's routing table. */
@UnitTest
class DefaultGatewayTest {

  @Test
  void linuxRouteTableGivesTheDefaultRouteWithTheLowestMetric() throws Exception {
    String table =
        "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n"
            + "wlan0\t00000000\t0102A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0\n"
            + "eth0\t00000000\t0101A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0\n"
            + "eth0\t0001A8C0\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0\n";
    assertThat(DefaultGateway.fromProcNetRoute(table))
        .isEqualTo(new GatewayLookup.Found(InetAddress.getByName("192.168.1.1")));
  }

  @Test
  void aLinuxTableWithoutADefaultRouteSaysSo() {
    String table =
        "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n"
            + "eth0\t0001A8C0\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0\n"
            + "garbage line\n";
    assertThat(DefaultGateway.fromProcNetRoute(table))
        .isEqualTo(new GatewayLookup.Unknown("this computer has no IPv4 default route"));
  }

  @Test
  void macNetstatGivesTheDefaultLine() throws Exception {
    String netstat =
        "Routing tables\n\nInternet:\n"
            + "Destination        Gateway            Flags           Netif Expire\n"
            + "default            10.0.0.138         UGScg             en0\n"
            + "10.0.0/24          link#6             UCS               en0      !\n";
    assertThat(DefaultGateway.fromNetstat(netstat))
        .isEqualTo(new GatewayLookup.Found(InetAddress.getByName("10.0.0.138")));
    assertThat(DefaultGateway.fromNetstat("default link#17 UCSIg bridge100"))
        .isInstanceOf(GatewayLookup.Unknown.class);
  }

  @Test
  void windowsRoutePrintGivesTheActiveDefaultRouteWithTheLowestMetric() throws Exception {
    String routePrint =
        "IPv4 Route Table\n"
            + "===========================================================================\n"
            + "Active Routes:\n"
            + "Network Destination        Netmask          Gateway       Interface  Metric\n"
            + "          0.0.0.0          0.0.0.0      192.168.0.1    192.168.0.20     50\n"
            + "          0.0.0.0          0.0.0.0      192.168.8.1    192.168.8.33     25\n"
            + "        127.0.0.0        255.0.0.0         On-link         127.0.0.1    331\n"
            + "Persistent Routes:\n  None\n";
    assertThat(DefaultGateway.fromRoutePrint(routePrint))
        .isEqualTo(new GatewayLookup.Found(InetAddress.getByName("192.168.8.1")));
    assertThat(DefaultGateway.fromRoutePrint("0.0.0.0 0.0.0.0 On-link 10.0.0.2 25"))
        .isInstanceOf(GatewayLookup.Unknown.class);
  }

  @Test
  void thisMachineGivesAnAnswerEitherWay() {
    // Found or Unknown with a reason; never an exception, whatever the machine's routes.
    GatewayLookup lookup = DefaultGateway.find();
    if (lookup instanceof GatewayLookup.Unknown unknown) {
      assertThat(unknown.reason()).isNotBlank();
    } else {
      assertThat(((GatewayLookup.Found) lookup).address().getAddress()).hasSize(4);
    }
  }
}
