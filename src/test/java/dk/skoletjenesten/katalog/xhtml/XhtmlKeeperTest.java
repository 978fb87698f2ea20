package dk.skoletjenesten.katalog.xhtml;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dk.skoletjenesten.katalog.bundle.BundleFile;
import dk.skoletjenesten.katalog.draw.QrCode;
import dk.skoletjenesten.katalog.format.Artwork;
import dk.skoletjenesten.katalog.pdf.PdfRenderer;
import dk.skoletjenesten.katalog.pdf.RenderedXhtml;
import dk.skoletjenesten.katalog.print.Product;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class XhtmlKeeperTest {
  private static final Path FONTS = Path.of("fonts");
  private static final String PORTAL = "https://www.skoletjenesten.dk/hjørring";
  private static final Pattern LINK = Pattern.compile("(?:src|href)=\"([^\"]*)\"");
  private static final Pattern CSS_URL = Pattern.compile("url\\(\"?([^\")]*)\"?\\)");

  @TempDir Path tmp;
  private Path layouts;
  private Path data;
  private byte[] chartPdf;

  @BeforeEach
  void folders() throws IOException {
    layouts = Files.createDirectories(tmp.resolve("layouts/doc"));
    Files.writeString(
        layouts.resolve("doc.css"),
        "html { color: cmyk(0, 0, 0, 1); }\n"
            + ".kicker { color: cmyk(0.95, 0.35, 0.45, 0.45); background: url(paper.png); }\n"
            + ".head { position: running(head); }\n");
    Files.write(layouts.resolve("paper.png"), png(2, 2));
    data = Files.createDirectories(tmp.resolve("data/images"));
    Files.write(data.resolve("photo.png"), png(40, 30));
    data = data.getParent();
    chartPdf = chartPdf();
  }

  @Test
  void keptDocumentsAreXmlAndEveryLinkResolvesToAFileBesideThem() throws Exception {
    Path dir = tmp.resolve("kept");

    int documents = keeper().write(dir, List.of(file()));

    assertThat(documents).isEqualTo(2);
    assertThat(Files.isRegularFile(dir.resolve("inserts/580-aabenraa.html"))).isTrue();
    assertThat(Files.isRegularFile(dir.resolve("inserts/580-aabenraa-tail.html"))).isTrue();
    List<Path> kept = files(dir).stream().map(dir::resolve).toList();
    for (Path page : kept.stream().filter(p -> p.toString().endsWith(".html")).toList()) {
      parse(page);
      String html = Files.readString(page);
      assertThat(html).doesNotContain("qr:").doesNotContain("image:").doesNotContain("chart:");
      assertThat(assertResolves(page, LINK.matcher(html), dir)).as(page.toString()).isPositive();
    }
    int cssLinks = 0;
    for (Path css : kept.stream().filter(p -> p.toString().endsWith(".css")).toList()) {
      cssLinks += assertResolves(css, CSS_URL.matcher(Files.readString(css)), dir);
    }
    assertThat(cssLinks).isEqualTo(8); // 7 fonts and the layout's paper.png
  }

  @Test
  void theMainDocumentIsReadTheSameByAnHtmlParserWithFontsAndRgbColours() throws Exception {
    Path dir = tmp.resolve("kept");

    keeper().write(dir, List.of(file()));

    String html = Files.readString(dir.resolve("inserts/580-aabenraa.html"));
    assertThat(html)
        .startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>")
        .contains(
            "<head><meta charset=\"UTF-8\"/>"
                + "<link href=\"../fonts/fonts.css\" rel=\"stylesheet\" type=\"text/css\"/>"
                + "<link href=\"../browser.css\" rel=\"stylesheet\" type=\"text/css\"/>")
        .contains("<link href=\"../layouts/doc/doc.css\" rel=\"stylesheet\" type=\"text/css\"/>")
        .contains("<div class=\"gap\"></div>")
        .contains("<p style=\"color: rgb(0, 0, 0)\">Tekst<br/></p>")
        .doesNotContain("cmyk");
    assertThat(Files.readString(dir.resolve("layouts/doc/doc.css")))
        .startsWith("html { color: rgb(0, 0, 0); }\n.kicker { color: rgb(")
        .contains("background: url(paper.png)")
        .doesNotContain("cmyk");
    assertThat(Files.readString(dir.resolve("browser.css")))
        .contains(".head { display: none !important; }");
    assertThat(Files.readString(dir.resolve("fonts/fonts.css")))
        .contains(
            "@font-face { font-family: \"Lato Black\"; src: url(\"Lato-Black.ttf\")"
                + " format(\"truetype\"); font-weight: 900; font-style: normal; }")
        .contains(
            "@font-face { font-family: \"Noto Serif\"; src: url(\"NotoSerif-Italic.ttf\")"
                + " format(\"truetype\"); font-weight: 400; font-style: italic; }");
  }

  @Test
  void artworkIsKeptAsTheOriginalImageTheSameQrCodeAsSvgAndTheChartAsPng() throws Exception {
    Path dir = tmp.resolve("kept");

    keeper().write(dir, List.of(file()));

    Document page = parse(dir.resolve("inserts/580-aabenraa.html"));
    NodeList images = page.getElementsByTagNameNS("*", "img");
    assertThat(images.getLength()).isEqualTo(3);
    Path svg = dir.resolve("inserts").resolve(src(images, 0)).normalize();
    assertThat(svg.toString()).endsWith(".svg");
    assertThat(decodeSvg(Files.readString(svg))).isEqualTo(QrCode.payload(PORTAL));
    assertThat(Files.readAllBytes(dir.resolve("inserts").resolve(src(images, 1))))
        .isEqualTo(Files.readAllBytes(data.resolve("images/photo.png")));
    BufferedImage chart =
        ImageIO.read(dir.resolve("inserts").resolve(src(images, 2)).normalize().toFile());
    assertThat(chart.getWidth()).isEqualTo(300); // 72 pt at 300 dpi
    assertThat(chart.getHeight()).isEqualTo(150);
  }

  @Test
  void theSameDocumentsGiveTheSameFilesAndAKeptFolderIsReplacedAsAWhole() throws Exception {
    Path first = tmp.resolve("first");
    Path second = tmp.resolve("second");
    keeper().write(first, List.of(file()));
    Files.writeString(first.resolve("stale.html"), "from an earlier build");

    keeper().write(first, List.of(file()));
    keeper().write(second, List.of(file()));

    assertThat(XhtmlKeeper.refusal(first, data, tmp.resolve("out"))).isEmpty();
    List<Path> files = files(first);
    assertThat(files).isEqualTo(files(second)).doesNotContain(Path.of("stale.html"));
    for (Path file : files) {
      assertThat(Files.readAllBytes(first.resolve(file)))
          .as(file.toString())
          .isEqualTo(Files.readAllBytes(second.resolve(file)));
    }
    assertThat(siblings(tmp)).containsExactly("data", "first", "layouts", "second");
  }

  @Test
  void aFolderKatalogDidNotMakeTheDataFolderAndTheOutputFolderAreRefused() throws IOException {
    Path foreign = Files.createDirectories(tmp.resolve("foreign"));
    Files.writeString(foreign.resolve("notes.txt"), "mine");
    Path out = tmp.resolve("out");

    assertThat(XhtmlKeeper.refusal(foreign, data, out))
        .hasValue(
            "is a folder katalog did not make (it holds no .katalog-xhtml of kept XHTML); a build"
                + " replaces DIR as a whole, so it writes only to a new or empty folder or XHTML"
                + " katalog kept before: choose another --keep-xhtml");
    assertThat(XhtmlKeeper.refusal(data, data, out))
        .hasValue(
            "is the data folder; a build replaces DIR as a whole: choose another --keep-xhtml");
    assertThat(XhtmlKeeper.refusal(out.resolve("xhtml"), data, out))
        .hasValue(
            "overlaps the output folder "
                + out
                + "; the build replaces OUT as a whole: choose a folder apart from it");
    assertThat(XhtmlKeeper.refusal(tmp.resolve("new"), data, out)).isEmpty();
  }

  private XhtmlKeeper keeper() {
    return new XhtmlKeeper(tmp.resolve("layouts"), FONTS, data);
  }

  private BundleFile file() throws IOException {
    String xhtml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Indstik</title>"
            + "<link rel=\"stylesheet\" type=\"text/css\" href=\"doc.css\"/>"
            + "<style type=\"text/css\">h1 { color: cmyk(0, 0.85, 0.45, 0.14); }</style></head>"
            + "<body><div class=\"head\">Aabenraa</div><h1 id=\"top\">Indstik</h1>"
            + "<p style=\"color: cmyk(0, 0, 0, 1)\">Tekst<br/></p><div class=\"gap\"/>"
            + img(Artwork.qrCode(PORTAL))
            + img(Artwork.image("photo.png"))
            + img(Artwork.chart("besoeg"))
            + "<a href=\"#top\">Op</a> <a href=\"https://www.skoletjenesten.dk\">Portal</a>"
            + "</body></html>";
    String tail =
        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Bagside</title>"
            + "<link rel=\"stylesheet\" type=\"text/css\" href=\"doc.css\"/></head><body>"
            + img(Artwork.qrCode(PORTAL))
            + "</body></html>";
    RenderedXhtml rendered =
        new RenderedXhtml(xhtml, Optional.of(tail), layouts, Map.of("besoeg", chartPdf));
    return BundleFile.builder("inserts/580-aabenraa.pdf", Product.INSERT)
        .title("Indstik")
        .copies(1)
        .pages(4)
        .trimMm(148, 210)
        .content(new byte[] {1})
        .xhtml(rendered)
        .build();
  }

  private static String img(Artwork artwork) {
    return "<img src=\"" + PdfRenderer.source(artwork) + "\" alt=\"\"/>";
  }

  private static byte[] chartPdf() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage(new PDRectangle(72, 36)));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] png(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, 0xFF3366);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** Every relative link {@code links} finds in {@code file} names a file inside {@code dir}. */
  private static int assertResolves(Path file, Matcher links, Path dir) {
    int relative = 0;
    while (links.find()) {
      String link = links.group(1);
      if (link.startsWith("#") || link.matches("[a-z]+:.*")) {
        assertThat(link).matches("#.*|https://.*");
        continue;
      }
      Path target = file.getParent().resolve(link).normalize();
      assertThat(target).as(file + ": " + link).startsWith(dir).isRegularFile();
      relative++;
    }
    return relative;
  }

  private static Document parse(Path page) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(page.toFile());
  }

  private static String src(NodeList images, int i) {
    return ((Element) images.item(i)).getAttribute("src");
  }

  /** Reads an SVG of {@link QrSvg} back as a phone does: drawn with its quiet zone, decoded. */
  private static String decodeSvg(String svg) throws Exception {
    Matcher size = Pattern.compile("viewBox=\"0 0 (\\d+) \\d+\"").matcher(svg);
    assertThat(size.find()).isTrue();
    int modules = Integer.parseInt(size.group(1));
    int scale = 4;
    int quiet = QrCode.QUIET_ZONE_MODULES;
    int side = (modules + 2 * quiet) * scale;
    int[] pixels = new int[side * side];
    Arrays.fill(pixels, 0xFFFFFFFF);
    Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\3z").matcher(svg);
    while (run.find()) {
      int x0 = Integer.parseInt(run.group(1));
      int y0 = Integer.parseInt(run.group(2));
      int w = Integer.parseInt(run.group(3));
      for (int y = (y0 + quiet) * scale; y < (y0 + quiet + 1) * scale; y++) {
        for (int x = (x0 + quiet) * scale; x < (x0 + quiet + w) * scale; x++) {
          pixels[y * side + x] = 0xFF000000;
        }
      }
    }
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
    return new QRCodeReader().decode(bitmap).getText();
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      List<Path> files = new ArrayList<>();
      walk.filter(Files::isRegularFile).map(dir::relativize).sorted().forEach(files::add);
      return files;
    }
  }

  private static List<String> siblings(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
