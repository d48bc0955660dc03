package dev.asciicall.testing;

import java.util.List;

/**
 * The three test speeds as JUnit tags, selected with {@code -Dgroups=TAG} or the {@code tier-TAG}
 * Maven profiles. Mark a class with {@link UnitTest}, {@link NetworkTest} or {@link UiTest} rather
 * than with these strings.
 */
public final class Tiers {

  public static final String UNIT = "unit";
  public static final String NETWORK = "network";
  public static final String UI = "ui";

  public static final List<String> ALL = List.of(UNIT, NETWORK, UI);

  private Tiers() {}
}
