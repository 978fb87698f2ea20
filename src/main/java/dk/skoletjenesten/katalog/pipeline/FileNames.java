package dk.skoletjenesten.katalog.pipeline;

import dk.skoletjenesten.katalog.registry.Municipality;
import java.text.Normalizer;
import java.util.Locale;

/** Stable, printer-safe file names: ASCII, lowercase, Danish letters spelled out. */
final class FileNames {
  private FileNames() {}

  /** {@code 860-hjoerring} for Hjørring Kommune. */
  static String forMunicipality(Municipality municipality) {
    return municipality.code() + "-" + slug(municipality.shortName());
  }

  static String slug(String text) {
    String danish =
        text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
    String ascii = Normalizer.normalize(danish, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
