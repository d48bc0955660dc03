package dev.asciicall.ui.call;

import java.util.Objects;

/**
 * Something the window asks before it acts, e.g. "End the call for everyone?".
 *
 * @param title the question itself, short
 * @param details what happens if the user agrees
 * @param confirm the words on the button that agrees (a verb: "End call", "Remove")
 */
public record Question(String title, String details, String confirm) {

  public Question {
    Objects.requireNonNull(title);
    Objects.requireNonNull(details);
    Objects.requireNonNull(confirm);
  }
}
