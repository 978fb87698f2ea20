package dk.skoletjenesten.katalog.pipeline;

import dk.skoletjenesten.katalog.bundle.BundleFile;
import dk.skoletjenesten.katalog.common.Diagnostics;
import dk.skoletjenesten.katalog.print.Product;
import dk.skoletjenesten.katalog.registry.Edition;
import dk.skoletjenesten.katalog.registry.Municipality;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.StickerOrder;
import dk.skoletjenesten.katalog.sticker.Stickers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Every sticker order: {@code stickers/CODE-NAME.pdf} (the design, product {@code sticker}) and
 * {@code stickers/CODE-NAME-sheet.pdf} (the press sheet, product {@code sticker-sheet}, whose
 * copies are the sheets to print).
 */
final class StickerPublisher implements Publisher {
  private final Path fontsDir;

  StickerPublisher(Path fontsDir) {
    this.fontsDir = fontsDir;
  }

  @Override
  public Product key() {
    return Product.STICKER;
  }

  @Override
  public String name() {
    return "stickers";
  }

  @Override
  public List<BundleFile> publish(
      Registry registry, IntPredicate municipalities, Diagnostics diagnostics) {
    List<StickerOrder> orders =
        registry.stickerOrders().stream()
            .filter(o -> municipalities.test(o.municipality()))
            .toList();
    if (orders.isEmpty()) {
      return List.of();
    }
    Stickers stickers = new Stickers(fontsDir);
    List<BundleFile> files = new ArrayList<>();
    for (StickerOrder order : orders) {
      files.addAll(files(registry, stickers, order, diagnostics));
    }
    return files;
  }

  /** The design and, when one fits, the press sheet of one order. */
  private static List<BundleFile> files(
      Registry registry, Stickers stickers, StickerOrder order, Diagnostics diagnostics) {
    Municipality municipality = registry.requireMunicipality(order.municipality());
    String orderFile = registry.dataDir().resolve(order.file()).toString();
    int copies = order.findCopies().orElse(registry.copiesIn(order.municipality()));
    Optional<Stickers.Artwork> artwork =
        stickers.artwork(order, municipality.name(), orderFile, diagnostics);
    if (artwork.isEmpty()) {
      return List.of();
    }
    String base = "stickers/" + FileNames.forMunicipality(municipality);
    String title = "Klistermærke til kataloget, " + municipality.name();
    List<BundleFile> files = new ArrayList<>();
    files.add(
        BundleFile.builder(base + ".pdf", Product.STICKER)
            .title(title)
            .municipality(municipality.code())
            .copies(copies)
            .pages(1)
            .trimMm(order.widthMm(), order.heightMm())
            .content(artwork.get().pdf())
            .build());
    Edition edition = registry.edition();
    Stickers.Job job =
        new Stickers.Job(
            "Klistermærke til kataloget " + edition.schoolYear() + ", " + municipality.name(),
            order.file(),
            copies,
            edition.date());
    Stickers.Gripper gripper =
        new Stickers.Gripper(edition.print().sheetGripperMm(), edition.print().sheetGripperEdge());
    stickers
        .sheet(artwork.get(), order.sheet(), job, gripper)
        .ifPresent(
            sheet ->
                files.add(
                    BundleFile.builder(base + "-sheet.pdf", Product.STICKER_SHEET)
                        .title(title + ", " + sheet.perSheet() + " pr. ark")
                        .municipality(municipality.code())
                        .copies(sheet.sheets())
                        .pages(1)
                        .trimMm(order.sheet().widthMm(), order.sheet().heightMm())
                        .content(sheet.pdf())
                        .build()));
    return files;
  }
}
