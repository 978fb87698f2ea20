package dk.skoletjenesten.katalog.delivery;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What is done to a file's printed sheets besides binding: a sticker's die line (the spot colour
 * that is cut, never printed), how many stickers a press sheet holds and how many sheets are
 * printed, a perfect-bound cover's spine width, or the municipality whose catalogues an insert is
 * put into loose. Every part may be absent (null); {@link #NONE} has none.
 */
public record Finishing(
    String dieLine,
    Integer perSheet,
    Integer sheets,
    Double spineWidthMm,
    Integer looseInCataloguesOf,
    String municipalityName) {

  public static final Finishing NONE = new Finishing(null, null, null, null, null, null);

  /**
   * A sticker or sticker sheet cut along {@code dieLine}, {@code perSheet} up, on {@code sheets}.
   */
  static Finishing dieCut(String dieLine, int perSheet, int sheets) {
    return new Finishing(dieLine, perSheet, sheets, null, null, null);
  }

  static Finishing spine(double spineWidthMm) {
    return new Finishing(null, null, null, spineWidthMm, null, null);
  }

  /** An insert put loose into the catalogues of the schools of one municipality. */
  static Finishing looseIn(int municipality, String municipalityName) {
    return new Finishing(null, null, null, null, municipality, municipalityName);
  }

  public Optional<String> findDieLine() {
    return Optional.ofNullable(dieLine);
  }

  public OptionalInt findPerSheet() {
    return perSheet == null ? OptionalInt.empty() : OptionalInt.of(perSheet);
  }

  public OptionalInt findSheets() {
    return sheets == null ? OptionalInt.empty() : OptionalInt.of(sheets);
  }

  public OptionalDouble findSpineWidthMm() {
    return spineWidthMm == null ? OptionalDouble.empty() : OptionalDouble.of(spineWidthMm);
  }

  public OptionalInt findLooseInCataloguesOf() {
    return looseInCataloguesOf == null ? OptionalInt.empty() : OptionalInt.of(looseInCataloguesOf);
  }

  /** The parts that are present, in a fixed order, under the names of print-order.json. */
  public Map<String, Object> asMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    put(map, "die_line", dieLine);
    put(map, "per_sheet", perSheet);
    put(map, "sheets", sheets);
    put(map, "spine_width_mm", spineWidthMm);
    put(map, "loose_in_catalogues_of", looseInCataloguesOf);
    put(map, "municipality_name", municipalityName);
    return map;
  }

  private static void put(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
