package dev.asciicall.ui.notice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which notices show: newest first, a few at most, one per topic. */
@UnitTest
class NoticesViewModelTest {

  private final NoticesViewModel model = new NoticesViewModel();

  @Test
  void newestShowFirstAndTheOldestGivesWayBeyondTheLimit() {
    for (int i = 1; i <= 5; i++) {
      model.show(Notice.info("news " + i));
    }

    assertThat(model.showing())
        .extracting(Notice::text)
        .containsExactly("news 5", "news 4", "news 3");
    assertThat(model.showing()).hasSize(NoticesViewModel.MOST_SHOWN);
  }

  @Test
  void aNoticeOnATopicAlreadyShowingReplacesItInPlace() {
    model.show(Notice.warning("No microphone").about("audio"));
    model.show(Notice.info("Ann joined the call"));
    model.show(Notice.warning("No microphone or speakers: video only").about("audio"));

    assertThat(model.showing())
        .extracting(Notice::text)
        .containsExactly("Ann joined the call", "No microphone or speakers: video only");
  }

  @Test
  void dismissingTakesThatVeryNoticeAwayButNotTheOneThatReplacedIt() {
    List<Notice> told = new ArrayList<>();
    model.onShown(told::add);
    Notice opening = Notice.info("Opening camera…").about("camera");
    Notice failed = Notice.warning("No camera found").about("camera");
    model.show(opening);
    model.show(failed);

    model.dismiss(opening);
    assertThat(model.showing()).containsExactly(failed);
    model.dismiss(failed);
    assertThat(model.showing()).isEmpty();
    assertThat(told).containsExactly(opening, failed);
  }

  @Test
  void problemsStayLongerThanNews() {
    assertThat(NoticesViewModel.lifetime(Notice.error("x")))
        .isGreaterThan(NoticesViewModel.lifetime(Notice.warning("x")));
    assertThat(NoticesViewModel.lifetime(Notice.warning("x")))
        .isGreaterThan(NoticesViewModel.lifetime(Notice.info("x")));
  }
}
