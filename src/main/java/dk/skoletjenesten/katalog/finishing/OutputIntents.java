package dk.skoletjenesten.katalog.finishing;

import dk.skoletjenesten.katalog.print.OutputCondition;
import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/** Replaces whatever output intents a document has with exactly one {@code /S /GTS_PDFX}. */
final class OutputIntents {
  private static final COSName GTS_PDFX = COSName.getPDFName("GTS_PDFX");
  private static final int CMYK_COMPONENTS = 4;

  private OutputIntents() {}

  static void replace(PDDocument document, OutputCondition condition) throws IOException {
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    catalog.getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
    catalog.addOutputIntent(intent(document, condition));
  }

  private static PDOutputIntent intent(PDDocument document, OutputCondition condition)
      throws IOException {
    COSDictionary dictionary = new COSDictionary();
    dictionary.setItem(COSName.TYPE, COSName.OUTPUT_INTENT);
    dictionary.setItem(COSName.S, GTS_PDFX);
    PDOutputIntent intent = new PDOutputIntent(dictionary);
    intent.setOutputConditionIdentifier(condition.identifier());
    intent.setOutputCondition(condition.description());
    intent.setRegistryName(OutputCondition.REGISTRY);
    intent.setInfo(condition.description());
    if (condition.profileResource().isPresent()) {
      dictionary.setItem(
          COSName.DEST_OUTPUT_PROFILE, profile(document, condition.profileResource().get()));
    }
    return intent;
  }

  private static PDStream profile(PDDocument document, String resource) throws IOException {
    try (InputStream in = OutputIntents.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("output profile " + resource + " is missing from the class path");
      }
      PDStream stream = new PDStream(document, in, COSName.FLATE_DECODE);
      stream.getCOSObject().setInt(COSName.N, CMYK_COMPONENTS);
      return stream;
    }
  }
}
