package dk.skoletjenesten.katalog.delivery;

import dk.skoletjenesten.katalog.bundle.BundleFile;
import dk.skoletjenesten.katalog.print.Product;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.RegistryReader;
import java.nio.file.Path;
import java.util.List;

/**
 * The sample registry and the print files a full build of it makes, built by hand with the paths,
 * pages, formats and copies of that build's manifest.json (content: one byte), so that the delivery
 * tests need no render of the catalogue.
 */
final class SampleBundle {
  static final Path LAYOUTS = Path.of("layouts");
  static final Path FONTS = Path.of("fonts");
  private static final String EDITION = "310 steder at tage hen med skoletjenesten.dk 2018/19";

  private SampleBundle() {}

  static Registry registry() {
    return RegistryReader.read(Path.of("sample-data")).registry().orElseThrow();
  }

  static List<BundleFile> files() {
    return List.of(
        file("annual-report.pdf", Product.ANNUAL_REPORT, "Årsberetning 2017-18", 0, 20, 600)
            .trimMm(210, 297)
            .build(),
        file("catalogue-cover.pdf", Product.CATALOGUE_COVER, EDITION + ", omslag", 0, 1, 17_500)
            .trimMm(429.6, 297)
            .build(),
        file("catalogue.pdf", Product.CATALOGUE, EDITION, 0, 192, 17_500).trimMm(210, 297).build(),
        insert(461, "odense", "10 steder at tage hen med åben skole i Odense Kommune", 1073),
        insert(
            580,
            "aabenraa",
            "Mere end 70 steder at tage hen med åben skole i Aabenraa Kommune",
            325),
        insert(607, "fredericia", "10 steder at tage hen med åben skole i Fredericia Kommune", 300),
        sheet(671, "struer", "Struer Kommune", 21, 6),
        sticker(671, "struer", "Struer Kommune", 113, 90, 50),
        sheet(846, "mariagerfjord", "Mariagerfjord Kommune", 35, 9),
        sticker(846, "mariagerfjord", "Mariagerfjord Kommune", 300, 50, 50),
        sheet(860, "hjoerring", "Hjørring Kommune", 24, 46),
        sticker(860, "hjoerring", "Hjørring Kommune", 1100, 60, 60));
  }

  static BundleFile.Builder file(
      String path, Product product, String title, int municipality, int pages, int copies) {
    BundleFile.Builder builder =
        BundleFile.builder(path, product)
            .title(title)
            .pages(pages)
            .copies(copies)
            .content(new byte[] {1});
    return municipality == 0 ? builder : builder.municipality(municipality);
  }

  static BundleFile insert(int code, String name, String headline, int copies) {
    return file(
            "inserts/" + code + "-" + name + ".pdf",
            Product.INSERT,
            "Indstik: " + headline,
            code,
            16,
            copies)
        .trimMm(148, 210)
        .build();
  }

  private static BundleFile sticker(
      int code, String name, String municipality, int copies, double widthMm, double heightMm) {
    return file(
            "stickers/" + code + "-" + name + ".pdf",
            Product.STICKER,
            "Klistermærke til kataloget, " + municipality,
            code,
            1,
            copies)
        .trimMm(widthMm, heightMm)
        .build();
  }

  private static BundleFile sheet(
      int code, String name, String municipality, int perSheet, int sheets) {
    return file(
            "stickers/" + code + "-" + name + "-sheet.pdf",
            Product.STICKER_SHEET,
            "Klistermærke til kataloget, " + municipality + ", " + perSheet + " pr. ark",
            code,
            1,
            sheets)
        .trimMm(320, 450)
        .build();
  }
}
