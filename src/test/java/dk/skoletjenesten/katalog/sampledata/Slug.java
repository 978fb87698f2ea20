package dk.skoletjenesten.katalog.sampledata;

import java.text.Normalizer;
import java.util.Locale;

/** Lowercase ASCII slugs for ids: "Tønder Egnsarkiv" becomes "toender-egnsarkiv". */
final class Slug {
  private Slug() {}

  static String of(String text) {
    String s =
        text.toLowerCase(Locale.ROOT)
            .replace("æ", "ae")
            .replace("ø", "oe")
            .replace("å", "aa")
            .replace("&", " og ");
    s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return s;
  }

  /** A slug cut at a word boundary so it is at most {@code max} characters long. */
  static String of(String text, int max) {
    String s = of(text);
    if (s.length() <= max) {
      return s;
    }
    int cut = s.lastIndexOf('-', max);
    return s.substring(0, cut > 0 ? cut : max);
  }
}
