package dk.skoletjenesten.katalog.sampledata;

import java.util.Map;

/** Groups the reference subjects into the families the closing sentences are written for. */
final class Subjects {
  private static final Map<String, String> FAMILY =
      Map.ofEntries(
          Map.entry("Historie", "hist"),
          Map.entry("Kristendomskundskab", "kristendom"),
          Map.entry("Dansk", "dansk"),
          Map.entry("Sprog", "dansk"),
          Map.entry("Billedkunst", "kunst"),
          Map.entry("Billedkunst (valgfag)", "kunst"),
          Map.entry("Kreative og musiske udtryksformer", "kunst"),
          Map.entry("Matematik", "mat"),
          Map.entry("Matematisk opmærksomhed", "mat"),
          Map.entry("Samfundsfag", "samf"),
          Map.entry("Uddannelse og job", "samf"),
          Map.entry("Færdselslære", "samf"),
          Map.entry("Sundheds- og seksualundervisning og familiekundskab", "samf"),
          Map.entry("Engagement og fællesskab", "samf"),
          Map.entry("Musik", "udtryk"),
          Map.entry("Musik (valgfag)", "udtryk"),
          Map.entry("Drama", "udtryk"),
          Map.entry("Medier", "udtryk"),
          Map.entry("Filmkundskab", "udtryk"),
          Map.entry("Idræt", "idr"),
          Map.entry("Krop og bevægelse", "idr"),
          Map.entry("Engelsk", "sprog"),
          Map.entry("Tysk eller fransk (2. fremmedsprog)", "sprog"),
          Map.entry("Spansk", "sprog"),
          Map.entry("Håndværk og design", "praktisk"),
          Map.entry("Håndværk og design (valgfag)", "praktisk"),
          Map.entry("Madkundskab", "praktisk"),
          Map.entry("Madkundskab (valgfag)", "praktisk"));

  private Subjects() {}

  /** The family of a subject; the science subjects and everything else fall under "nat". */
  static String family(String subject) {
    return FAMILY.getOrDefault(subject, "nat");
  }
}
