package dev.asciicall.ui.notice;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The notices showing in the window, newest first and at most {@value #MOST_SHOWN}: an older one
 * gives way when a new one comes, and a notice on a topic already showing replaces that one in
 * place (two audio problems in a row read as one merged notice, not two). Each goes away after its
 * {@link #lifetime} or when the user closes it.
 *
 * <p>FX thread only.
 */
public final class NoticesViewModel {

  /** More than this at once is a wall of text: the oldest gives way. */
  public static final int MOST_SHOWN = 3;

  private final ObservableList<Notice> showing = FXCollections.observableArrayList();
  private final ObservableList<Notice> readOnly = FXCollections.unmodifiableObservableList(showing);
  private final List<Consumer<Notice>> shownListeners = new CopyOnWriteArrayList<>();

  /** What shows now, newest first. */
  public ObservableList<Notice> showing() {
    return readOnly;
  }

  /** Shows {@code notice} on top; it replaces one on its topic, or pushes out the oldest. */
  public void show(Notice notice) {
    int same = notice.topic().isEmpty() ? -1 : indexOfTopic(notice.topic());
    if (same >= 0) {
      showing.set(same, notice);
    } else {
      showing.add(0, notice);
      while (showing.size() > MOST_SHOWN) {
        showing.remove(showing.size() - 1);
      }
    }
    shownListeners.forEach(listener -> listener.accept(notice));
  }

  private int indexOfTopic(String topic) {
    for (int i = 0; i < showing.size(); i++) {
      if (showing.get(i).topic().equals(topic)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Takes this very notice away (closed, or its time is up); one that replaced it stays. Does
   * nothing if it is gone already.
   */
  public void dismiss(Notice notice) {
    for (int i = 0; i < showing.size(); i++) {
      if (showing.get(i) == notice) {
        showing.remove(i);
        return;
      }
    }
  }

  /** Tells {@code listener} each notice as it is shown (the view times its going away). */
  public void onShown(Consumer<Notice> listener) {
    shownListeners.add(listener);
  }

  /** How long a notice stays: problems longer than news, so there is time to read what to do. */
  public static Duration lifetime(Notice notice) {
    return switch (notice.severity()) {
      case INFO -> Duration.ofSeconds(5);
      case WARNING -> Duration.ofSeconds(10);
      case ERROR -> Duration.ofSeconds(20);
    };
  }
}
