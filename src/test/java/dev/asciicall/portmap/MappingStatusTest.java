package dev.asciicall.portmap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the host is told in each case, word for word where it matters. */
@UnitTest
class MappingStatusTest {

  private static MappingStatus.Mapped mapped(String address) throws Exception {
    return new MappingStatus.Mapped(
        MappingProtocol.NAT_PMP,
        54555,
        54555,
        Set.of(Transport.TCP, Transport.UDP),
        Optional.ofNullable(address == null ? null : InetAddress.getByName(address)),
        Duration.ofHours(2));
  }

  @Test
  void aRouterBehindAnotherNatIsNotOfferedAsAJoinAddress() throws Exception {
    MappingStatus.Mapped mapped = mapped("100.64.0.7");
    assertThat(mapped.behindAnotherNat()).isTrue();
    assertThat(mapped.joinAddress()).isEmpty();
    assertThat(mapped.message())
        .isEqualTo(
            "Your router opened port 54555 with NAT-PMP, but its own address 100.64.0.7 is not"
                + " public: another router or your provider's NAT sits in front, so people on"
                + " the internet may not reach you. Use IPv6, or run a relay on a server.");
  }

  @Test
  void anUnknownPublicAddressStillNamesThePort() throws Exception {
    assertThat(mapped(null).message())
        .isEqualTo(
            "Your router opened port 54555 with NAT-PMP (renewed every 60 min) but did not say"
                + " its public address: others join at your public address, port 54555.");
  }

  @ParameterizedTest
  @CsvSource({
    "203.0.113.5, true",
    "8.8.8.8, true",
    "10.1.2.3, false",
    "172.16.0.1, false",
    "172.32.0.1, true",
    "192.168.178.1, false",
    "100.64.0.1, false",
    "100.128.0.1, true",
    "127.0.0.1, false",
    "169.254.1.1, false",
    "0.0.0.0, false",
    "2001:db8::5, true",
    "fd00::1, false",
    "fe80::1, false"
  })
  void publicAddressesAreToldFromPrivateAndSharedOnes(String address, boolean isPublic)
      throws Exception {
    assertThat(MappingStatus.isPublic(InetAddress.getByName(address))).isEqualTo(isPublic);
  }
}
