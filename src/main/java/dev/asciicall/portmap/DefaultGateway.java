package dev.asciicall.portmap;

import dev.asciicall.common.Threads;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Finds the IPv4 default gateway. Java has no API for it: on Linux the kernel's routing table is
 * read from {@code /proc/net/route}; on macOS and the BSDs {@code netstat -rn}, on Windows {@code
 * route print} is run and its output read (best effort: a changed output format gives {@link
 * GatewayLookup.Unknown}, never an exception). Blocks the calling thread for at most a few seconds.
 */
public final class DefaultGateway {

  private static final Path PROC_NET_ROUTE = Path.of("/proc/net/route");
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final int RTF_UP = 0x1;
  private static final int RTF_GATEWAY = 0x2;
  private static final long COMMAND_TIMEOUT_SECONDS = 3;
  private static final int MAX_OUTPUT_BYTES = 256 * 1024;

  private DefaultGateway() {}

  /** Looks the gateway up the way this operating system allows. */
  public static GatewayLookup find() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    try {
      if (Files.isReadable(PROC_NET_ROUTE)) {
        return fromProcNetRoute(Files.readString(PROC_NET_ROUTE, StandardCharsets.US_ASCII));
      }
      if (os.contains("win")) {
        return fromRoutePrint(run(List.of("route", "print", "-4", "0.0.0.0")));
      }
      if (os.contains("mac") || os.contains("bsd") || os.contains("darwin")) {
        return fromNetstat(run(List.of("netstat", "-rn", "-f", "inet")));
      }
      return new GatewayLookup.Unknown("no way to read the routing table on " + os);
    } catch (IOException e) {
      return new GatewayLookup.Unknown("the routing table could not be read: " + e.getMessage());
    }
  }

  /**
   * The default route with the lowest metric in Linux's {@code /proc/net/route}: columns Iface,
   * Destination, Gateway, Flags, RefCnt, Use, Metric, Mask…, addresses in little-endian hex.
   */
  static GatewayLookup fromProcNetRoute(String table) {
    InetAddress best = null;
    long bestMetric = Long.MAX_VALUE;
    for (String line : table.lines().skip(1).toList()) {
      String[] columns = line.trim().split("\\s+");
      if (columns.length < 8 || !columns[1].equals("00000000") || !columns[7].equals("00000000")) {
        continue;
      }
      try {
        int flags = Integer.parseInt(columns[3], 16);
        long gateway = Long.parseLong(columns[2], 16);
        long metric = Long.parseLong(columns[6]);
        if ((flags & (RTF_UP | RTF_GATEWAY)) != (RTF_UP | RTF_GATEWAY) || gateway == 0) {
          continue;
        }
        if (metric < bestMetric) {
          byte[] bytes = {
            (byte) gateway, (byte) (gateway >>> 8), (byte) (gateway >>> 16), (byte) (gateway >>> 24)
          };
          best = InetAddress.getByAddress(bytes);
          bestMetric = metric;
        }
      } catch (NumberFormatException | UnknownHostException e) {
        // A line we do not understand is not a default route we can use.
      }
    }
    return best != null
        ? new GatewayLookup.Found(best)
        : new GatewayLookup.Unknown("this computer has no IPv4 default route");
  }

  /** macOS/BSD {@code netstat -rn}: the line {@code default 192.168.1.1 UGScg en0}. */
  static GatewayLookup fromNetstat(String output) {
    for (String line : output.lines().toList()) {
      String[] columns = line.trim().split("\\s+");
      if (columns.length >= 2
          && (columns[0].equals("default") || columns[0].equals("0.0.0.0"))
          && IPV4.matcher(columns[1]).matches()) {
        return found(columns[1]);
      }
    }
    return new GatewayLookup.Unknown("netstat shows no IPv4 default route");
  }

  /**
   * Windows {@code route print}: the active route {@code 0.0.0.0 0.0.0.0 192.168.1.1 192.168.1.23
   * 25} with the lowest metric ("On-link" routes have no gateway).
   */
  static GatewayLookup fromRoutePrint(String output) {
    String best = null;
    long bestMetric = Long.MAX_VALUE;
    for (String line : output.lines().toList()) {
      String[] columns = line.trim().split("\\s+");
      if (columns.length >= 5
          && columns[0].equals("0.0.0.0")
          && columns[1].equals("0.0.0.0")
          && IPV4.matcher(columns[2]).matches()
          && columns[4].chars().allMatch(Character::isDigit)
          && columns[4].length() < 10) {
        long metric = Long.parseLong(columns[4]);
        if (metric < bestMetric) {
          best = columns[2];
          bestMetric = metric;
        }
      }
    }
    return best != null
        ? found(best)
        : new GatewayLookup.Unknown("route print shows no IPv4 default route");
  }

  private static GatewayLookup found(String literal) {
    try {
      InetAddress address = InetAddress.getByName(literal);
      return address instanceof Inet4Address && !address.isAnyLocalAddress()
          ? new GatewayLookup.Found(address)
          : new GatewayLookup.Unknown("the default route's gateway " + literal + " is unusable");
    } catch (UnknownHostException e) {
      return new GatewayLookup.Unknown("the default route's gateway " + literal + " is unusable");
    }
  }

  /** Runs a system command and returns its output, or throws if it fails or takes too long. */
  private static String run(List<String> command) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    // Read on another thread so a command that never ends cannot hold this one.
    CompletableFuture<byte[]> output = new CompletableFuture<>();
    Threads.named("gateway-lookup")
        .newThread(
            () -> {
              try (InputStream in = process.getInputStream()) {
                output.complete(in.readNBytes(MAX_OUTPUT_BYTES));
              } catch (IOException e) {
                output.completeExceptionally(e);
              }
            })
        .start();
    try {
      byte[] bytes = output.get(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (TimeoutException e) {
      throw new IOException(
          command.get(0) + " did not finish in " + COMMAND_TIMEOUT_SECONDS + " s");
    } catch (ExecutionException e) {
      throw new IOException(command.get(0) + " failed: " + e.getCause().getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading the routing table");
    } finally {
      process.destroy();
    }
  }
}
