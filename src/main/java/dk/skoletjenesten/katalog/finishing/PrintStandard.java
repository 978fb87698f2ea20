package dk.skoletjenesten.katalog.finishing;

/**
 * The PDF/X flavour a finished file conforms to.
 *
 * <p>PDF/X-1a is written as PDF/X-1a:2001 (ISO 15930-1), the flavour Flying Saucer and most
 * printers know: header {@code %PDF-1.3}, Info {@code GTS_PDFXVersion} {@code PDF/X-1:2001} and
 * {@code GTS_PDFXConformance} {@code PDF/X-1a:2001}, no XMP (PDF 1.3 has no metadata streams).
 */
public enum PrintStandard {
  /** ISO 15930-7:2010: transparency and ICC colour allowed, output profile embedded. */
  PDF_X_4("PDF/X-4", null, 1.6f),
  /** ISO 15930-1:2001: CMYK, gray and spot colour only, no transparency. */
  PDF_X_1A("PDF/X-1:2001", "PDF/X-1a:2001", 1.3f);

  private final String version;
  private final String conformance;
  private final float pdfVersion;

  PrintStandard(String version, String conformance, float pdfVersion) {
    this.version = version;
    this.conformance = conformance;
    this.pdfVersion = pdfVersion;
  }

  /** The value of {@code GTS_PDFXVersion}. */
  public String version() {
    return version;
  }

  /** The value of {@code GTS_PDFXConformance}, or null when the standard has none. */
  String conformance() {
    return conformance;
  }

  /** The PDF version written in the file header. */
  float pdfVersion() {
    return pdfVersion;
  }

  boolean hasXmp() {
    return this == PDF_X_4;
  }
}
