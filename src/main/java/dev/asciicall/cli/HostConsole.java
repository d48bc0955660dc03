package dev.asciicall.cli;

import dev.asciicall.common.Threads;
import dev.asciicall.net.HostServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The host controls of {@code host --headless} at a terminal: {@code remove N} (the #N printed when
 * they joined), {@code lock}, {@code unlock}, {@code help}. Each command answers with one line.
 * Lines are read on {@code host-console-N}, a daemon thread that ends with its input.
 */
final class HostConsole {

  static final String HELP = "commands: remove N | lock | unlock | help";

  private final HostServer host;
  private final PrintStream out;

  HostConsole(HostServer host, PrintStream out) {
    this.host = host;
    this.out = out;
  }

  /** Reads commands from {@code in} until it ends. */
  void start(InputStream in) {
    Threads.named("host-console").newThread(() -> readAll(in)).start();
  }

  private void readAll(InputStream in) {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (!line.isBlank()) {
          out.println(execute(line));
        }
      }
    } catch (IOException e) {
      // No console: the host runs on without one.
    }
  }

  /** Carries out one command and returns the line to print. */
  String execute(String line) {
    String[] words = line.strip().split("\\s+");
    String command = words[0].toLowerCase(Locale.ROOT);
    switch (command) {
      case "lock":
        host.lock();
        return "the call is locked: nobody new can join";
      case "unlock":
        host.unlock();
        return "the call is open again";
      case "remove":
        if (words.length != 2) {
          return "usage: remove N (the #N shown when they joined)";
        }
        try {
          int id = Integer.parseInt(words[1].replace("#", ""));
          if (id <= 0) {
            return "no participant #" + words[1].replace("#", "");
          }
          boolean removed = host.remove(id).get(2, TimeUnit.SECONDS);
          return removed
              ? "removed #" + id + "; everyone renews their media keys"
              : "no participant #" + id;
        } catch (NumberFormatException e) {
          return "usage: remove N (the #N shown when they joined)";
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return "interrupted";
        } catch (ExecutionException | TimeoutException e) {
          return "the host did not answer; try again";
        }
      case "help":
        return HELP;
      default:
        return "unknown command '" + words[0] + "'; " + HELP;
    }
  }
}
