package dev.asciicall.net;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/** Collects what a participant hears, for assertions; optionally stalls on video. */
class RecordingEvents implements CallEvents {

  final Map<Integer, String> present = new ConcurrentHashMap<>();
  final List<String> log = new CopyOnWriteArrayList<>();
  final Map<Integer, List<VideoPacket>> videoBySender = new ConcurrentHashMap<>();
  final List<ChatMessage> chats = new CopyOnWriteArrayList<>();
  final List<VoicePacket> audio = new CopyOnWriteArrayList<>();
  final Map<Integer, PeerMedia> mediaStates = new ConcurrentHashMap<>();
  final List<String> ended = new CopyOnWriteArrayList<>();
  final Map<Integer, PeerVerification> verifications = new ConcurrentHashMap<>();
  final List<Integer> flagged = new CopyOnWriteArrayList<>();
  volatile int keyframeRequests;
  volatile CountDownLatch stallVideo;

  @Override
  public void participantJoined(int id, String name) {
    present.put(id, name);
    log.add("joined " + name);
  }

  @Override
  public void participantLeft(int id, String reason) {
    String name = present.remove(id);
    log.add("left " + name + ": " + reason);
  }

  @Override
  public void video(VideoPacket video) {
    videoBySender.computeIfAbsent(video.senderId(), id -> new CopyOnWriteArrayList<>()).add(video);
    CountDownLatch stall = stallVideo;
    if (stall != null) {
      try {
        stall.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void audio(VoicePacket packet) {
    audio.add(packet);
  }

  @Override
  public void mediaState(PeerMedia state) {
    mediaStates.put(state.participantId(), state);
  }

  long audioFrom(int senderId) {
    return audio.stream().filter(packet -> packet.senderId() == senderId).count();
  }

  @Override
  public void chat(ChatMessage chat) {
    chats.add(chat);
  }

  @Override
  public void keyframeRequested() {
    keyframeRequests++;
  }

  @Override
  public void callEnded(String reason) {
    ended.add(reason);
  }

  @Override
  public void participantVerified(PeerVerification verification) {
    verifications.put(verification.participantId(), verification);
    if (verification.keyChanged()) {
      flagged.add(verification.participantId());
    }
  }

  int framesFrom(int senderId) {
    return videoBySender.getOrDefault(senderId, List.of()).size();
  }
}
