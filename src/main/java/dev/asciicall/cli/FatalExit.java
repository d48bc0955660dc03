package dev.asciicall.cli;

/**
 * What a headless host or participant does when one of its network threads dies of an error (out of
 * memory, say): one line on stderr and exit code 1 at once, so a supervisor (systemd, a script)
 * sees the failure and can restart it, instead of a process that looks alive with its ports held.
 * Runs on the failing thread; {@code halt}, because shutdown hooks could hang on the broken call.
 */
final class FatalExit {

  private FatalExit() {}

  static void now(Throwable error) {
    try {
      System.err.println("asciicall: " + describe(error) + "; exiting");
      System.err.flush();
    } finally {
      Runtime.getRuntime().halt(Cli.EXIT_FAILURE);
    }
  }

  static String describe(Throwable error) {
    String where = " on thread " + Thread.currentThread().getName();
    if (error instanceof OutOfMemoryError) {
      return "out of memory (" + error.getMessage() + ")" + where;
    }
    return "fatal error" + where + ": " + error;
  }
}
