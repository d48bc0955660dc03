package dev.asciicall.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Remembers which identity key each participant name was seen with, so a participant whose name was
 * seen before with another key is flagged (trust on first use, like SSH's known_hosts).
 *
 * <p>Names are compared trimmed and case-insensitively, so "alice" cannot pass as "Alice". Stored
 * one per line as {@code <fingerprint> <name>} in {@code known-peers} next to the identity. Thread
 * safe; the file is read once and rewritten on each change.
 */
public final class KnownPeers {

  static final String FILE_NAME = "known-peers";
  private static final int MAX_ENTRIES = 10_000;

  private final Path file;
  private final Map<String, String> fingerprintByName = new LinkedHashMap<>();
  private final Map<String, String> displayNameByName = new LinkedHashMap<>();
  private boolean loaded;

  public KnownPeers(Path settingsDirectory) {
    this.file = settingsDirectory.resolve(FILE_NAME);
  }

  /**
   * Checks {@code name} against what was seen before, remembering it if new.
   *
   * @throws CryptoException if the file cannot be read or written
   */
  public synchronized PeerStatus check(String name, PublicIdentity identity)
      throws CryptoException {
    load();
    String key = normalise(name);
    String known = fingerprintByName.get(key);
    if (known == null) {
      remember(key, name, identity);
      return PeerStatus.NEW;
    }
    return known.equals(identity.fingerprint()) ? PeerStatus.KNOWN : PeerStatus.KEY_CHANGED;
  }

  /** Accepts {@code identity} as the new key for {@code name} (after the user compared codes). */
  public synchronized void trust(String name, PublicIdentity identity) throws CryptoException {
    load();
    remember(normalise(name), name, identity);
  }

  private void remember(String key, String name, PublicIdentity identity) throws CryptoException {
    if (!fingerprintByName.containsKey(key) && fingerprintByName.size() >= MAX_ENTRIES) {
      String oldest = fingerprintByName.keySet().iterator().next();
      fingerprintByName.remove(oldest);
      displayNameByName.remove(oldest);
    }
    fingerprintByName.put(key, identity.fingerprint());
    displayNameByName.put(key, name.strip().replaceAll("\\R", " "));
    save();
  }

  private void load() throws CryptoException {
    if (loaded) {
      return;
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        int space = line.indexOf(' ');
        if (space <= 0 || space == line.length() - 1) {
          continue; // a hand-edited or damaged line is skipped, not fatal
        }
        String name = line.substring(space + 1);
        fingerprintByName.put(normalise(name), line.substring(0, space));
        displayNameByName.put(normalise(name), name);
      }
    } catch (NoSuchFileException e) {
      // Nobody seen yet.
    } catch (IOException e) {
      throw new CryptoException("cannot read known peers " + file + ": " + e.getMessage(), e);
    }
    loaded = true;
  }

  private void save() throws CryptoException {
    StringBuilder text = new StringBuilder();
    fingerprintByName.forEach(
        (key, fingerprint) ->
            text.append(fingerprint).append(' ').append(displayNameByName.get(key)).append('\n'));
    try {
      SettingsDirectory.writeOwnerOnly(file, text.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new CryptoException("cannot save known peers " + file + ": " + e.getMessage(), e);
    }
  }

  private static String normalise(String name) {
    return name.strip().replaceAll("\\R", " ").toLowerCase(Locale.ROOT);
  }
}
