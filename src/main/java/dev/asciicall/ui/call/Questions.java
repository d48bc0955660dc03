package dev.asciicall.ui.call;

/** What the window asks before it acts for everyone: the words, in one place. */
final class Questions {

  private Questions() {}

  /** A host leaving with others in the call ends it for them. */
  static Question endForEveryone(String callName, int others) {
    String name = callName.isBlank() ? "the call" : "'" + callName + "'";
    return new Question(
        "End the call for everyone?",
        "You are hosting "
            + name
            + ": leaving ends it, and "
            + (others == 1 ? "the other person is" : "the " + others + " others are")
            + " disconnected.",
        "End call");
  }

  /** Removing someone disconnects them at once. */
  static Question remove(String name) {
    return new Question(
        "Remove " + name + " from the call?",
        name
            + " is disconnected at once. They can join again unless you lock the call"
            + " (Call → Lock call).",
        "Remove");
  }
}
