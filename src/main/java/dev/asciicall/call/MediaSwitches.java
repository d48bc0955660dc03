package dev.asciicall.call;

/** The user's microphone and camera switches, carried into each new call. */
record MediaSwitches(boolean microphoneMuted, boolean cameraOff) {}
