package dev.asciicall.ui.call;

/**
 * Asks the user a {@link Question} and runs the action only if they agree. The window answers with
 * a dialog owned by it; tests answer yes or no at once. FX thread; may return before the answer.
 */
@FunctionalInterface
public interface Confirmations {

  /** Acts without asking: for models used without a window. */
  Confirmations ALWAYS_YES = (question, action) -> action.run();

  void ask(Question question, Runnable action);
}
