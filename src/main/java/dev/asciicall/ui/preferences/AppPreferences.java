package dev.asciicall.ui.preferences;

import dev.asciicall.ui.appearance.FontSize;
import dev.asciicall.ui.appearance.Theme;
import dev.asciicall.ui.preview.GlyphRamp;
import dev.asciicall.ui.preview.PreviewSettings;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the slider settings and the window bounds across runs with {@code java.util.prefs}. The
 * node is {@code asciicall} for users and {@code asciicall-test} in tests (system property {@code
 * asciicall.prefs.node}), so tests never touch a user's settings.
 */
public final class AppPreferences {

  private static final Logger LOG = LoggerFactory.getLogger(AppPreferences.class);

  static final int MAX_RECENT_HOSTS = 5;

  private final Preferences node;

  public AppPreferences(Preferences node) {
    this.node = node;
  }

  /** The node named by {@code asciicall.prefs.node} (default {@code asciicall}). */
  public static AppPreferences forUser() {
    String name = System.getProperty("asciicall.prefs.node", "asciicall");
    return new AppPreferences(Preferences.userRoot().node(name));
  }

  /** The picture source last chosen in the Camera menu, as {@code SourceSpec} text. */
  public java.util.Optional<String> source() {
    return java.util.Optional.ofNullable(node.get("source", null));
  }

  /** Remembers the picture source chosen in the Camera menu. */
  public void saveSource(String spec) {
    node.put("source", spec);
  }

  /** The name last given when hosting or joining, if any. */
  public java.util.Optional<String> name() {
    return java.util.Optional.ofNullable(node.get("call.name", null));
  }

  public void saveName(String name) {
    node.put("call.name", name);
  }

  /** Hosts joined before, most recent first, at most {@value #MAX_RECENT_HOSTS}. */
  public java.util.List<String> recentHosts() {
    String saved = node.get("call.recentHosts", "");
    return saved.isEmpty() ? java.util.List.of() : java.util.List.of(saved.split("\n"));
  }

  /** Puts {@code address} first in the recent hosts. */
  public void rememberHost(String address) {
    java.util.List<String> hosts = new java.util.ArrayList<>(recentHosts());
    hosts.remove(address);
    hosts.add(0, address);
    node.put(
        "call.recentHosts",
        String.join("\n", hosts.subList(0, Math.min(hosts.size(), MAX_RECENT_HOSTS))));
  }

  /** A number saved under {@code key} (ports of the host and join dialogs), or the fallback. */
  public int callNumber(String key, int fallback) {
    return node.getInt("call." + key, fallback);
  }

  public void saveCallNumber(String key, int value) {
    node.putInt("call." + key, value);
  }

  /** A text saved under {@code key} (the call's name in the host dialog), or the fallback. */
  public String callText(String key, String fallback) {
    return node.get("call." + key, fallback);
  }

  public void saveCallText(String key, String value) {
    node.put("call." + key, value);
  }

  /** The saved settings, or the defaults for anything missing or no longer valid. */
  public PreviewSettings load() {
    PreviewSettings defaults = PreviewSettings.DEFAULTS;
    try {
      return new PreviewSettings(
          node.getInt("columns", defaults.columns()),
          GlyphRamp.valueOf(node.get("ramp", defaults.ramp().name())),
          node.getDouble("contrast", defaults.contrast()),
          node.getDouble("brightness", defaults.brightness()),
          node.getBoolean("invert", defaults.invert()),
          node.getBoolean("colour", defaults.color()),
          node.getBoolean("mirror", defaults.mirror()));
    } catch (IllegalArgumentException corrupt) {
      LOG.warn("Ignoring saved preview settings: {}", corrupt.getMessage());
      return defaults;
    }
  }

  public void save(PreviewSettings settings) {
    node.putInt("columns", settings.columns());
    node.put("ramp", settings.ramp().name());
    node.putDouble("contrast", settings.contrast());
    node.putDouble("brightness", settings.brightness());
    node.putBoolean("invert", settings.invert());
    node.putBoolean("colour", settings.color());
    node.putBoolean("mirror", settings.mirror());
  }

  /** Window position and size: x, y, width, height; null when never saved. */
  public double[] windowBounds() {
    double width = node.getDouble("window.width", -1);
    if (width <= 0) {
      return null;
    }
    return new double[] {
      node.getDouble("window.x", 0),
      node.getDouble("window.y", 0),
      width,
      node.getDouble("window.height", 640)
    };
  }

  public void saveWindowBounds(double x, double y, double width, double height) {
    node.putDouble("window.x", x);
    node.putDouble("window.y", y);
    node.putDouble("window.width", width);
    node.putDouble("window.height", height);
  }

  /** The theme chosen in the View menu; dark when never chosen or no longer known. */
  public Theme theme() {
    return enumValue("theme", Theme.class, Theme.DARK);
  }

  /** The text size chosen in the View menu; normal when never chosen or no longer known. */
  public FontSize fontSize() {
    return enumValue("fontSize", FontSize.class, FontSize.NORMAL);
  }

  public void saveAppearance(Theme theme, FontSize fontSize) {
    node.put("theme", theme.name());
    node.put("fontSize", fontSize.name());
  }

  /** The microphone picked last, by name. */
  public java.util.Optional<String> microphone() {
    return java.util.Optional.ofNullable(node.get("microphone", null));
  }

  /** The speakers picked last, by name. */
  public java.util.Optional<String> speaker() {
    return java.util.Optional.ofNullable(node.get("speaker", null));
  }

  /** The voice processing chosen last (all stages when never chosen or unreadable). */
  public dev.asciicall.audio.ProcessingSettings processing() {
    try {
      return dev.asciicall.audio.ProcessingSettings.parse(node.get("processing", "all"));
    } catch (IllegalArgumentException unreadable) {
      return dev.asciicall.audio.ProcessingSettings.ALL;
    }
  }

  public void saveProcessing(dev.asciicall.audio.ProcessingSettings settings) {
    node.put("processing", settings.toString());
  }

  public void saveMicrophone(String name) {
    node.put("microphone", name);
  }

  public void saveSpeaker(String name) {
    node.put("speaker", name);
  }

  private <E extends Enum<E>> E enumValue(String key, Class<E> type, E fallback) {
    try {
      return Enum.valueOf(type, node.get(key, fallback.name()));
    } catch (IllegalArgumentException unknown) {
      return fallback;
    }
  }

  /** Writes pending changes to the store; failures are logged, never fatal. */
  public void flush() {
    try {
      node.flush();
    } catch (BackingStoreException e) {
      LOG.warn("Could not save preferences: {}", e.getMessage());
    }
  }

  /** Forgets everything saved (tests start clean). */
  public void clear() {
    try {
      node.clear();
    } catch (BackingStoreException e) {
      LOG.warn("Could not clear preferences: {}", e.getMessage());
    }
  }
}
