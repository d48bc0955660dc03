/**
 * A simulated room for measuring voice processing without a sound card: far-end speech played
 * through a loudspeaker with mild distortion, a delay and a room's reverberation, captured by the
 * microphone together with near-end speech and noise. {@link dev.asciicall.audio.room.VoiceTrials}
 * runs the same takes through a processor and reports echo return loss enhancement, double-talk
 * correlation, re-convergence after a delay change and noise suppression; {@code asciicall bench
 * voice} prints them, the tests check them against the targets. Everything here is deterministic
 * (seeded) and single-threaded.
 */
package dev.asciicall.audio.room;
