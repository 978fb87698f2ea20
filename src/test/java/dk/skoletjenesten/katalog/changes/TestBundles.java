package dk.skoletjenesten.katalog.changes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Synthetic bundle folders as the lead's build will write them: manifest.json with revision,
 * data_sha256 and page_hashes, registry.json, proofs drawn with Java2D and PDFs made with PDFBox. A
 * page is a list of text lines; its proof draws a grey bar per line (as long as the line), a colour
 * block and a folio mark for the page number, so a page that moves renders differently but keeps
 * its text hash (the text hash leaves the folio out, as the real one must).
 */
public final class TestBundles {
  private static final String DESCRIPTION_OLD =
      "Museet viser gamle huse og haver fra hele landet. Skoleklasser kan prove livet paa landet, "
          + "bage brod over aaben ild og hore om hverdagen for hundrede aar siden.";
  private static final String DESCRIPTION_NEW =
      "Museet viser gamle huse og haver fra hele landet. Skoleklasser kan prove livet paa landet, "
          + "karte uld og spinde garn og hore om hverdagen for hundrede aar siden.";

  static final int PROOF_WIDTH = 124;
  static final int PROOF_HEIGHT = 175;
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private final Map<String, List<TestPage>> publications = new TreeMap<>();
  private Object registry = Map.of("format", 1);
  private String revision = "2026-08-01";

  /** A page: its text lines and the colour of its picture block. */
  record TestPage(List<String> lines, Color block) {
    static TestPage of(Color block, String... lines) {
      return new TestPage(List.of(lines), block);
    }
  }

  public TestBundles revision(String date) {
    this.revision = date;
    return this;
  }

  TestBundles registry(Object snapshot) {
    this.registry = snapshot;
    return this;
  }

  TestBundles publication(String path, TestPage... pages) {
    publications.put(path, List.of(pages));
    return this;
  }

  /** The old bundle: a catalogue of five pages, an insert of two, a sticker. */
  public static TestBundles before() {
    return new TestBundles()
        .revision("2026-08-01")
        .registry(
            snapshot(
                Map.of(
                    "frilandsmuseet", place("Frilandsmuseet", DESCRIPTION_OLD),
                    "teatret", place("Teatret", "Et lille teater i byen.")),
                Map.of(
                    "vikingeliv", offer("frilandsmuseet", "Vikingeliv", 0),
                    "bag-scenen", offer("teatret", "Bag scenen", 400, "Et kig bag kulisserne."),
                    "stenalderen", offer("frilandsmuseet", "Stenalderen", 0)),
                Map.of("insert:orders/inserts/aabenraa.json", order(100))))
        .publication(
            "catalogue.pdf",
            TestPage.of(Color.BLUE, "Indhold", "Kulturhistoriske museer 2"),
            TestPage.of(
                Color.GREEN,
                "Frilandsmuseet",
                DESCRIPTION_OLD.substring(0, 90),
                DESCRIPTION_OLD.substring(90),
                "Vikingeliv"),
            TestPage.of(Color.RED, "Teatret", "Bag scenen", "Pris 400 kr."),
            TestPage.of(Color.ORANGE, "Frilandsmuseet", "Stenalderen", "Se ogsaa Bag scenen"),
            TestPage.of(Color.GRAY, "Register", "Bag scenen 3", "Vikingeliv 2"))
        .publication(
            "inserts/580-aabenraa.pdf",
            TestPage.of(Color.CYAN, "Aabenraa Kommune", "Tilbud til skolerne"),
            TestPage.of(Color.GREEN, "Frilandsmuseet", "Vikingeliv"))
        .publication("stickers/860-hjoerring.pdf", TestPage.of(Color.PINK, "Hjoerring"));
  }

  /**
   * The new bundle: an offer retitled, a place's description changed, an offer removed and one
   * added (on the same page), an order's copies raised, a page inserted before the index (which
   * moves one later), two pages added at the end, the sticker gone and an annual report new.
   */
  public static TestBundles after() {
    return new TestBundles()
        .revision("2026-08-15")
        .registry(
            snapshot(
                Map.of(
                    "frilandsmuseet", place("Frilandsmuseet", DESCRIPTION_NEW),
                    "teatret", place("Teatret", "Et lille teater i byen.")),
                Map.of(
                    "vikingeliv",
                    offer("frilandsmuseet", "Vikingeliv for de mindste", 0),
                    "bag-scenen",
                    offer(
                        "teatret",
                        "Bag scenen",
                        400,
                        "Et kig bag kulisserne og ind i maskinrummet."),
                    "fugle",
                    offer("frilandsmuseet", "Fugle i landskabet", 0)),
                Map.of("insert:orders/inserts/aabenraa.json", order(120))))
        .publication(
            "catalogue.pdf",
            TestPage.of(Color.BLUE, "Indhold", "Kulturhistoriske museer 2"),
            TestPage.of(
                Color.GREEN,
                "Frilandsmuseet",
                DESCRIPTION_NEW.substring(0, 90),
                DESCRIPTION_NEW.substring(90),
                "Vikingeliv for de mindste"),
            TestPage.of(Color.RED, "Teatret", "Bag scenen", "Pris 400 kr."),
            TestPage.of(
                Color.ORANGE, "Frilandsmuseet", "Fugle i landskabet", "Se ogsaa Bag scenen"),
            TestPage.of(Color.MAGENTA, "Nyt afsnit", "Naturfag"),
            TestPage.of(Color.GRAY, "Register", "Bag scenen 3", "Vikingeliv 2"),
            TestPage.of(Color.WHITE, "Noter"),
            TestPage.of(Color.WHITE, "Noter", "Kolofon"))
        .publication(
            "inserts/580-aabenraa.pdf",
            TestPage.of(Color.CYAN, "Aabenraa Kommune", "Tilbud til skolerne"),
            TestPage.of(Color.GREEN, "Frilandsmuseet", "Vikingeliv for de mindste"))
        .publication("annual-report.pdf", TestPage.of(Color.YELLOW, "Aarsberetning"));
  }

  static Map<String, Object> snapshot(
      Map<String, Object> places, Map<String, Object> offers, Map<String, Object> orders) {
    Map<String, Object> root = new HashMap<>();
    root.put("format", 1);
    root.put("edition", Map.of("title", "Skoletjenesten 2026/27"));
    root.put("places", places);
    root.put("offers", offers);
    root.put("orders", orders);
    root.put("articles", Map.of());
    root.put("schools", Map.of("580", Map.of("name", "Aabenraa", "schools", 2, "copies", 60)));
    return root;
  }

  static Map<String, Object> place(String name, String description) {
    return Map.of("name", name, "description", description, "municipality", 580);
  }

  static Map<String, Object> offer(String place, String title, int priceDkk) {
    return Map.of("place", place, "title", title, "price_dkk", priceDkk);
  }

  /** An offer with a teaser, which these publications do not print. */
  static Map<String, Object> offer(String place, String title, int priceDkk, String teaser) {
    return Map.of("place", place, "title", title, "price_dkk", priceDkk, "teaser", teaser);
  }

  static Map<String, Object> order(int copies) {
    return Map.of("kind", "insert", "municipality", 580, "copies", copies);
  }

  /** Writes the bundle into {@code dir} and returns it. */
  public Path write(Path dir) throws IOException {
    Files.createDirectories(dir);
    byte[] registryJson =
        (JSON.writeValueAsString(registry) + "\n").getBytes(StandardCharsets.UTF_8);
    Files.write(dir.resolve("registry.json"), registryJson);
    List<Object> files = new ArrayList<>();
    for (Map.Entry<String, List<TestPage>> p : publications.entrySet()) {
      files.add(entry(dir, p.getKey(), p.getValue()));
    }
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("edition", "2026/27");
    manifest.put("revision", revision);
    manifest.put("data_sha256", sha256(registryJson));
    manifest.put("files", files);
    manifest.put("other_files", List.of());
    Files.writeString(dir.resolve("manifest.json"), JSON.writeValueAsString(manifest) + "\n");
    return dir;
  }

  private static Map<String, Object> entry(Path dir, String path, List<TestPage> pages)
      throws IOException {
    Path pdf = dir.resolve(path);
    Files.createDirectories(pdf.getParent());
    Files.write(pdf, pdf(pages));
    List<Object> hashes = new ArrayList<>();
    String stem = path.substring(0, path.length() - 4);
    for (int i = 0; i < pages.size(); i++) {
      BufferedImage proof = proof(pages.get(i), i + 1);
      Path png = dir.resolve(String.format("proofs/%s/p%03d.png", stem, i + 1));
      Files.createDirectories(png.getParent());
      ImageIO.write(proof, "png", png.toFile());
      hashes.add(
          Map.of(
              "render", sha256(pixels(proof)),
              "text",
                  sha256(
                      String.join("\n", pages.get(i).lines()).getBytes(StandardCharsets.UTF_8))));
    }
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("path", path);
    entry.put("product", "test");
    entry.put("pages", pages.size());
    entry.put("page_hashes", hashes);
    return entry;
  }

  /** The proof of {@code page} numbered {@code number}. */
  static BufferedImage proof(TestPage page, int number) {
    BufferedImage image = new BufferedImage(PROOF_WIDTH, PROOF_HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, PROOF_WIDTH, PROOF_HEIGHT);
    g.setColor(Color.GRAY);
    for (int i = 0; i < page.lines().size(); i++) {
      g.fillRect(10, 12 + i * 8, Math.min(100, page.lines().get(i).length() * 2), 4);
    }
    g.setColor(page.block());
    g.fillRect(10, 110, 60, 40);
    g.setColor(Color.BLACK);
    for (int i = 0; i < number; i++) {
      g.fillRect(10 + i * 4, 165, 2, 4);
    }
    g.dispose();
    return image;
  }

  private static byte[] pdf(List<TestPage> pages) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int n = 0; n < pages.size(); n++) {
        PDPage page = new PDPage(PDRectangle.A5);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(font, 10);
          content.newLineAtOffset(40, 550);
          for (String line : pages.get(n).lines()) {
            content.showText(line);
            content.newLineAtOffset(0, -14);
          }
          content.endText();
          content.beginText();
          content.newLineAtOffset(40, 30);
          content.showText(Integer.toString(n + 1));
          content.endText();
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    }
  }

  private static byte[] pixels(BufferedImage image) {
    ByteBuffer rgb = ByteBuffer.allocate(image.getWidth() * image.getHeight() * 3);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int p = image.getRGB(x, y);
        rgb.put((byte) (p >> 16)).put((byte) (p >> 8)).put((byte) p);
      }
    }
    return rgb.array();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] png(BufferedImage image) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
