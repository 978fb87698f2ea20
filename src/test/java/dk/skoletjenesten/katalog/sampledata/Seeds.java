package dk.skoletjenesten.katalog.sampledata;

/**
 * Seeds for the generator's random sources. Every part has its own seed derived from a fixed number
 * and the part's name, so changing one part does not reshuffle the others.
 */
final class Seeds {
  private static final long BASE = 2018_08_13L;

  private Seeds() {}

  static long of(String part) {
    return BASE * 31 + part.hashCode();
  }
}
