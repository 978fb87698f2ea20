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
final class TestBundles {
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

  TestBundles revision(String date) {
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

  /** Writes the bundle into {@code dir} and returns it. */
  Path write(Path dir) throws IOException {
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
