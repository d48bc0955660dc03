package dev.asciicall.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The door's caps and deadline, on a clock the test moves. */
@Tag("unit")
@UnitTest
class AdmissionGateTest {

  private final AtomicLong nanos = new AtomicLong();
  private final AdmissionGate<String> gate = new AdmissionGate<>(nanos::get, 4, 2);

  @Test
  void strangersAreCappedPerAddressAndInTotalAndRefusalsAreCounted() {
    assertThat(gate.accepted("a1", "10.0.0.1")).isTrue();
    assertThat(gate.accepted("a2", "10.0.0.1")).isTrue();
    assertThat(gate.accepted("a3", "10.0.0.1")).as("third from one address").isFalse();
    assertThat(gate.accepted("b1", "10.0.0.2")).isTrue();
    assertThat(gate.accepted("c1", "10.0.0.3")).isTrue();
    assertThat(gate.accepted("d1", "10.0.0.4")).as("fifth in all").isFalse();

    assertThat(gate.counters()).isEqualTo(new GateCounters(4, 1, 1, 0));
  }

  @Test
  void aWelcomedOrClosedStrangerFreesItsPlace() {
    gate.accepted("a1", "10.0.0.1");
    gate.accepted("a2", "10.0.0.1");
    gate.admitted("a1");
    gate.closed("a2");

    assertThat(gate.accepted("a3", "10.0.0.1")).isTrue();
    assertThat(gate.accepted("a4", "10.0.0.1")).isTrue();
    assertThat(gate.counters().strangers()).isEqualTo(2);
  }

  @Test
  void strangersArePastTheirDeadlineExactlyWhenItComesWhateverTheyDid() {
    gate.accepted("early", "10.0.0.1");
    nanos.addAndGet(1_000_000_000L);
    gate.accepted("later", "10.0.0.2");

    nanos.set(AdmissionGate.DEADLINE_NANOS - 1);
    assertThat(gate.overdue()).isEmpty();
    nanos.set(AdmissionGate.DEADLINE_NANOS);
    assertThat(gate.overdue()).containsExactly("early");
    nanos.addAndGet(1_000_000_000L);
    assertThat(gate.overdue()).containsExactly("later");

    assertThat(gate.counters()).isEqualTo(new GateCounters(0, 0, 0, 2));
    assertThat(gate.stranger("early")).isFalse();
  }

  @Test
  void theHelloDeadlineCountsAsTimedOut() {
    gate.accepted("quiet", "10.0.0.1");
    gate.timedOut("quiet");
    gate.timedOut("never-seen");

    assertThat(gate.counters()).isEqualTo(new GateCounters(0, 0, 0, 1));
  }
}
