package dk.skoletjenesten.katalog.delivery;

import dk.skoletjenesten.katalog.bundle.BundleFile;
import dk.skoletjenesten.katalog.format.Danish;
import dk.skoletjenesten.katalog.print.Product;
import dk.skoletjenesten.katalog.registry.Contact;
import dk.skoletjenesten.katalog.registry.InsertOrder;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.School;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who gets what: one row per school of schools.csv (its catalogues, the insert put into them and
 * the sticker put on them, one each per catalogue), and per municipality one more row for the
 * copies of its orders above its schools' catalogues, which go to the municipality's contact. So
 * each column sums to the copies of its file: {@link #disagreements} says where it does not.
 * Written as {@value #FILE} (per school) and {@value #MUNICIPALITIES_FILE} (per municipality), both
 * for Danish Excel (see {@link ExcelCsv}); two files rather than two tables in one, so that each
 * opens as one sortable, summable table.
 *
 * <p>Schools are listed by municipality code, then name (Danish order), then id; a municipality's
 * surplus row comes after its schools and has no school id. Inserts and stickers are those of
 * {@code files} (a partial build lists only what it made); the catalogues are always the schools'.
 */
public final class Distribution {
  public static final String FILE = "distribution.csv";
  public static final String MUNICIPALITIES_FILE = "distribution-municipalities.csv";

  static final List<String> HEADER =
      List.of(
          "school_id",
          "school",
          "municipality_code",
          "municipality",
          "catalogues",
          "insert",
          "inserts",
          "sticker",
          "stickers");
  static final List<String> MUNICIPALITIES_HEADER =
      List.of(
          "municipality_code",
          "municipality",
          "schools",
          "catalogues",
          "insert",
          "inserts",
          "inserts_surplus",
          "sticker",
          "stickers",
          "stickers_surplus",
          "surplus_to");
  static final String SURPLUS = "Overskud til kommunen";

  /**
   * One row of {@value #FILE}: a school, or (with {@code schoolId} null) a municipality's surplus.
   * {@code insert} and {@code sticker} are bundle paths, null where there is none.
   */
  public record Row(
      String schoolId,
      String school,
      int municipalityCode,
      String municipality,
      int catalogues,
      String insert,
      int inserts,
      String sticker,
      int stickers) {

    public boolean isSurplus() {
      return schoolId == null;
    }

    List<Object> cells() {
      return Arrays.asList(
          schoolId,
          school,
          municipalityCode,
          municipality,
          catalogues,
          insert,
          inserts,
          sticker,
          stickers);
    }
  }

  /**
   * One row of {@value #MUNICIPALITIES_FILE}: a municipality's schools and catalogues, its insert
   * and sticker with the copies ordered and how many of them are surplus, and who gets the surplus
   * (null when nothing is left over).
   */
  public record MunicipalityTotal(
      int code,
      String name,
      int schools,
      int catalogues,
      String insert,
      int inserts,
      int insertsSurplus,
      String sticker,
      int stickers,
      int stickersSurplus,
      String surplusTo) {

    List<Object> cells() {
      return Arrays.asList(
          code,
          name,
          schools,
          catalogues,
          insert,
          inserts,
          insertsSurplus,
          sticker,
          stickers,
          stickersSurplus,
          surplusTo);
    }
  }

  private final List<Row> rows;
  private final List<MunicipalityTotal> municipalities;

  private Distribution(List<Row> rows, List<MunicipalityTotal> municipalities) {
    this.rows = List.copyOf(rows);
    this.municipalities = List.copyOf(municipalities);
  }

  /**
   * The distribution of the schools of {@code registry} and the inserts and stickers among {@code
   * files}. An insert or sticker file with fewer copies than its municipality's catalogues cannot
   * be distributed (the registry refuses such an order): {@link IllegalArgumentException}.
   */
  public static Distribution of(Registry registry, List<BundleFile> files) {
    Map<Integer, BundleFile> inserts = local(files, Product.INSERT);
    Map<Integer, BundleFile> stickers = local(files, Product.STICKER);
    Map<Integer, List<School>> schools = schoolsByMunicipality(registry);
    TreeSet<Integer> codes = new TreeSet<>(schools.keySet());
    codes.addAll(inserts.keySet());
    codes.addAll(stickers.keySet());
    List<Row> rows = new ArrayList<>();
    List<MunicipalityTotal> totals = new ArrayList<>();
    for (int code : codes) {
      Local local =
          new Local(
              code,
              registry.requireMunicipality(code).name(),
              schools.getOrDefault(code, List.of()),
              Optional.ofNullable(inserts.get(code)),
              Optional.ofNullable(stickers.get(code)),
              surplusTo(registry, code));
      rows.addAll(local.rows());
      totals.add(local.total());
    }
    return new Distribution(rows, totals);
  }

  public List<Row> rows() {
    return rows;
  }

  public List<MunicipalityTotal> municipalities() {
    return municipalities;
  }

  /** {@value #FILE}: the header and one record per row. */
  public byte[] csv() {
    ExcelCsv csv = new ExcelCsv().row(HEADER);
    rows.forEach(r -> csv.row(r.cells()));
    return csv.bytes();
  }

  /** {@value #MUNICIPALITIES_FILE}: the header and one record per municipality. */
  public byte[] municipalitiesCsv() {
    ExcelCsv csv = new ExcelCsv().row(MUNICIPALITIES_HEADER);
    municipalities.forEach(m -> csv.row(m.cells()));
    return csv.bytes();
  }

  /** The catalogues of all schools: the national run. */
  public int catalogues() {
    return sum(rows.stream(), Row::catalogues);
  }

  /** The copies of {@code path} that the rows hand out, as an insert or a sticker. */
  public int copiesOf(String path) {
    return sum(rows.stream().filter(r -> path.equals(r.insert())), Row::inserts)
        + sum(rows.stream().filter(r -> path.equals(r.sticker())), Row::stickers);
  }

  /**
   * Where the distribution's totals differ from the copies of {@code files} (the catalogue and its
   * cover against all catalogues, each insert and sticker against its column), one message each,
   * e.g. {@code inserts/607-fredericia.pdf: 300 copies, but distribution.csv hands out 222}; empty
   * when they agree. Press sheets and the annual report are not distributed to schools.
   */
  public List<String> disagreements(List<BundleFile> files) {
    List<String> found = new ArrayList<>();
    for (BundleFile file : files) {
      OptionalInt handedOut =
          switch (file.product()) {
            case CATALOGUE, CATALOGUE_COVER -> OptionalInt.of(catalogues());
            case INSERT, STICKER -> OptionalInt.of(copiesOf(file.path()));
            case STICKER_SHEET,
                ANNUAL_REPORT,
                CATALOGUE_SCREEN,
                INSERT_SCREEN,
                ANNUAL_REPORT_SCREEN ->
                OptionalInt.empty();
          };
      if (handedOut.isPresent() && handedOut.getAsInt() != file.copies()) {
        found.add(
            file.path()
                + ": "
                + file.copies()
                + " copies, but "
                + FILE
                + " hands out "
                + handedOut.getAsInt());
      }
    }
    return found;
  }

  /** Whether every total agrees with the copies of {@code files}. */
  public boolean totalsAgree(List<BundleFile> files) {
    return disagreements(files).isEmpty();
  }

  private static Map<Integer, BundleFile> local(List<BundleFile> files, Product product) {
    return files.stream()
        .filter(f -> f.product() == product && f.municipality().isPresent())
        .collect(
            Collectors.toMap(
                f -> f.municipality().getAsInt(),
                f -> f,
                (a, b) -> {
                  throw new IllegalArgumentException(
                      "two "
                          + product.key()
                          + " files for one municipality: "
                          + a.path()
                          + ", "
                          + b.path());
                },
                TreeMap::new));
  }

  private static Map<Integer, List<School>> schoolsByMunicipality(Registry registry) {
    Collator danish = Danish.collator();
    Comparator<School> order =
        Comparator.comparing(School::name, danish::compare).thenComparing(School::id);
    return registry.schools().stream()
        .sorted(order)
        .collect(Collectors.groupingBy(School::municipality, TreeMap::new, Collectors.toList()));
  }

  /** The contact of the municipality's insert order: {@code name, e-mail, phone}, or empty. */
  private static Optional<String> surplusTo(Registry registry, int code) {
    return registry.insertOrders().stream()
        .filter(o -> o.municipality() == code)
        .map(InsertOrder::contact)
        .filter(Objects::nonNull)
        .map(Distribution::describe)
        .filter(s -> !s.isEmpty())
        .findFirst();
  }

  private static String describe(Contact contact) {
    return Stream.of(contact.name(), contact.email(), contact.phone())
        .filter(Objects::nonNull)
        .collect(Collectors.joining(", "));
  }

  private static <T> int sum(Stream<T> rows, ToIntFunction<T> count) {
    return rows.mapToInt(count).sum();
  }

  /** One municipality's schools and local files. */
  private record Local(
      int code,
      String name,
      List<School> schools,
      Optional<BundleFile> insert,
      Optional<BundleFile> sticker,
      Optional<String> contact) {

    int catalogues() {
      return sum(schools.stream(), School::copies);
    }

    int surplus(Optional<BundleFile> file) {
      int surplus = file.map(f -> f.copies() - catalogues()).orElse(0);
      if (surplus < 0) {
        throw new IllegalArgumentException(
            file.get().path()
                + ": "
                + file.get().copies()
                + " copies for the "
                + catalogues()
                + " catalogues of "
                + name
                + ": "
                + -surplus
                + " catalogues would go without");
      }
      return surplus;
    }

    List<Row> rows() {
      String insertPath = insert.map(BundleFile::path).orElse(null);
      String stickerPath = sticker.map(BundleFile::path).orElse(null);
      List<Row> rows = new ArrayList<>();
      for (School s : schools) {
        rows.add(
            new Row(
                s.id(),
                s.name(),
                code,
                name,
                s.copies(),
                insertPath,
                insertPath == null ? 0 : s.copies(),
                stickerPath,
                stickerPath == null ? 0 : s.copies()));
      }
      int inserts = surplus(insert);
      int stickers = surplus(sticker);
      if (inserts > 0 || stickers > 0) {
        rows.add(
            new Row(
                null,
                SURPLUS + contact.map(c -> ": " + c).orElse(""),
                code,
                name,
                0,
                inserts > 0 ? insertPath : null,
                inserts,
                stickers > 0 ? stickerPath : null,
                stickers));
      }
      return rows;
    }

    MunicipalityTotal total() {
      int inserts = surplus(insert);
      int stickers = surplus(sticker);
      String surplusTo = inserts + stickers == 0 ? null : contact.orElse(name);
      return new MunicipalityTotal(
          code,
          name,
          schools.size(),
          catalogues(),
          insert.map(BundleFile::path).orElse(null),
          insert.map(BundleFile::copies).orElse(0),
          inserts,
          sticker.map(BundleFile::path).orElse(null),
          sticker.map(BundleFile::copies).orElse(0),
          stickers,
          surplusTo);
    }
  }
}
