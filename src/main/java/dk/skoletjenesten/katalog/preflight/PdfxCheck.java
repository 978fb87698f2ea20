package dk.skoletjenesten.katalog.preflight;

import dk.skoletjenesten.katalog.print.PrintStandard;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * The document-level keys PDF/X requires: exactly one GTS_PDFX output intent naming the expected
 * condition (with an embedded CMYK profile for PDF/X-4), GTS_PDFXVersion in Info (and XMP for
 * PDF/X-4), Trapped True or False, a document /ID, no encryption, a PDF version the standard
 * allows. JavaScript is {@link JavaScriptCheck}'s business.
 */
final class PdfxCheck {
  static final String FIELD = "pdfx";
  private static final String X1A_2001 = PrintStandard.PDF_X_1A.gtsVersion();
  private static final String X1A_2001_CONFORMANCE =
      PrintStandard.PDF_X_1A.gtsConformance().orElseThrow();

  /** PDF/X-1a:2003 (PDF 1.4) is accepted as well, though finishing writes PDF/X-1a:2001. */
  private static final String X1A_2003 = "PDF/X-1a:2003";

  private static final float X1A_2003_PDF_VERSION = 1.4f;
  private static final String X4 = PrintStandard.PDF_X_4.gtsVersion();

  private final Findings findings;
  private final PreflightProfile profile;

  PdfxCheck(Findings findings, PreflightProfile profile) {
    this.findings = findings;
    this.profile = profile;
  }

  private boolean x4() {
    return profile.requires(PrintStandard.PDF_X_4);
  }

  void check(PDDocument document) {
    if (document.isEncrypted()) {
      findings.error(FIELD, "document is encrypted");
    }
    COSArray id = document.getDocument().getTrailer().getCOSArray(COSName.ID);
    if (id == null || id.size() != 2) {
      findings.error(FIELD, "document has no /ID");
    }
    outputIntent(document.getDocumentCatalog().getOutputIntents());
    PDDocumentInformation info = document.getDocumentInformation();
    String version = info.getCustomMetadataValue("GTS_PDFXVersion");
    versionKeys(version, info.getCustomMetadataValue("GTS_PDFXConformance"));
    pdfVersion(document.getVersion(), version);
    trapped(info.getTrapped());
    if (x4()) {
      xmp(document.getDocumentCatalog().getMetadata());
    }
  }

  private void outputIntent(List<PDOutputIntent> intents) {
    List<PDOutputIntent> pdfx =
        intents.stream()
            .filter(
                intent ->
                    COSName.getPDFName("GTS_PDFX")
                        .equals(intent.getCOSObject().getCOSName(COSName.S)))
            .toList();
    if (pdfx.size() != 1) {
      findings.error(
          FIELD,
          (pdfx.isEmpty() ? "no" : String.valueOf(pdfx.size()))
              + " GTS_PDFX output intent"
              + (pdfx.size() > 1 ? "s" : "")
              + ", expected exactly one");
      return;
    }
    PDOutputIntent intent = pdfx.get(0);
    String identifier = intent.getOutputConditionIdentifier();
    String expected = profile.condition().identifier();
    if (identifier == null || identifier.isBlank()) {
      findings.error(FIELD, "output intent has no OutputConditionIdentifier, expected " + expected);
    } else if (!identifier.toUpperCase(Locale.ROOT).contains(expected)) {
      findings.error(FIELD, "output condition is \"" + identifier + "\", expected " + expected);
    }
    outputProfile(intent);
  }

  private void outputProfile(PDOutputIntent intent) {
    COSStream outputProfile = intent.getDestOutputIntent();
    if (outputProfile == null && x4()) {
      findings.error(
          FIELD,
          "output intent has no embedded output profile (DestOutputProfile),"
              + " required by PDF/X-4");
    } else if (outputProfile == null && intent.getRegistryName() == null) {
      findings.error(
          FIELD, "output intent has neither an embedded output profile nor a" + " RegistryName");
    } else if (outputProfile != null && outputProfile.getInt(COSName.N) != 4) {
      findings.error(
          FIELD,
          "output profile has "
              + outputProfile.getInt(COSName.N)
              + " colour components, expected 4 (CMYK)");
    }
  }

  private void versionKeys(String version, String conformance) {
    if (x4()) {
      if (version == null || !version.startsWith(X4)) {
        findings.error(FIELD, versionFound(version, "Info") + ", expected \"" + X4 + "\"");
      }
    } else if (X1A_2001.equals(version)) {
      if (!X1A_2001_CONFORMANCE.equals(conformance)) {
        findings.error(
            FIELD,
            (conformance == null
                    ? "GTS_PDFXConformance is missing from Info"
                    : "GTS_PDFXConformance in Info is \"" + conformance + "\"")
                + ", expected \""
                + X1A_2001_CONFORMANCE
                + "\"");
      }
    } else if (!X1A_2003.equals(version)) {
      findings.error(
          FIELD,
          versionFound(version, "Info")
              + ", expected \""
              + X1A_2001
              + "\" (with GTS_PDFXConformance \""
              + X1A_2001_CONFORMANCE
              + "\") or \""
              + X1A_2003
              + "\"");
    }
  }

  private static String versionFound(String version, String where) {
    return version == null
        ? "GTS_PDFXVersion is missing from " + where
        : "GTS_PDFXVersion in " + where + " is \"" + version + "\"";
  }

  private void pdfVersion(float found, String version) {
    float allowed =
        x4()
            ? PrintStandard.PDF_X_4.headerVersion()
            : X1A_2001.equals(version)
                ? PrintStandard.PDF_X_1A.headerVersion()
                : X1A_2003_PDF_VERSION;
    if (found > allowed + 0.001f) {
      findings.error(
          FIELD,
          String.format(
              Locale.ROOT,
              "PDF version %.1f, expected at most %.1f" + " for %s",
              found,
              allowed,
              profile.standardLabel()));
    }
  }

  private void trapped(String trapped) {
    if (trapped == null) {
      findings.error(FIELD, "Trapped is missing from Info, expected True or False");
    } else if (!trapped.equals("True") && !trapped.equals("False")) {
      findings.error(FIELD, "Trapped in Info is " + trapped + ", expected True or False");
    }
  }

  private void xmp(PDMetadata metadata) {
    if (metadata == null) {
      findings.error(FIELD, "XMP metadata is missing, required by PDF/X-4");
      return;
    }
    try {
      Optional<String> version =
          XmpProperty.find(metadata.toByteArray(), PrintStandard.XMP_NAMESPACE, "GTS_PDFXVersion");
      if (version.isEmpty() || !version.get().startsWith(X4)) {
        findings.error(
            FIELD,
            versionFound(version.orElse(null), "the XMP metadata") + ", expected \"" + X4 + "\"");
      }
    } catch (IOException e) {
      findings.error(FIELD, "XMP metadata cannot be read: " + e.getMessage());
    }
  }
}
