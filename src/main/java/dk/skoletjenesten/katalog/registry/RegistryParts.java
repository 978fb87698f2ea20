package dk.skoletjenesten.katalog.registry;

import java.util.List;

/** Everything read from a data folder, with rows, before the cross-file checks. */
record RegistryParts(
    Edition edition,
    List<Municipality> municipalities,
    Table<Institution> institutions,
    Table<Offer> offers,
    Table<School> schools,
    List<Located<InsertOrder>> inserts,
    List<Located<StickerOrder>> stickers,
    List<Located<Article>> articles,
    AnnualReport annualReport) {

  static <T> List<T> values(List<Located<T>> located) {
    return located.stream().map(Located::value).toList();
  }
}
