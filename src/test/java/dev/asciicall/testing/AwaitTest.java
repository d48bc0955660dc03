package dev.asciicall.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The helper every other test waits with: it returns as soon as it can and fails readably. */
@UnitTest
class AwaitTest {

  private static final Duration SHORT = Duration.ofMillis(50);

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @Test
  void returnsOnceTheConditionHoldsHavingLookedAsOftenAsNeeded() {
    AtomicInteger looks = new AtomicInteger();
    Await.until("the third look", () -> looks.incrementAndGet() == 3);
    assertThat(looks).hasValue(3);
  }

  @Test
  void aConditionThatNeverHoldsFailsNamingWhatWasAwaited() {
    assertThatThrownBy(() -> Await.until("the kettle to boil", SHORT, () -> false))
        .isInstanceOf(AssertionError.class)
        .hasMessage("waited 50 ms for the kettle to boil, in vain");
  }

  @Test
  void withoutADescriptionTheFailureNamesTheLineThatWaited() {
    assertThatThrownBy(() -> Await.until(null, SHORT, () -> false))
        .hasMessageStartingWith("waited 50 ms for the condition at AwaitTest.java:");
  }

  @Test
  void untilPresentReturnsWhatWasFound() {
    AtomicInteger looks = new AtomicInteger();
    String found =
        Await.untilPresent(
            "a name", () -> looks.incrementAndGet() < 3 ? Optional.empty() : Optional.of("Ann"));
    assertThat(found).isEqualTo("Ann");
  }

  @Test
  void untilAssertedFailsWithTheLastFailureOfTheAssertions() {
    AtomicInteger looks = new AtomicInteger();
    assertThatThrownBy(
            () ->
                Await.untilAsserted(
                    SHORT, () -> assertThat(looks.incrementAndGet()).as("looks").isZero()))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("still failing after 50 ms: [looks]");
  }

  @Test
  void untilAssertedReturnsOnceTheAssertionsPass() {
    AtomicInteger looks = new AtomicInteger();
    Await.untilAsserted(() -> assertThat(looks.incrementAndGet()).isGreaterThan(2));
    assertThat(looks).hasValue(3);
  }

  @Test
  void otherExceptionsEndTheWaitAtOnce() {
    assertThatThrownBy(
            () ->
                Await.until(
                    () -> {
                      throw new IllegalStateException("broken fake");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("broken fake");
  }

  @Test
  void anInterruptedWaitFailsAndKeepsTheInterrupt() {
    Thread.currentThread().interrupt();
    assertThatThrownBy(() -> Await.until("something", () -> false))
        .isInstanceOf(AssertionError.class)
        .hasMessage("interrupted while waiting for something");
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
  }
}
