package dk.skoletjenesten.katalog.xhtml;

import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A DOM as text that is both well-formed XML and read the same by an HTML parser: an HTML doctype
 * (standards mode), void elements self-closed and every other element with an end tag, text and
 * attributes escaped; attributes in the DOM's (sorted) order.
 */
final class PolyglotWriter {
  private static final Set<String> VOID =
      Set.of(
          "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
          "track", "wbr");

  private PolyglotWriter() {}

  static String write(Document doc) {
    StringBuilder out = new StringBuilder("<!DOCTYPE html>\n");
    for (Node n = doc.getFirstChild(); n != null; n = n.getNextSibling()) {
      node(n, out);
      if (n.getNodeType() == Node.COMMENT_NODE) {
        out.append('\n');
      }
    }
    return out.append('\n').toString();
  }

  private static void node(Node node, StringBuilder out) {
    switch (node.getNodeType()) {
      case Node.ELEMENT_NODE -> element((Element) node, out);
      case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> text(node.getNodeValue(), out);
      case Node.COMMENT_NODE -> out.append("<!--").append(node.getNodeValue()).append("-->");
      default -> {} // processing instructions and doctypes have no place in the kept page
    }
  }

  private static void element(Element element, StringBuilder out) {
    String name = element.getTagName();
    out.append('<').append(name);
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr a = (Attr) attributes.item(i);
      out.append(' ').append(a.getName()).append("=\"");
      attribute(a.getValue(), out);
      out.append('"');
    }
    if (VOID.contains(element.getLocalName()) && !element.hasChildNodes()) {
      out.append("/>");
      return;
    }
    out.append('>');
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      node(n, out);
    }
    out.append("</").append(name).append('>');
  }

  private static void text(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        default -> out.append(c);
      }
    }
  }

  private static void attribute(String value, StringBuilder out) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
  }
}
