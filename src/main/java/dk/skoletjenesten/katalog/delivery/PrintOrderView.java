package dk.skoletjenesten.katalog.delivery;

import dk.skoletjenesten.katalog.format.Danish;
import dk.skoletjenesten.katalog.print.Product;
import dk.skoletjenesten.katalog.registry.Edition;
import dk.skoletjenesten.katalog.registry.Registry;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The print order in the printer's words (Danish), ready for layouts/print-order/print-order.html:
 * numbers with a thousands dot, millimetres with a decimal comma, dates written out.
 */
public final class PrintOrderView {
  static final String TEMPLATE = "print-order/print-order";
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d. MMMM yyyy", Danish.LOCALE);

  private PrintOrderView() {}

  /** One product's files with the facts they share (paper, binding, standard). */
  public record Group(
      String heading, String paper, String binding, String standard, List<FileRow> files) {}

  /** One file: its path and title and how it is printed. */
  public record FileRow(
      String path,
      String trim,
      String pages,
      String colours,
      String bleed,
      String copies,
      String finishing) {}

  /** One municipality's insert or sticker: to its schools and the surplus. */
  public record LocalRow(
      String municipality,
      String path,
      String schools,
      String toSchools,
      String surplus,
      String surplusTo) {}

  /** One line of the totals. */
  public record TotalRow(String product, String files, String pages, String copies) {}

  static Map<String, Object> of(PrintOrder order, Registry registry) {
    Edition edition = registry.edition();
    Map<String, Object> vars = new HashMap<>();
    vars.put("title", "Trykordre: " + edition.title() + " " + edition.schoolYear());
    vars.put("edition", edition.title());
    vars.put("schoolYear", edition.schoolYear());
    vars.put("revision", DATE.format(edition.date()));
    vars.put("revisionIso", edition.date().toString());
    vars.put("orderer", orderer(edition));
    vars.put("printer", edition.colophon().findPrinter().orElse("Ikke angivet i udgaven"));
    vars.put("groups", groups(order));
    vars.put(
        "conditions", distinct(order.facts().stream().map(f -> f.outputCondition().description())));
    vars.put("catalogues", order.catalogueDelivery().map(PrintOrderView::catalogues).orElse(null));
    vars.put("inserts", local(order.localDeliveries(false)));
    vars.put("stickers", local(order.localDeliveries(true)));
    vars.put("reports", reports(order, edition));
    vars.put("totals", totals(order));
    vars.put("distributionFile", Distribution.FILE);
    vars.put("municipalitiesFile", Distribution.MUNICIPALITIES_FILE);
    vars.put("jsonFile", PrintOrder.JSON);
    return vars;
  }

  private static List<String> orderer(Edition edition) {
    Edition.Publisher p = edition.publisher();
    return Stream.of(
            p.name(), p.address(), p.email(), p.findPhone().map(t -> "Tlf. " + t).orElse(null))
        .filter(Objects::nonNull)
        .toList();
  }

  private static List<Group> groups(PrintOrder order) {
    List<Group> groups = new ArrayList<>();
    for (Family family : Family.values()) {
      List<PrintFacts> facts =
          order.facts().stream().filter(f -> family.products.contains(f.product())).toList();
      if (!facts.isEmpty()) {
        groups.add(
            new Group(
                family.heading,
                distinct(facts.stream().map(PrintOrderView::paper)),
                distinct(facts.stream().map(f -> binding(f.binding()))),
                distinct(
                    facts.stream()
                        .map(f -> f.standard().key() + ", " + f.outputCondition().identifier())),
                facts.stream().map(PrintOrderView::row).toList()));
      }
    }
    return groups;
  }

  /** The products of the order, grouped as the printer handles them. */
  private enum Family {
    CATALOGUE("Katalog", List.of(Product.CATALOGUE, Product.CATALOGUE_COVER)),
    INSERTS("Indstik", List.of(Product.INSERT)),
    STICKERS("Klistermærker", List.of(Product.STICKER, Product.STICKER_SHEET)),
    REPORT("Årsberetning", List.of(Product.ANNUAL_REPORT));

    private final String heading;
    private final List<Product> products;

    Family(String heading, List<Product> products) {
      this.heading = heading;
      this.products = products;
    }
  }

  private static String distinct(Stream<String> values) {
    return values.distinct().collect(Collectors.joining(" / "));
  }

  private static FileRow row(PrintFacts f) {
    return new FileRow(
        f.path(),
        f.trim().endsWith(" mm") ? mmSize(f) : f.trim(),
        Danish.integer(f.pages()),
        colours(f),
        mm(f.bleedMm()) + " mm",
        copies(f.copies(), f.copiesUnit()),
        finishing(f));
  }

  private static String mmSize(PrintFacts f) {
    return mm(f.trimWidthMm()) + " × " + mm(f.trimHeightMm()) + " mm";
  }

  private static String paper(PrintFacts f) {
    String paper = f.findPaper().orElse("Efter aftale med trykkeriet");
    return f.findPaperCaliperMm().isPresent()
        ? paper + "; tykkelse " + mm(f.findPaperCaliperMm().getAsDouble()) + " mm"
        : paper;
  }

  static String binding(String key) {
    return switch (key) {
      case "perfect" -> "Limbinding";
      case "saddle-stitch" -> "Ryghæftning";
      case "die-cut" -> "Stansning";
      default -> key;
    };
  }

  private static String colours(PrintFacts f) {
    return f.spotColours().isEmpty()
        ? f.colours()
        : f.colours() + " + " + String.join(", ", f.spotColours());
  }

  private static String finishing(PrintFacts f) {
    Finishing finishing = f.finishing();
    List<String> parts = new ArrayList<>();
    finishing.findSpineWidthMm().ifPresent(mm -> parts.add("Ryg " + mm(mm) + " mm"));
    finishing.findDieLine().ifPresent(line -> parts.add("Stanses langs " + line));
    finishing.findPerSheet().ifPresent(n -> parts.add(Danish.integer(n) + " pr. ark"));
    if (f.product() != Product.STICKER_SHEET) {
      finishing.findSheets().ifPresent(n -> parts.add(Danish.integer(n) + " ark"));
    }
    finishing
        .findLooseInCataloguesOf()
        .ifPresent(
            code ->
                parts.add(
                    "Lægges løst i katalogerne til skolerne i " + finishing.municipalityName()));
    return parts.isEmpty() ? "–" : String.join(" · ", parts);
  }

  private static String copies(int n, PrintFacts.CopiesUnit unit) {
    return Danish.integer(n) + (unit == PrintFacts.CopiesUnit.SHEETS ? " ark" : " stk.");
  }

  private static String mm(double mm) {
    return Danish.decimal(mm, 2);
  }

  private static String catalogues(PrintOrder.CatalogueDelivery c) {
    return Danish.integer(c.copies())
        + " kataloger med omslag pakkes og sendes til "
        + Danish.integer(c.schools())
        + " skoler i "
        + Danish.integer(c.municipalities())
        + " kommuner, det antal hver skole skal have";
  }

  private static List<LocalRow> local(List<PrintOrder.LocalDelivery> deliveries) {
    return deliveries.stream()
        .map(
            d ->
                new LocalRow(
                    d.municipalityName(),
                    d.path(),
                    Danish.integer(d.schools()),
                    Danish.integer(d.toSchools()),
                    Danish.integer(d.surplus()),
                    d.surplus() == 0 ? "–" : d.surplusTo()))
        .toList();
  }

  private static List<String> reports(PrintOrder order, Edition edition) {
    return order.facts().stream()
        .filter(f -> f.product() == Product.ANNUAL_REPORT)
        .map(
            f ->
                Danish.integer(f.copies())
                    + " stk. af "
                    + f.path()
                    + " leveres samlet til "
                    + edition.publisher().name()
                    + ", "
                    + edition.publisher().address())
        .toList();
  }

  private static List<TotalRow> totals(PrintOrder order) {
    return order.totals().stream()
        .map(
            t ->
                new TotalRow(
                    productName(t.product()),
                    Danish.integer(t.files()),
                    Danish.integer(t.pages()),
                    copies(t.copies(), t.unit())))
        .toList();
  }

  private static String productName(Product product) {
    return switch (product) {
      case CATALOGUE -> "Katalog, indmad";
      case CATALOGUE_COVER -> "Katalog, omslag";
      case INSERT -> "Indstik";
      case STICKER -> "Klistermærker";
      case STICKER_SHEET -> "Klistermærkeark";
      case ANNUAL_REPORT -> "Årsberetning";
      case CATALOGUE_SCREEN, INSERT_SCREEN, ANNUAL_REPORT_SCREEN ->
          throw new IllegalArgumentException(product.key() + " is not printed");
    };
  }
}
