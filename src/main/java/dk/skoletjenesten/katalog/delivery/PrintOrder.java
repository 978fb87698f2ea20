package dk.skoletjenesten.katalog.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.skoletjenesten.katalog.bundle.BundleFile;
import dk.skoletjenesten.katalog.print.Product;
import dk.skoletjenesten.katalog.registry.Edition;
import dk.skoletjenesten.katalog.registry.Registry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The printer's order: who orders, which edition and revision, how every file is printed ({@link
 * PrintFacts}), where the copies go ({@link Distribution}) and the totals; as {@value #PDF} (one or
 * two A4 pages a person reads) and {@value #JSON} (the same facts under stable names). Both are
 * deterministic: the same registry and files give the same bytes.
 */
public final class PrintOrder {
  public static final String PDF = "print-order.pdf";
  public static final String JSON = "print-order.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Registry registry;
  private final List<PrintFacts> facts;
  private final Distribution distribution;
  private final Path layoutsDir;
  private final Path fontsDir;

  private PrintOrder(
      Registry registry,
      List<PrintFacts> facts,
      Distribution distribution,
      Path layoutsDir,
      Path fontsDir) {
    this.registry = registry;
    this.facts = List.copyOf(facts);
    this.distribution = distribution;
    this.layoutsDir = layoutsDir;
    this.fontsDir = fontsDir;
  }

  /**
   * The order for {@code files} (the bundle's print files, in any order: the order lists them by
   * product, then path), laid out with {@code layoutsDir}/print-order/ in the fonts of {@code
   * fontsDir}.
   */
  public static PrintOrder of(
      Registry registry, List<BundleFile> files, Path layoutsDir, Path fontsDir) {
    List<PrintFacts> facts =
        files.stream()
            .sorted(Comparator.comparing(BundleFile::product).thenComparing(BundleFile::path))
            .map(f -> PrintFacts.of(f, registry))
            .toList();
    return new PrintOrder(registry, facts, Distribution.of(registry, files), layoutsDir, fontsDir);
  }

  /** Every file's print facts, by product, then path. */
  public List<PrintFacts> facts() {
    return facts;
  }

  public Distribution distribution() {
    return distribution;
  }

  /** {@value #JSON}: UTF-8, two-space indent, LF line ends, keys in the order of {@link #asMap}. */
  public byte[] json() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    try {
      return (MAPPER.writer(printer).writeValueAsString(asMap()) + "\n")
          .getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + JSON, e);
    }
  }

  /** {@value #PDF}: rendered with Flying Saucer, fonts embedded, dates and /ID from the edition. */
  public byte[] pdf() {
    return new PrintOrderRenderer(layoutsDir, fontsDir, registry.dataDir())
        .render(PrintOrderView.of(this, registry), registry.edition(), json());
  }

  /**
   * The order's facts in the order of print-order.json: edition, title, revision (the edition's
   * date, ISO), orderer (the publisher), printer (null when the edition names none), products,
   * delivery, totals.
   */
  public Map<String, Object> asMap() {
    Edition edition = registry.edition();
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("edition", edition.schoolYear());
    map.put("title", edition.title());
    map.put("revision", edition.date().toString());
    map.put("orderer", orderer(edition));
    map.put("printer", edition.colophon().findPrinter().orElse(null));
    map.put("products", facts.stream().map(PrintFacts::asMap).toList());
    map.put("delivery", delivery());
    map.put("totals", totals().stream().map(Total::asMap).toList());
    return map;
  }

  /**
   * Per product (in table order) the number of files and their copies (sheets for press sheets).
   */
  public List<Total> totals() {
    List<Total> totals = new ArrayList<>();
    for (Product product : Product.values()) {
      List<PrintFacts> of = facts.stream().filter(f -> f.product() == product).toList();
      if (!of.isEmpty()) {
        totals.add(
            new Total(
                product,
                of.size(),
                of.stream().mapToInt(PrintFacts::pages).sum(),
                of.stream().mapToInt(PrintFacts::copies).sum(),
                of.get(0).copiesUnit()));
      }
    }
    return totals;
  }

  /** One line of the totals: a product's files, their pages and copies. */
  public record Total(
      Product product, int files, int pages, int copies, PrintFacts.CopiesUnit unit) {
    Map<String, Object> asMap() {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("product", product.key());
      map.put("files", files);
      map.put("pages", pages);
      map.put("copies", copies);
      map.put("copies_unit", unit.key());
      return map;
    }
  }

  /** A local file's delivery: to the schools of its municipality, and the surplus. */
  public record LocalDelivery(
      String path,
      int municipality,
      String municipalityName,
      int schools,
      int toSchools,
      int surplus,
      String surplusTo) {
    Map<String, Object> asMap() {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("path", path);
      map.put("municipality", municipality);
      map.put("municipality_name", municipalityName);
      map.put("schools", schools);
      map.put("to_schools", toSchools);
      map.put("surplus", surplus);
      map.put("surplus_to", surplusTo);
      return map;
    }
  }

  /** The inserts' ({@code sticker} false) or the stickers' deliveries, by municipality. */
  public List<LocalDelivery> localDeliveries(boolean sticker) {
    List<LocalDelivery> deliveries = new ArrayList<>();
    for (Distribution.MunicipalityTotal m : distribution.municipalities()) {
      String path = sticker ? m.sticker() : m.insert();
      if (path != null) {
        int surplus = sticker ? m.stickersSurplus() : m.insertsSurplus();
        deliveries.add(
            new LocalDelivery(
                path, m.code(), m.name(), m.schools(), m.catalogues(), surplus, m.surplusTo()));
      }
    }
    return deliveries;
  }

  /** The catalogue's delivery when the order has a catalogue: copies, schools, municipalities. */
  public Optional<CatalogueDelivery> catalogueDelivery() {
    if (facts.stream().noneMatch(f -> f.product() == Product.CATALOGUE)) {
      return Optional.empty();
    }
    long municipalities =
        distribution.municipalities().stream().filter(m -> m.schools() > 0).count();
    return Optional.of(
        new CatalogueDelivery(
            distribution.catalogues(), registry.schools().size(), (int) municipalities));
  }

  /** All catalogues, to how many schools in how many municipalities. */
  public record CatalogueDelivery(int copies, int schools, int municipalities) {}

  private Map<String, Object> delivery() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(
        "catalogues",
        catalogueDelivery()
            .map(
                c -> {
                  Map<String, Object> cat = new LinkedHashMap<>();
                  cat.put("copies", c.copies());
                  cat.put("schools", c.schools());
                  cat.put("municipalities", c.municipalities());
                  cat.put("per_school", Distribution.FILE);
                  cat.put("per_municipality", Distribution.MUNICIPALITIES_FILE);
                  return cat;
                })
            .orElse(null));
    map.put("inserts", localDeliveries(false).stream().map(LocalDelivery::asMap).toList());
    map.put("stickers", localDeliveries(true).stream().map(LocalDelivery::asMap).toList());
    map.put(
        "annual_report",
        facts.stream()
            .filter(f -> f.product() == Product.ANNUAL_REPORT)
            .map(
                f -> {
                  Map<String, Object> report = new LinkedHashMap<>();
                  report.put("path", f.path());
                  report.put("copies", f.copies());
                  report.put("to", registry.edition().publisher().name());
                  return report;
                })
            .toList());
    return map;
  }

  private static Map<String, Object> orderer(Edition edition) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("name", edition.publisher().name());
    map.put("address", edition.publisher().address());
    map.put("email", edition.publisher().email());
    map.put("phone", edition.publisher().findPhone().orElse(null));
    return map;
  }
}
