package dev.asciicall.net;

import com.esotericsoftware.minlog.Log;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends KryoNet's log to slf4j as one line per event: a hostile peer's garbage must produce a log
 * line, not a stack trace on the user's console. Info chatter ("Connecting...") is dropped.
 */
final class KryoLogging {

  private static final Logger LOG = LoggerFactory.getLogger("kryonet");

  private KryoLogging() {}

  static synchronized void install() {
    Log.set(Log.LEVEL_WARN);
    Log.setLogger(
        new Log.Logger() {
          @Override
          public void log(int level, String category, String message, Throwable cause) {
            String line = cause == null ? message : message + ": " + rootMessage(cause);
            if (level >= Log.LEVEL_ERROR) {
              LOG.warn(line);
            } else {
              LOG.debug(line);
            }
          }
        });
  }

  private static String rootMessage(Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.toString();
  }
}
