package dk.skoletjenesten.katalog.proof;

import java.util.Locale;

/**
 * Where a publication's proofs go under OUT: {@code proofs/<publication>/}, the publication being
 * the bundle path without {@code .pdf}; numbers padded so that the names sort (3 digits, more when
 * the count needs them; contact sheets 2).
 */
final class ProofNames {
  static final String ROOT = "proofs/";

  private final String folder;

  private ProofNames(String folder) {
    this.folder = folder;
  }

  /** The names for the file at {@code bundlePath}, which must end in {@code .pdf}. */
  static ProofNames of(String bundlePath) {
    if (!bundlePath.endsWith(".pdf")) {
      throw new IllegalArgumentException("a proofed file is a PDF, got " + bundlePath);
    }
    return new ProofNames(ROOT + bundlePath.substring(0, bundlePath.length() - 4) + "/");
  }

  /** Page {@code page} (from 1) of a file of {@code pages} pages: {@code p001.png}. */
  String page(int page, int pages) {
    return folder + "p" + padded(page, pages, 3) + ".png";
  }

  /** Reader spread {@code spread} (from 1) of {@code spreads}: {@code spreads/s001.png}. */
  String spread(int spread, int spreads) {
    return folder + "spreads/s" + padded(spread, spreads, 3) + ".png";
  }

  String contactSheetPdf() {
    return folder + "contact-sheet.pdf";
  }

  /** Contact sheet {@code sheet} (from 1) of {@code sheets}: {@code contact-sheet-01.png}. */
  String contactSheetPng(int sheet, int sheets) {
    return folder + "contact-sheet-" + padded(sheet, sheets, 2) + ".png";
  }

  private static String padded(int number, int count, int minDigits) {
    int digits = Math.max(minDigits, String.valueOf(count).length());
    return String.format(Locale.ROOT, "%0" + digits + "d", number);
  }
}
