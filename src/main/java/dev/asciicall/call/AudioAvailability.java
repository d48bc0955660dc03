package dev.asciicall.call;

/** How much of the audio works for me in a call; the UI shows anything but {@link #FULL}. */
public enum AudioAvailability {
  /** Microphone and speakers work: the others hear me and I hear them. */
  FULL,
  /** No microphone (none, missing, busy or lost): the others cannot hear me. */
  NO_MICROPHONE,
  /** No speakers (none, missing, busy or lost): I cannot hear the others. */
  NO_SPEAKERS,
  /** Neither: the call goes on video-only. */
  VIDEO_ONLY
}
