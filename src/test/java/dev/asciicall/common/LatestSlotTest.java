package dev.asciicall.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

@UnitTest
class LatestSlotTest {

  private final Queue<Runnable> tasks = new ArrayDeque<>();
  private final List<String> received = new ArrayList<>();

  private void runTasks() {
    while (!tasks.isEmpty()) {
      tasks.poll().run();
    }
  }

  @Test
  void theConsumerTakesTheNewestValueAndTheOlderOnesCountAsReplaced() {
    LatestSlot<String> slot = new LatestSlot<>();
    slot.offer("first");
    slot.offer("second");
    slot.offer("third");

    assertThat(slot.take()).isEqualTo("third");
    assertThat(slot.take()).as("nothing new since").isNull();
    assertThat(slot.replaced()).isEqualTo(2);
  }

  @Test
  void manyOffersWhileTheConsumerIsBusyBecomeOneHandOffOfTheNewest() {
    LatestSlot<String> slot = LatestSlot.deliveringTo(received::add, tasks::add);
    for (int i = 0; i < 50; i++) {
      slot.offer("level " + i);
    }

    assertThat(tasks).as("one pending hand-off, not fifty").hasSize(1);
    runTasks();
    assertThat(received).containsExactly("level 49");
    assertThat(slot.delivered()).isEqualTo(1);
    assertThat(slot.replaced()).isEqualTo(49);

    slot.offer("later");
    runTasks();
    assertThat(received).containsExactly("level 49", "later");
  }

  @Test
  void aValueOfferedDuringAHandOffIsDeliveredByAFollowingTask() {
    AtomicReference<LatestSlot<String>> holder = new AtomicReference<>();
    holder.set(
        LatestSlot.deliveringTo(
            value -> {
              received.add(value);
              if (value.equals("a")) {
                holder.get().offer("b");
              }
            },
            tasks::add));
    holder.get().offer("a");
    runTasks();

    assertThat(received).containsExactly("a", "b");
  }

  @Test
  void aFailingConsumerDoesNotStopLaterHandOffs() {
    LatestSlot<String> slot =
        LatestSlot.deliveringTo(
            value -> {
              if (value.equals("bad")) {
                throw new IllegalStateException("consumer bug");
              }
              received.add(value);
            },
            Runnable::run);
    slot.offer("bad");
    slot.offer("good");

    assertThat(received).containsExactly("good");
  }

  @Test
  void anExecutorThatRefusesDropsTheValueAndLaterOffersTryAgain() {
    boolean[] refusing = {true};
    LatestSlot<String> slot =
        LatestSlot.deliveringTo(
            received::add,
            task -> {
              if (refusing[0]) {
                throw new RejectedExecutionException("shutting down");
              }
              task.run();
            });
    slot.offer("refused");
    assertThat(slot.take()).isNull();

    refusing[0] = false;
    slot.offer("accepted");
    assertThat(received).containsExactly("accepted");
  }

  @Test
  void aClosedSlotIgnoresOffersAndDropsWhatItHeld() {
    LatestSlot<String> slot = LatestSlot.deliveringTo(received::add, tasks::add);
    slot.offer("pending");
    slot.close();
    slot.offer("after close");
    runTasks();

    assertThat(received).isEmpty();
    assertThat(slot.take()).isNull();
  }
}
