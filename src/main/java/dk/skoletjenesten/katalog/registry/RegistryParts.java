package dk.skoletjenesten.katalog.registry;

import dk.skoletjenesten.katalog.common.Diagnostics;
import java.util.List;
import java.util.Optional;

/**
 * Everything read from a data folder, with the rows it came from, before the cross-file checks of
 * {@link RegistryValidator}: one component per file or table of the data contract.
 */
record RegistryParts(
    Optional<Edition> edition,
    List<Municipality> municipalities,
    Table<Institution> institutions,
    Table<Offer> offers,
    Table<School> schools,
    List<Located<InsertOrder>> inserts,
    List<Located<StickerOrder>> stickers,
    List<Located<Article>> articles,
    Optional<AnnualReport> annualReport) {

  /** Reads every part; each reader reports its own problems. */
  static RegistryParts read(DataFolder folder, Diagnostics out) {
    return new RegistryParts(
        EditionReader.read(folder, out),
        MunicipalitiesReader.read(folder, out),
        InstitutionsReader.read(folder, out),
        OffersReader.read(folder, out),
        SchoolsReader.read(folder, out),
        OrdersReader.readInserts(folder, out),
        OrdersReader.readStickers(folder, out),
        ArticlesReader.read(folder, out),
        AnnualReportReader.read(folder, out));
  }

  static <T> List<T> values(List<Located<T>> located) {
    return located.stream().map(Located::value).toList();
  }
}
