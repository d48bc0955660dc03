package dev.asciicall.terminal;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.call.SafetyCheck;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The other participants as tiles, in the order they joined. A tile exists from the join to the
 * leave; safety codes are kept apart, as they may come before the join (or for a headless relay,
 * which never joins with a picture and gets no tile).
 *
 * <p>Not thread-safe: {@link CallScreenModel} holds its lock around every call.
 */
final class RemoteTiles {

  private final Map<Integer, Remote> tiles = new LinkedHashMap<>();
  private final Map<Integer, SafetyCheck> checks = new HashMap<>();

  private static final class Remote {
    String name;
    AsciiFrame frame;
    boolean muted;
    boolean cameraOff;
    boolean speaking;

    Remote(String name) {
      this.name = name;
    }
  }

  void joined(int id, String name) {
    tiles.computeIfAbsent(id, key -> new Remote(name)).name = name;
  }

  void left(int id) {
    tiles.remove(id);
    checks.remove(id);
  }

  void clear() {
    tiles.clear();
    checks.clear();
  }

  /**
   * @return whether a tile took it (false for a frame racing its sender's leave)
   */
  boolean frame(int id, AsciiFrame frame) {
    Remote remote = tiles.get(id);
    if (remote == null) {
      return false;
    }
    remote.frame = frame;
    return true;
  }

  void verified(SafetyCheck check) {
    checks.put(check.participantId(), check);
  }

  /**
   * @return whether anything changed
   */
  boolean media(int id, boolean muted, boolean cameraOff) {
    Remote remote = tiles.get(id);
    if (remote == null || (remote.muted == muted && remote.cameraOff == cameraOff)) {
      return false;
    }
    remote.muted = muted;
    remote.cameraOff = cameraOff;
    return true;
  }

  boolean muted(int id, boolean muted) {
    Remote remote = tiles.get(id);
    return remote != null && media(id, muted, remote.cameraOff);
  }

  boolean speaking(int id, boolean speaking) {
    Remote remote = tiles.get(id);
    if (remote == null || remote.speaking == speaking) {
      return false;
    }
    remote.speaking = speaking;
    return true;
  }

  void addTo(List<TileView> views) {
    for (Map.Entry<Integer, Remote> entry : tiles.entrySet()) {
      Remote remote = entry.getValue();
      SafetyCheck check = checks.get(entry.getKey());
      views.add(
          new TileView(
              remote.name,
              remote.cameraOff ? null : remote.frame,
              false,
              remote.muted,
              remote.cameraOff,
              remote.speaking,
              check == null ? "" : check.safetyCode(),
              check != null && check.keyChanged()));
    }
  }

  int size() {
    return tiles.size();
  }
}
