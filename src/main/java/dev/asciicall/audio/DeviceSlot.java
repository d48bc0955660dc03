package dev.asciicall.audio;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The device an audio loop uses, and the one the user asked for. Any thread may {@link #request} a
 * device; only the loop's own thread opens, uses and closes it, so a device is never touched by two
 * threads. A device that cannot open or dies is reported and forgotten, and the loop carries on
 * without it until another is picked.
 */
final class DeviceSlot<T extends AudioEndpoint> {

  private final AudioEvent.Direction direction;
  private final Consumer<AudioEvent> events;
  private final AtomicReference<T> requested = new AtomicReference<>();
  private T current;

  DeviceSlot(AudioEvent.Direction direction, Consumer<AudioEvent> events) {
    this.direction = direction;
    this.events = events;
  }

  /** Any thread: the loop picks the new device up within one frame; null means none. */
  void request(T device) {
    requested.set(device);
  }

  /** Loop thread: the open device, or null when there is none. */
  T current() {
    return current;
  }

  /**
   * Loop thread: closes the old device and opens the requested one if the request changed. Returns
   * whether the device changed (to another device, to none, or to none after a failed open).
   */
  boolean switchIfRequested() {
    T wanted = requested.get();
    if (wanted == current) {
      return false;
    }
    close();
    current = wanted;
    if (current != null) {
      try {
        current.open();
        events.accept(new AudioEvent.DeviceStarted(direction, current.name()));
      } catch (AudioDeviceException e) {
        fail(e.getMessage());
      } catch (RuntimeException e) {
        fail(current.name() + " cannot be opened: " + e.getMessage());
      }
    }
    return true;
  }

  /** Loop thread: reports the problem and closes the device. */
  void fail(String message) {
    events.accept(new AudioEvent.DeviceProblem(direction, message));
    // Forget the broken device unless someone picked another one meanwhile.
    requested.compareAndSet(current, null);
    close();
  }

  /** Loop thread: closes the current device, if any. */
  void close() {
    if (current != null) {
      try {
        current.close();
      } catch (RuntimeException e) {
        // Closing a dead device may throw; it is gone either way.
      }
      current = null;
    }
  }
}
