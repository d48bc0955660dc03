package dev.asciicall.cli;

import dev.asciicall.call.HostAddress;
import dev.asciicall.net.DiscoveryAnswer;
import dev.asciicall.net.HostFinder;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code asciicall discover}: lists calls on the local network. */
@Command(
    name = "discover",
    mixinStandardHelpOptions = true,
    description = "List calls hosted on the local network.")
final class DiscoverCommand implements Callable<Integer> {

  @Option(
      names = "--udp-port",
      defaultValue = "" + HostAddress.DEFAULT_UDP_PORT,
      description = "Hosts' UDP port.")
  int udpPort;

  @Option(names = "--timeout", defaultValue = "1000", description = "Milliseconds to listen.")
  int timeoutMillis;

  @Override
  public Integer call() {
    if (timeoutMillis < 1 || timeoutMillis > 60_000) {
      throw UserFacingException.badInput("--timeout must be 1..60000 ms");
    }
    List<DiscoveryAnswer> answers = HostFinder.discover(udpPort, timeoutMillis);
    if (answers.isEmpty()) {
      System.out.println("no calls found on UDP port " + udpPort);
    }
    for (DiscoveryAnswer answer : answers) {
      System.out.printf(
          "%s:%d  '%s'  %d participant(s)%s%n",
          answer.address(),
          answer.tcpPort(),
          answer.callName(),
          answer.participants(),
          answer.protocol() == dev.asciicall.common.Version.PROTOCOL
              ? ""
              : "  (protocol " + answer.protocol() + ", incompatible)");
    }
    return 0;
  }
}
