package dev.asciicall.ui.call;

import dev.asciicall.ascii.AsciiFrame;
import dev.asciicall.common.LatestSlot;
import dev.asciicall.ui.feed.TileViewModel;

/**
 * Someone else's feed in the call: what their tile shows about them, and the slot their decoded
 * frames arrive in (offered on the network thread, drained by the tile on the FX thread).
 */
public record RemoteFeed(int participantId, TileViewModel person, LatestSlot<AsciiFrame> frames) {}
