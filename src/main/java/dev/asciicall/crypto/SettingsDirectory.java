package dev.asciicall.crypto;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where asciicall keeps per-user files: {@code $XDG_CONFIG_HOME/asciicall} or {@code
 * ~/.config/asciicall} on Linux, {@code %APPDATA%\asciicall} on Windows, {@code
 * ~/Library/Application Support/asciicall} on macOS. The system property {@code
 * asciicall.config.dir} overrides it (tests, portable installs).
 */
public final class SettingsDirectory {

  /** System property that replaces the per-OS location. */
  public static final String OVERRIDE_PROPERTY = "asciicall.config.dir";

  private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY =
      PosixFilePermissions.fromString("rwx------");
  static final Set<PosixFilePermission> OWNER_ONLY_FILE =
      PosixFilePermissions.fromString("rw-------");

  private SettingsDirectory() {}

  /** The directory for this user on this machine (not created). */
  public static Path resolve() {
    return resolve(System.getProperties().getProperty(OVERRIDE_PROPERTY), System.getenv());
  }

  static Path resolve(String override, Map<String, String> environment) {
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    Path home = Path.of(System.getProperty("user.home"));
    if (os.contains("win")) {
      String appData = environment.get("APPDATA");
      return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming"))
          .resolve("asciicall");
    }
    if (os.contains("mac")) {
      return home.resolve("Library").resolve("Application Support").resolve("asciicall");
    }
    String xdg = environment.get("XDG_CONFIG_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config");
    return base.resolve("asciicall");
  }

  /** Creates the directory (readable only by the owner where the file system allows it). */
  static void create(Path directory) throws IOException {
    if (Files.isDirectory(directory)) {
      return;
    }
    if (supportsPosix()) {
      Files.createDirectories(
          directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
    } else {
      Files.createDirectories(directory);
    }
  }

  /**
   * Writes {@code content} so that it is never visible half-written or readable by other users: a
   * temporary owner-only file in the same directory, then an atomic rename.
   */
  static void writeOwnerOnly(Path file, byte[] content) throws IOException {
    Path directory = file.toAbsolutePath().getParent();
    create(directory);
    Path temporary =
        supportsPosix()
            ? Files.createTempFile(
                directory, ".tmp-", "", PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE))
            : Files.createTempFile(directory, ".tmp-", "");
    try {
      if (!supportsPosix()) {
        restrictToOwner(temporary);
      }
      Files.write(temporary, content);
      Files.move(
          temporary,
          file,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** Removes access for everyone but the owner (non-POSIX file systems, e.g. Windows). */
  private static void restrictToOwner(Path file) {
    java.io.File asFile = file.toFile();
    asFile.setReadable(false, false);
    asFile.setWritable(false, false);
    asFile.setReadable(true, true);
    asFile.setWritable(true, true);
  }

  static boolean supportsPosix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }
}
