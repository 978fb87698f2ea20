package dk.skoletjenesten.katalog.preflight;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads one simple property from an XMP packet, written either as an element or as an attribute of
 * {@code rdf:Description}. Plain namespace-aware DOM, so that any writer's XMP can be read.
 */
final class XmpProperty {
  private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

  private XmpProperty() {}

  static Optional<String> find(byte[] xmp, String namespace, String name) throws IOException {
    Document document = parse(xmp);
    NodeList elements = document.getElementsByTagNameNS(namespace, name);
    if (elements.getLength() > 0) {
      return Optional.of(elements.item(0).getTextContent().strip());
    }
    NodeList descriptions = document.getElementsByTagNameNS(RDF, "Description");
    for (int i = 0; i < descriptions.getLength(); i++) {
      Attr attribute = ((Element) descriptions.item(i)).getAttributeNodeNS(namespace, name);
      if (attribute != null) {
        return Optional.of(attribute.getValue().strip());
      }
    }
    return Optional.empty();
  }

  private static Document parse(byte[] xmp) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new ByteArrayInputStream(xmp));
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
