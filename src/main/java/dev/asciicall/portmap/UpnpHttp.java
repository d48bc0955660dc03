package dev.asciicall.portmap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * The HTTP and XML a UPnP control point needs, kept small and defensive: requests go straight to
 * the router (never through a configured proxy), follow no redirects, time out, and read at most a
 * bounded number of bytes; XML is parsed with DTDs and external entities switched off.
 */
final class UpnpHttp {

  /** A device description or SOAP answer larger than this is not one. */
  static final int MAX_BODY_BYTES = 256 * 1024;

  private UpnpHttp() {}

  /** An HTTP answer: its status and (bounded) body. */
  record Response(int status, byte[] body) {}

  static Response get(URI uri, Duration timeout) throws IOException {
    HttpURLConnection connection = open(uri, timeout);
    connection.setRequestMethod("GET");
    return read(connection);
  }

  static Response post(URI uri, String soapAction, String body, Duration timeout)
      throws IOException {
    HttpURLConnection connection = open(uri, timeout);
    connection.setRequestMethod("POST");
    connection.setDoOutput(true);
    connection.setRequestProperty("Content-Type", "text/xml; charset=\"utf-8\"");
    connection.setRequestProperty("SOAPAction", "\"" + soapAction + "\"");
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    connection.setFixedLengthStreamingMode(bytes.length);
    connection.getOutputStream().write(bytes);
    return read(connection);
  }

  private static HttpURLConnection open(URI uri, Duration timeout) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection(Proxy.NO_PROXY);
    connection.setConnectTimeout((int) timeout.toMillis());
    connection.setReadTimeout((int) timeout.toMillis());
    connection.setInstanceFollowRedirects(false);
    connection.setUseCaches(false);
    return connection;
  }

  private static Response read(HttpURLConnection connection) throws IOException {
    try {
      int status = connection.getResponseCode();
      InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
      if (in == null) {
        return new Response(status, new byte[0]);
      }
      try (in) {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
          throw new IOException("the router's answer is larger than " + MAX_BODY_BYTES + " bytes");
        }
        return new Response(status, body);
      }
    } finally {
      connection.disconnect();
    }
  }

  /** Parses untrusted XML: no DTD, no entities, no external anything. */
  static Document parseXml(byte[] xml) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      var builder = factory.newDocumentBuilder();
      // The default handler prints "[Fatal Error]" to stderr; a malformed answer is ours to report.
      builder.setErrorHandler(
          new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
              throw e;
            }
          });
      return builder.parse(new ByteArrayInputStream(xml));
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("the router sent malformed XML");
    }
  }

  /** Escapes text for an XML element's content. */
  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&apos;");
  }
}
