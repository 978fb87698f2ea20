package dk.skoletjenesten.katalog.xhtml;

import dk.skoletjenesten.katalog.pdf.RenderedXhtml;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * One rendered XHTML document made ready for a browser, as it was laid out otherwise: its links
 * point to the files beside it ({@link Assets}: the layouts' CSS, data images, QR codes as SVG,
 * charts as PNG), its CMYK colours are RGB, and its head links the fonts ({@code fonts/fonts.css})
 * and {@code browser.css} before the layouts' stylesheets. Written as XHTML that an HTML parser
 * reads the same way (an HTML doctype, a charset, no self-closed element that is not void).
 */
final class BrowserDocument {
  static final String FONTS_CSS = "fonts/fonts.css";
  static final String BROWSER_CSS = "browser.css";

  private static final Set<String> KEPT_SCHEMES = Set.of("http", "https", "mailto", "tel", "data");
  private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]+)\\1\\s*\\)");

  private final Path layoutsDir;
  private final Assets assets;

  BrowserDocument(Path layoutsDir, Assets assets) {
    this.layoutsDir = layoutsDir.toAbsolutePath().normalize();
    this.assets = assets;
  }

  /**
   * {@code xhtml} (one of {@code rendered}'s documents) as it is kept at {@code path} in DIR, e.g.
   * {@code inserts/580-aabenraa.html}; the files it links are added to the assets.
   */
  String convert(String xhtml, RenderedXhtml rendered, String path) {
    Document doc = parse(xhtml, path);
    String up = "../".repeat((int) path.chars().filter(c -> c == '/').count());
    rewrite(doc.getDocumentElement(), rendered, up);
    addHead(doc, up);
    return PolyglotWriter.write(doc);
  }

  private void rewrite(Element element, RenderedXhtml rendered, String up) {
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      String name = attribute.getName();
      if (name.equals("src") || name.equals("href")) {
        attribute.setValue(link(attribute.getValue(), rendered, up));
      } else if (name.equals("style")) {
        attribute.setValue(css(attribute.getValue(), rendered, up));
      }
    }
    boolean style = element.getLocalName().equals("style");
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child instanceof Element e) {
        rewrite(e, rendered, up);
      } else if (style
          && (child.getNodeType() == Node.TEXT_NODE
              || child.getNodeType() == Node.CDATA_SECTION_NODE)) {
        assets.running(child.getNodeValue());
        child.setNodeValue(css(child.getNodeValue(), rendered, up));
      }
    }
  }

  private String css(String css, RenderedXhtml rendered, String up) {
    Matcher m = CSS_URL.matcher(BrowserColours.translate(css));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String url = link(m.group(2).strip(), rendered, up);
      m.appendReplacement(out, Matcher.quoteReplacement("url(\"" + url + "\")"));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Where {@code value} points in DIR, relative to the document ({@code up} leads to DIR). */
  private String link(String value, RenderedXhtml rendered, String up) {
    if (value.isEmpty() || value.startsWith("#")) {
      return value;
    }
    URI uri = parse(value);
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (KEPT_SCHEMES.contains(scheme)) {
      return value;
    }
    String part = uri.getRawSchemeSpecificPart();
    return up
        + switch (scheme) {
          case "qr" -> assets.qr(decode(part));
          case "image" -> assets.image(decode(part));
          case "chart" -> chart(decode(part), rendered);
          case "", "file" -> assets.layoutFile(file(rendered.baseDir(), value));
          default -> throw new IllegalStateException("cannot keep the link " + value);
        };
  }

  private String chart(String id, RenderedXhtml rendered) {
    byte[] pdf = rendered.charts().get(id);
    if (pdf == null) {
      throw new IllegalStateException("the chart " + id + " was not drawn in this document");
    }
    return assets.chart(id, pdf);
  }

  private Path file(Path baseDir, String value) {
    Path file = Path.of(baseDir.toAbsolutePath().toUri().resolve(value)).normalize();
    if (!file.startsWith(layoutsDir)) {
      throw new IllegalStateException(
          "cannot keep the link " + value + ": outside the layouts folder " + layoutsDir);
    }
    return file;
  }

  /** The fonts, the browser stylesheet and the charset, first in the head. */
  private static void addHead(Document doc, String up) {
    Element html = doc.getDocumentElement();
    Element head = firstChild(html, "head");
    Node first = head.getFirstChild();
    String ns = html.getNamespaceURI();
    Element meta = doc.createElementNS(ns, "meta");
    meta.setAttribute("charset", "UTF-8");
    head.insertBefore(meta, first);
    for (String css : new String[] {FONTS_CSS, BROWSER_CSS}) {
      Element link = doc.createElementNS(ns, "link");
      link.setAttribute("rel", "stylesheet");
      link.setAttribute("type", "text/css");
      link.setAttribute("href", up + css);
      head.insertBefore(link, first);
    }
  }

  private static Element firstChild(Element parent, String localName) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getLocalName().equals(localName)) {
        return e;
      }
    }
    throw new IllegalStateException("the document has no " + localName);
  }

  private static Document parse(String xhtml, String path) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      return builder.parse(new InputSource(new StringReader(xhtml)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalStateException("cannot read the rendered XHTML of " + path, e);
    }
  }

  private static URI parse(String value) {
    try {
      return new URI(value);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot keep the link " + value + ": not a URI", e);
    }
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
