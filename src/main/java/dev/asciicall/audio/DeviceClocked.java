package dev.asciicall.audio;

/**
 * Marks an {@link AudioSource} or {@link AudioSink} whose reads or writes block on a sound card's
 * clock, so the audio loops must not add their own pacing on top.
 */
public interface DeviceClocked {}
