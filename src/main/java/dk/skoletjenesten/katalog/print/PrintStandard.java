package dk.skoletjenesten.katalog.print;

import java.util.Optional;

/**
 * The PDF/X flavour a file is made to and checked against.
 *
 * <p>PDF/X-1a is written as PDF/X-1a:2001 (ISO 15930-1), the flavour Flying Saucer and most
 * printers know: header {@code %PDF-1.3}, Info {@code GTS_PDFXVersion} {@code PDF/X-1:2001} and
 * {@code GTS_PDFXConformance} {@code PDF/X-1a:2001}, no XMP (PDF 1.3 has no metadata streams).
 */
public enum PrintStandard {
  /** ISO 15930-7:2010: transparency and ICC colour allowed, output profile embedded. */
  PDF_X_4("PDF/X-4", "PDF/X-4", null, 1.6f),
  /** ISO 15930-1:2001: CMYK, gray and spot colour only, no transparency. */
  PDF_X_1A("PDF/X-1a", "PDF/X-1:2001", "PDF/X-1a:2001", 1.3f);

  /** The XMP namespace of {@code pdfxid:GTS_PDFXVersion}. */
  public static final String XMP_NAMESPACE = "http://www.npes.org/pdfx/ns/id/";

  private final String key;
  private final String gtsVersion;
  private final String gtsConformance;
  private final float headerVersion;

  PrintStandard(String key, String gtsVersion, String gtsConformance, float headerVersion) {
    this.key = key;
    this.gtsVersion = gtsVersion;
    this.gtsConformance = gtsConformance;
    this.headerVersion = headerVersion;
  }

  /** The word in edition.json ({@code print.standard}), manifest.json and messages. */
  public String key() {
    return key;
  }

  /** The value of {@code GTS_PDFXVersion}. */
  public String gtsVersion() {
    return gtsVersion;
  }

  /** The value of {@code GTS_PDFXConformance}, when the standard has one. */
  public Optional<String> gtsConformance() {
    return Optional.ofNullable(gtsConformance);
  }

  /** The PDF version written in the file header, the highest the standard allows. */
  public float headerVersion() {
    return headerVersion;
  }

  /** Whether the file carries XMP metadata (PDF 1.3 has no metadata streams). */
  public boolean hasXmp() {
    return this == PDF_X_4;
  }

  /** Whether the output intent must embed the output profile (PDF/X-4 may not name it only). */
  public boolean embedsOutputProfile() {
    return this == PDF_X_4;
  }

  /**
   * The one rule between standard and printing condition: a standard that embeds the output profile
   * needs a condition whose profile is bundled, so PDF/X-4 refuses FOGRA51.
   */
  public boolean accepts(OutputCondition condition) {
    return !embedsOutputProfile() || condition.profileResource().isPresent();
  }
}
