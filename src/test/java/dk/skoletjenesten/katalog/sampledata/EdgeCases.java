package dk.skoletjenesten.katalog.sampledata;

import java.util.Map;

/**
 * The deliberate edge cases in the sample, kept in one place so they are easy to find: cells that
 * need CSV quoting, a name with "&", titles with markup characters and a very long word, and the
 * institutions that have logos.
 */
final class EdgeCases {
  /** Extra description text: a quote, a semicolon and a line break exercise CSV quoting. */
  static final Map<String, String> DESCRIPTION_TAILS =
      Map.of(
          "vaerkstedet-ler-og-lys",
          "Værkstedets motto er \"rør gerne ved tingene\", og det gælder også for skoleklasser.",
          "toender-egnsarkiv",
          "Læsesalen er åben tirsdag og torsdag.\nSkoleklasser kan også komme på andre hverdage efter aftale.",
          "naturskolen-ved-loenstrup-strand",
          "Skoleklasser kommer mandag til torsdag; fredag er forbeholdt dagtilbud.",
          "teater-vestkysten",
          "Teatret spiller \"Storm\" og andre forestillinger på egen scene; turnéplanen ligger på hjemmesiden.",
          "aabenraa-musikskole",
          "Kontakt musikskolens kontor for at høre om ledige tider;\nmange forløb kan også foregå på skolen.");

  /** Institutions with a logo file in images/. */
  static final Map<String, String> LOGOS =
      Map.of(
          "teater-vestkysten", "teater-vestkysten.png",
          "naturskolen-ved-loenstrup-strand", "naturskolen-ved-loenstrup-strand.png",
          "vaerkstedet-ler-og-lys", "vaerkstedet-ler-og-lys.png",
          "toender-egnsarkiv", "toender-egnsarkiv.png",
          "aabenraa-musikskole", "aabenraa-musikskole.png");

  /** An offer title with characters that are markup in HTML and XML. */
  static final String MARKUP_TITLE = "Byg din første hjemmeside: <h1>, <p> & \"tags\" forklaret";

  static final String MARKUP_INSTITUTION = "fablab-nordvest";

  /** A Danish compound of exactly 60 letters, for line breaking. */
  static final String LONG_WORD = "Drikkevandsforsyningssikkerhedsberedskabsplanlægningsarbejde";

  static final String LONG_WORD_TITLE = LONG_WORD + " – et rollespil om rent vand";
  static final String LONG_WORD_INSTITUTION = "koege-forsyning";

  /** Topics reserved for the edge-case offers: institution id to topic title. */
  static final Map<String, String> FORCED_TOPICS =
      Map.of(
          MARKUP_INSTITUTION, "Byg din første hjemmeside",
          LONG_WORD_INSTITUTION, "Beredskab for rent drikkevand");

  /** Titles that replace the topic's own title for the forced topics. */
  static final Map<String, String> FORCED_TITLES =
      Map.of(
          "Byg din første hjemmeside", MARKUP_TITLE,
          "Beredskab for rent drikkevand", LONG_WORD_TITLE);

  private EdgeCases() {}
}
