package dev.asciicall.portmap;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * One UPnP action over SOAP 1.1 (UDA 1.1 section 3.2): a POST of the action element with its
 * arguments in order, and either the response element's output arguments or the UPnPError's code
 * and description.
 */
final class SoapCall {

  private SoapCall() {}

  /** The router answered an action with a UPnP error (HTTP 500 and a SOAP fault). */
  static final class UpnpError extends Exception {
    private static final long serialVersionUID = 1L;
    private final int code;
    private final String description;

    UpnpError(int code, String description) {
      super(code + " " + description);
      this.code = code;
      this.description = description;
    }

    int code() {
      return code;
    }

    String description() {
      return description;
    }
  }

  /**
   * Invokes {@code action} and returns its output arguments by name.
   *
   * @throws UpnpError if the router refused the action
   * @throws IOException if it did not answer, or not with SOAP
   */
  static Map<String, String> invoke(
      IgdDescription.ControlPoint service,
      String action,
      Map<String, String> arguments,
      Duration timeout)
      throws IOException, UpnpError {
    StringBuilder body = new StringBuilder();
    body.append("<?xml version=\"1.0\"?>\r\n")
        .append("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"")
        .append(" s:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\">")
        .append("<s:Body><u:")
        .append(action)
        .append(" xmlns:u=\"")
        .append(service.serviceType())
        .append("\">");
    arguments.forEach(
        (name, value) ->
            body.append('<')
                .append(name)
                .append('>')
                .append(UpnpHttp.escape(value))
                .append("</")
                .append(name)
                .append('>'));
    body.append("</u:").append(action).append("></s:Body></s:Envelope>\r\n");
    UpnpHttp.Response response =
        UpnpHttp.post(
            service.controlUrl(), service.serviceType() + "#" + action, body.toString(), timeout);
    if (response.status() == 200) {
      return outputs(response.body(), action + "Response");
    }
    if (response.status() == 500) {
      Optional<UpnpError> error = fault(response.body());
      if (error.isPresent()) {
        throw error.get();
      }
      throw new IOException("the router failed " + action + " (HTTP 500)");
    }
    throw new IOException("the router answered " + action + " with HTTP " + response.status());
  }

  private static Map<String, String> outputs(byte[] xml, String responseName) throws IOException {
    Document document = UpnpHttp.parseXml(xml);
    NodeList matches = document.getElementsByTagNameNS("*", responseName);
    if (matches.getLength() == 0) {
      throw new IOException("the router's answer has no " + responseName);
    }
    Map<String, String> outputs = new LinkedHashMap<>();
    NodeList children = matches.item(0).getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child.getNodeType() == Node.ELEMENT_NODE) {
        outputs.put(child.getLocalName(), child.getTextContent().trim());
      }
    }
    return outputs;
  }

  private static Optional<UpnpError> fault(byte[] xml) {
    try {
      Element root = UpnpHttp.parseXml(xml).getDocumentElement();
      Optional<String> code = IgdDescription.firstText(root, "errorCode");
      Optional<String> description = IgdDescription.firstText(root, "errorDescription");
      if (code.isPresent()) {
        return Optional.of(
            new UpnpError(
                Integer.parseInt(code.get().trim()),
                description.map(String::trim).map(SoapCall::printable).orElse("")));
      }
    } catch (IOException | NumberFormatException e) {
      // A 500 without a readable UPnPError.
    }
    return Optional.empty();
  }

  /** The router's own text, cut short and stripped of control characters before anyone sees it. */
  private static String printable(String text) {
    String cleaned =
        text.codePoints()
            .filter(c -> !Character.isISOControl(c))
            .limit(80)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    return cleaned;
  }
}
