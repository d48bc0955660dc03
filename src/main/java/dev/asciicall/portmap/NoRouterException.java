package dev.asciicall.portmap;

import java.io.IOException;

/** Nothing answered a port-mapping request, or there is nobody to ask (no known gateway). */
public final class NoRouterException extends IOException {

  private static final long serialVersionUID = 1L;

  public NoRouterException(String message) {
    super(message);
  }
}
