package org.ricercar.archive.scores;

import java.io.InputStream;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.events.EntityDeclaration;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * The only way the archive reads XML: the JDK's streaming parser, hardened. A DOCTYPE is allowed
 * (MusicXML declares one) but its external subset is never loaded; a document that declares an
 * external entity is rejected; entity expansion is limited; nothing reaches the network or the file
 * system. Readers see {@link RejectedFileException} instead of parser exceptions.
 */
public final class SafeXml {

  private SafeXml() {}

  /**
   * A streaming reader over the document. The caller closes the stream; parse errors surface as
   * {@link RejectedFileException} from {@code next()} with the parser's position.
   */
  public static XMLStreamReader open(InputStream in, IngestLimits limits) {
    try {
      return new Guarded(factory(limits).createXMLStreamReader(in));
    } catch (XMLStreamException e) {
      throw rejection(e);
    }
  }

  /** Turns a parser exception into the reason a librarian sees. */
  public static RejectedFileException rejection(XMLStreamException e) {
    if (e.getCause() instanceof RejectedFileException rejected) {
      return rejected;
    }
    String message = e.getMessage() == null ? "unreadable XML" : e.getMessage();
    if (message.contains("JAXP00010001") || message.contains("JAXP00010004")) {
      return new RejectedFileException("too many entity expansions (an entity-expansion bomb)", e);
    }
    int detail = message.indexOf("Message: ");
    String reason = detail >= 0 ? message.substring(detail + 9).trim() : message.trim();
    var location = e.getLocation();
    String where =
        location == null || location.getLineNumber() < 0
            ? ""
            : " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    return new RejectedFileException("malformed XML" + where + ": " + reason, e);
  }

  private static XMLInputFactory factory(IngestLimits limits) {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, true);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setProperty("http://java.sun.com/xml/stream/properties/ignore-external-dtd", true);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(
        "jdk.xml.entityExpansionLimit", String.valueOf(limits.maxEntityExpansions()));
    factory.setProperty("jdk.xml.totalEntitySizeLimit", "100000");
    factory.setProperty("jdk.xml.maxGeneralEntitySizeLimit", "10000");
    factory.setProperty("jdk.xml.maxElementDepth", "200");
    factory.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException(
              "external entity not allowed",
              new RejectedFileException("external entity not allowed"));
        });
    return factory;
  }

  /** Rejects a document whose DOCTYPE declares an external entity, before it is used. */
  private static final class Guarded extends StreamReaderDelegate {

    Guarded(XMLStreamReader reader) {
      super(reader);
    }

    @Override
    public int next() throws XMLStreamException {
      try {
        int event = super.next();
        if (event == XMLStreamConstants.DTD) {
          refuseExternalEntities();
        }
        return event;
      } catch (XMLStreamException e) {
        throw rejection(e);
      }
    }

    @Override
    public int nextTag() throws XMLStreamException {
      try {
        return super.nextTag();
      } catch (XMLStreamException e) {
        throw rejection(e);
      }
    }

    @Override
    public String getElementText() throws XMLStreamException {
      try {
        return super.getElementText();
      } catch (XMLStreamException e) {
        throw rejection(e);
      }
    }

    private void refuseExternalEntities() {
      if (getProperty("javax.xml.stream.entities") instanceof List<?> declarations) {
        for (Object declaration : declarations) {
          if (declaration instanceof EntityDeclaration entity
              && (entity.getSystemId() != null || entity.getPublicId() != null)) {
            throw new RejectedFileException(
                "external entity not allowed: " + entity.getName() + " → " + entity.getSystemId());
          }
        }
      }
    }
  }
}
