package dev.asciicall.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asciicall.testing.UnitTest;
import dev.asciicall.ui.feed.TileViewModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@UnitTest
class ParticipantsViewModelTest {

  @Test
  void meFirstThenOthersInJoinOrderWithoutDuplicates() {
    ParticipantsViewModel people = new ParticipantsViewModel();
    TileViewModel ada = people.join(TileViewModel.forParticipant("p2", "Ada"));
    people.join(TileViewModel.forMe("p1", "You"));
    people.join(TileViewModel.forParticipant("p3", "Bob"));

    assertThat(people.join(TileViewModel.forParticipant("p2", "Ada again"))).isSameAs(ada);
    assertThat(people.participants())
        .extracting(TileViewModel::participantId)
        .containsExactly("p1", "p2", "p3");

    people.leave("p2");
    assertThat(people.find("p2")).isEmpty();
    people.clearOthers();
    assertThat(people.participants()).extracting(TileViewModel::isMe).containsExactly(true);
  }

  @Test
  void onlyTheHostMayRemoveAndNeverThemselves() {
    ParticipantsViewModel people = new ParticipantsViewModel();
    TileViewModel me = people.join(TileViewModel.forMe("p1", "You"));
    TileViewModel ada = people.join(TileViewModel.forParticipant("p2", "Ada"));
    assertThat(people.canRemove().get()).isFalse();
    assertThat(people.remove(ada)).isFalse();

    List<String> removed = new ArrayList<>();
    people.removeActionProperty().set(participant -> removed.add(participant.participantId()));
    assertThat(people.canRemove().get()).isTrue();
    assertThat(people.remove(me)).isFalse();
    assertThat(people.remove(ada)).isTrue();
    assertThat(removed).containsExactly("p2");
  }
}
