package dev.asciicall.audio;

/**
 * Hands the frames the speakers play from the {@code audio-playback} thread to the {@code
 * audio-capture} thread, where the echo canceller takes them just before the microphone frame it
 * cleans. A ring of copies that never blocks: when capture stalls, the oldest frames go (the echo
 * canceller then re-aligns by itself). One writer, one reader; a lock guards the few copies.
 */
final class FarEndQueue {

  /** 320 ms: more than any device's playback-to-capture skew between the two threads. */
  static final int CAPACITY = 16;

  private final short[][] frames = new short[CAPACITY][AudioFormats.FRAME_SAMPLES];
  private int head;
  private int size;
  private long dropped;

  /** Playback thread: a copy of the frame just handed to the speakers. */
  synchronized void offer(short[] frame) {
    if (size == CAPACITY) {
      head = (head + 1) % CAPACITY;
      size--;
      dropped++;
    }
    System.arraycopy(frame, 0, frames[(head + size) % CAPACITY], 0, AudioFormats.FRAME_SAMPLES);
    size++;
  }

  /** Capture thread: the oldest frame into {@code into}; false when there is none. */
  synchronized boolean poll(short[] into) {
    if (size == 0) {
      return false;
    }
    System.arraycopy(frames[head], 0, into, 0, AudioFormats.FRAME_SAMPLES);
    head = (head + 1) % CAPACITY;
    size--;
    return true;
  }

  synchronized void clear() {
    head = 0;
    size = 0;
  }

  synchronized long dropped() {
    return dropped;
  }
}
