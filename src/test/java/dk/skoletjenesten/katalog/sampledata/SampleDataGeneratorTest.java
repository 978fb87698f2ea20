package dk.skoletjenesten.katalog.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps {@code sample-data/} and its generator in step: the generator must reproduce the committed
 * files, byte for byte or, for images, pixel for pixel, and the committed data must have the
 * properties the sample promises.
 */
class SampleDataGeneratorTest {
  private static final Path COMMITTED = Path.of("sample-data");
  private static final String HOW_TO_REGENERATE =
      "sample-data/ differs from what SampleDataGenerator "
          + "writes. Regenerate it (see the class Javadoc of SampleDataGenerator: mvn -q test-compile, then run "
          + "its main with the argument sample-data) and commit the result.";

  private static final int PIXEL_TOLERANCE = 16;

  @TempDir static Path generated;
  private static List<Map<String, String>> institutions;
  private static JsonNode offers;

  @BeforeAll
  static void generate() throws IOException {
    SampleDataGenerator.generate(generated);
    institutions = readCsv(COMMITTED.resolve("institutions.csv"));
    offers = new ObjectMapper().readTree(COMMITTED.resolve("offers.json").toFile());
  }

  @Test
  void committedFilesAreExactlyWhatTheGeneratorWrites() throws IOException {
    Set<String> committed = files(COMMITTED);
    assertThat(files(generated)).as(HOW_TO_REGENERATE).isEqualTo(committed);
    List<String> differing = new ArrayList<>();
    for (String file : committed) {
      difference(generated.resolve(file), COMMITTED.resolve(file))
          .ifPresent(how -> differing.add(file + " (" + how + ")"));
    }
    assertThat(differing).as(HOW_TO_REGENERATE).isEmpty();
  }

  /**
   * How two files differ: images by their decoded pixels, since the bytes of a PNG or JPEG depend
   * on the JDK's encoders, other files byte for byte.
   */
  private static Optional<String> difference(Path file, Path other) throws IOException {
    String name = file.getFileName().toString();
    if (name.endsWith(".png") || name.endsWith(".jpg")) {
      return pixelDifference(ImageIO.read(file.toFile()), ImageIO.read(other.toFile()));
    }
    int at = Arrays.mismatch(Files.readAllBytes(file), Files.readAllBytes(other));
    return at < 0 ? Optional.empty() : Optional.of("from byte " + at);
  }

  /**
   * The first pixel where a channel (alpha, red, green, blue) differs by more than {@value
   * #PIXEL_TOLERANCE} of 255. JPEG is lossy: the same photo encoded again moves some channels by up
   * to 10 levels, a changed drawing by far more. Fully transparent pixels have no colour.
   */
  private static Optional<String> pixelDifference(BufferedImage image, BufferedImage other) {
    int width = image.getWidth();
    int height = image.getHeight();
    if (other.getWidth() != width || other.getHeight() != height) {
      return Optional.of(
          width
              + " x "
              + height
              + " pixels, expected "
              + other.getWidth()
              + " x "
              + other.getHeight());
    }
    int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
    int[] expected = other.getRGB(0, 0, width, height, null, 0, width);
    for (int i = 0; i < pixels.length; i++) {
      if (!samePixel(pixels[i], expected[i])) {
        return Optional.of(
            String.format(
                "pixel %d,%d is #%08x, expected #%08x",
                i % width, i / width, pixels[i], expected[i]));
      }
    }
    return Optional.empty();
  }

  private static boolean samePixel(int argb, int expected) {
    if (argb >>> 24 == 0 && expected >>> 24 == 0) {
      return true;
    }
    for (int shift = 0; shift < 32; shift += 8) {
      if (Math.abs((argb >>> shift & 0xFF) - (expected >>> shift & 0xFF)) > PIXEL_TOLERANCE) {
        return false;
      }
    }
    return true;
  }

  @Test
  void has310PlacesWithOffersAndOneWithout() {
    Set<String> withOffers = new HashSet<>();
    offers.forEach(o -> withOffers.add(o.get("institution").asText()));
    assertThat(institutions).hasSize(311);
    assertThat(institutions.stream().filter(i -> !withOffers.contains(i.get("id")))).hasSize(1);
    assertThat(institutions.stream().filter(i -> i.get("partner").equals("true")).count())
        .isBetween(18L, 22L);
  }

  @Test
  void usesAllSevenSectionsAndElevenTypes() {
    assertThat(institutions.stream().map(i -> i.get("section")).distinct()).hasSize(7);
    assertThat(institutions.stream().map(i -> i.get("type")).distinct()).hasSize(11);
  }

  @Test
  void hasAtLeast2000OffersWithinTheLimits() {
    assertThat(offers.size()).isGreaterThanOrEqualTo(2000);
    for (JsonNode offer : offers) {
      assertThat(offer.get("title").asText().length()).isLessThanOrEqualTo(140);
      assertThat(offer.get("teaser").asText().length()).isLessThanOrEqualTo(400);
      assertThat(offer.get("duration_minutes").asInt()).isBetween(15, 4800);
    }
  }

  @Test
  void noTeaserSentenceIsRepeated() {
    Map<String, String> firstUse = new HashMap<>();
    List<String> repeated = new ArrayList<>();
    for (JsonNode offer : offers) {
      for (String sentence : Phrases.sentences(offer.get("teaser").asText())) {
        String earlier = firstUse.putIfAbsent(sentence, offer.get("id").asText());
        if (earlier != null) {
          repeated.add(sentence + " (" + earlier + ", " + offer.get("id").asText() + ")");
        }
      }
    }
    assertThat(repeated).isEmpty();
  }

  @Test
  void gradesAgreeWithStagesAndSubjects() {
    Reference ref = new Reference();
    for (JsonNode offer : offers) {
      List<String> school = new ArrayList<>();
      offer.get("stages").forEach(s -> school.add(s.asText()));
      school.retainAll(List.of("indskoling", "mellemtrin", "udskoling"));
      assertThat(offer.get("grade_from").isNull())
          .as(offer.get("id").asText())
          .isEqualTo(school.isEmpty());
      if (!school.isEmpty()) {
        int from = offer.get("grade_from").asInt();
        int to = offer.get("grade_to").asInt();
        offer
            .get("subjects")
            .forEach(
                s ->
                    assertThat(ref.subject(s.asText()).overlaps(from, to))
                        .as(offer.get("id").asText() + " " + s.asText())
                        .isTrue());
      }
    }
  }

  @Test
  void schoolCopiesAddUpToThePrintRun() throws IOException {
    List<Map<String, String>> schools = readCsv(COMMITTED.resolve("schools.csv"));
    assertThat(schools.size()).isBetween(780, 820);
    assertThat(schools.stream().mapToInt(s -> Integer.parseInt(s.get("copies"))).sum())
        .isEqualTo(17_500);
  }

  @Test
  void institutionsAreWrittenAsDanishExcelWritesThem() throws IOException {
    String text = Files.readString(COMMITTED.resolve("institutions.csv"), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFid;name;section;");
    assertThat(text).contains("\r\n").contains("\"\"rør gerne ved tingene\"\"");
    assertThat(text.replace("\r\n", "")).contains("\n");
  }

  private static Set<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .collect(TreeSet::new, Set::add, Set::addAll);
    }
  }

  private static List<Map<String, String>> readCsv(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(';');
    try (MappingIterator<Map<String, String>> rows =
        new CsvMapper().readerForMapOf(String.class).with(schema).readValues(text)) {
      return rows.readAll();
    }
  }
}
