package dev.asciicall.capture;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks, before webcam-capture's built-in driver is touched, that the Video4Linux library it needs
 * on Linux can be found. Without it BridJ fails after ~0.3 s and prints native errors and a stack
 * trace to the terminal; checking first lets us say "install libv4l-0" cleanly instead.
 */
final class NativeCameraLibrary {

  static final String LIBRARY = "libv4l2.so.0";
  static final String MISSING_MESSAGE =
      "The camera library cannot load: "
          + LIBRARY
          + " is missing. Install it (Debian/Ubuntu: sudo apt install libv4l-0;"
          + " Fedora: sudo dnf install libv4l) and pick the camera again.";

  private final String osName;
  private final List<Path> searchDirectories;

  NativeCameraLibrary(String osName, List<Path> searchDirectories) {
    this.osName = osName;
    this.searchDirectories = List.copyOf(searchDirectories);
  }

  static NativeCameraLibrary system() {
    List<Path> directories = new ArrayList<>();
    String fromEnvironment = System.getenv("LD_LIBRARY_PATH");
    if (fromEnvironment != null) {
      for (String entry : fromEnvironment.split(":")) {
        if (!entry.isBlank()) {
          directories.add(Path.of(entry));
        }
      }
    }
    for (String root : List.of("/lib", "/usr/lib", "/lib64", "/usr/lib64", "/usr/local/lib")) {
      Path rootPath = Path.of(root);
      directories.add(rootPath);
      // Debian multiarch folders such as /usr/lib/x86_64-linux-gnu.
      try (DirectoryStream<Path> children = Files.newDirectoryStream(rootPath, "*-linux-gnu*")) {
        children.forEach(directories::add);
      } catch (IOException | RuntimeException e) {
        // Folder absent on this system: nothing to search there.
      }
    }
    return new NativeCameraLibrary(System.getProperty("os.name", ""), directories);
  }

  /** Empty when the library is there (or not needed on this OS); else what the user must do. */
  Optional<String> problem() {
    if (!osName.toLowerCase(Locale.ROOT).contains("linux")) {
      return Optional.empty();
    }
    for (Path directory : searchDirectories) {
      if (Files.exists(directory.resolve(LIBRARY))) {
        return Optional.empty();
      }
    }
    return Optional.of(MISSING_MESSAGE);
  }
}
