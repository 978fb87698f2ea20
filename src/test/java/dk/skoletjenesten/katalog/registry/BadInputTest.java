package dk.skoletjenesten.katalog.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad inputs of issue 12: one mutation of the valid fixture per class of input that
 * once passed {@code validate} and crashed the build, or was accepted against the contract, each
 * with its exact messages.
 */
class BadInputTest {
  private static final String EDITION = "edition.json";
  private static final String MUNICIPALITIES = "municipalities.csv";
  private static final String OFFERS = "offers.csv";
  private static final String INSERT = "orders/inserts/aabenraa.json";
  private static final String STICKER = "orders/stickers/hjoerring.json";
  private static final String ARTICLE = "articles/ud-af-klassen.md";
  private static final String SECTION = "annual-report/viden.md";
  private static final String TITLE = "\"5 steder at tage hen med skoletjenesten.dk\"";

  static Stream<Arguments> badText() {
    return Stream.of(
        bad(
            "escape sequence in a CSV cell",
            OFFERS,
            "Myter i marmor",
            "Myter \u001b[2J i marmor",
            "offers.csv:2: error: title: expected printable text, got control character U+001B at"
                + " position 7"),
        bad(
            "escaped control character in a JSON string",
            EDITION,
            TITLE,
            "\"5 \\u001b[2Jsteder\"",
            "edition.json: $.title: error: expected printable text, got control character U+001B"
                + " at position 3"),
        bad(
            "NUL in a JSON table value",
            STICKER,
            "Find alle",
            "Find\\u0000 alle",
            "orders/stickers/hjoerring.json: $.text: error: expected printable text, got control"
                + " character U+0000 at position 5"),
        bad(
            "lone surrogate",
            EDITION,
            TITLE,
            "\"5 \\ud800steder\"",
            "edition.json: $.title: error: expected printable text, got lone surrogate U+D800 at"
                + " position 3"),
        bad(
            "non-character U+FFFE",
            STICKER,
            "Find alle",
            "Find \uFFFE alle",
            "orders/stickers/hjoerring.json: $.text: error: expected printable text, got"
                + " non-character U+FFFE at position 6"),
        bad(
            "C1 control character",
            OFFERS,
            "Myter i marmor",
            "Myter\u0085 i marmor",
            "offers.csv:2: error: title: expected printable text, got control character U+0085 at"
                + " position 6"),
        bad(
            "control character in a Markdown line",
            ARTICLE,
            "bliver stedet",
            "bliver \u0007stedet",
            "articles/ud-af-klassen.md:8: error: expected printable text, got control character"
                + " U+0007 at column 30"),
        bad(
            "control character in a key, echoed escaped",
            STICKER,
            "\"copies\"",
            "\"cop\\u001bies\"",
            "orders/stickers/hjoerring.json: $: error: key: expected printable text, got control"
                + " character U+001B at position 4",
            "orders/stickers/hjoerring.json: $.cop\u001bies: error: unknown key (expected one of"
                + " municipality, copies, text, url, shape, diameter_mm, width_mm, height_mm,"
                + " corner_radius_mm, sheet)"),
        bad(
            "raw escape echoed in a message",
            STICKER,
            "\"circle\"",
            "\"\\u001b[2Jcircle\"",
            "orders/stickers/hjoerring.json: $.shape: error: expected printable text, got control"
                + " character U+001B at position 1",
            "orders/stickers/hjoerring.json: $.shape: error: expected one of circle, rectangle;"
                + " got \"\\u001b[2Jcircle\""),
        bad("tab inside a CSV cell is text", OFFERS, "Myter i marmor", "Myter\ti marmor"));
  }

  static Stream<Arguments> badValues() {
    return Stream.of(
        bad(
            "JSON number beyond double range",
            STICKER,
            "\"copies\": 1100",
            "\"copies\": 1e400",
            "orders/stickers/hjoerring.json: $.copies: error: expected a whole number (1-1000000),"
                + " got a number beyond the range of numbers (about 1.8e308)"),
        bad(
            "decimal beyond double range",
            STICKER,
            "\"diameter_mm\": 60",
            "\"diameter_mm\": -1e400",
            "orders/stickers/hjoerring.json: $.diameter_mm: error: expected a number (20-300), got"
                + " a number beyond the range of numbers (about 1.8e308)"),
        bad(
            "municipality code 580 + 2^32 is not 580",
            INSERT,
            "\"municipality\": 580",
            "\"municipality\": 4294967876",
            "orders/inserts/aabenraa.json: $.municipality: error: expected a municipality code like"
                + " 101 or 0101, got 4294967876"),
        bad(
            "copies beyond int range",
            STICKER,
            "\"copies\": 1100",
            "\"copies\": 4294968396",
            "orders/stickers/hjoerring.json: $.copies: error: expected 1-1000000, got 4294968396"),
        bad(
            "edition trim too small for the layout",
            EDITION,
            "\"trim\": \"A4\"",
            "\"trim\": { \"width_mm\": 20, \"height_mm\": 20 }",
            "edition.json: $.print.trim.height_mm: error: expected 148-1000, got 20",
            "edition.json: $.print.trim.width_mm: error: expected 105-1000, got 20"),
        bad(
            "blank edition title",
            EDITION,
            TITLE,
            "\"   \"",
            "edition.json: $.title: error: expected a value, got only blanks \"   \""),
        bad(
            "blank sticker text",
            STICKER,
            "\"Find alle tilbud i Hjørring Kommune\"",
            "\" \"",
            "orders/stickers/hjoerring.json: $.text: error: expected a value, got only blanks \" \""),
        bad(
            "blank sticker url",
            STICKER,
            "\"https://www.skoletjenesten.dk/hjørring\"",
            "\"\\t \"",
            "orders/stickers/hjoerring.json: $.url: error: expected a value, got only blanks"
                + " \"\\u0009 \""),
        bad(
            "an offer with no stages, in CSV",
            OFFERS,
            ";indskoling|mellemtrin;",
            ";|;",
            "offers.csv:2: error: stages: expected at least one of dagtilbud, indskoling,"
                + " mellemtrin, udskoling, ungdomsuddannelse, got \"|\""),
        bad(
            "municipalities.csv without one of the 98",
            MUNICIPALITIES,
            "151;Ballerup Kommune;Ballerup;Region Hovedstaden;\n",
            "",
            "municipalities.csv: error: expected all 98 municipalities, got 97; missing 151"
                + " Ballerup Kommune"),
        bad(
            "a municipality with a wrong name",
            MUNICIPALITIES,
            "350;Lejre Kommune",
            "350;Lejre Komune",
            "municipalities.csv:4: error: name: the official name of 350 is \"Lejre Kommune\", got"
                + " \"Lejre Komune\""));
  }

  static Stream<Arguments> badCsv() {
    return Stream.of(
        bad(
            "a row with too many cells declares its id (one message for one mistake)",
            "institutions.csv",
            "thorvaldsens;Thorvaldsens Museum;",
            "thorvaldsens;Thorvaldsens; Museum;",
            "institutions.csv:2: error: expected 14 cells, got 15 (a ; too many, or a cell with ;"
                + " that is not quoted)"),
        bad(
            "a stray quote that pairs with a later one",
            OFFERS,
            "Myter i marmor",
            "\"Myter i marmor",
            "offers.csv:2: error: unbalanced quote: a cell opens with \" here and is never closed"
                + " (write a quote inside a cell as \"\")"),
        bad(
            "a stray quote with no partner",
            OFFERS,
            "Inkl. brænde",
            "\"Inkl. brænde",
            "offers.csv:3: error: unbalanced quote: a cell opens with \" here and is never closed"
                + " (write a quote inside a cell as \"\")"));
  }

  static Stream<Arguments> badTargets() {
    return Stream.of(
        bad(
            "image as an address",
            INSERT,
            "\"aabenraa.png\"",
            "\"https://example.com/x.png\"",
            "orders/inserts/aabenraa.json: $.logo: error: expected a file name in images/, got the"
                + " address \"https://example.com/x.png\" (images are never fetched; put the file in"
                + " images/)"),
        bad(
            "image as a file: URL",
            INSERT,
            "\"aabenraa.png\"",
            "\"file:///etc/x.png\"",
            "orders/inserts/aabenraa.json: $.logo: error: expected a file name in images/, got the"
                + " address \"file:///etc/x.png\" (images are never fetched; put the file in"
                + " images/)"),
        bad(
            "image as an absolute path",
            INSERT,
            "\"aabenraa.png\"",
            "\"/etc/x.png\"",
            "orders/inserts/aabenraa.json: $.logo: error: expected a file name relative to images/,"
                + " got the absolute path \"/etc/x.png\""),
        bad(
            "image path leaving images/",
            ARTICLE,
            "image: artikel.jpg",
            "image: ../../artikel.jpg",
            "articles/ud-af-klassen.md:1: error: image: expected a file name inside images/, got"
                + " the path \"../../artikel.jpg\", which leaves it"),
        bad(
            "javascript: and file: links and a fetched image in Markdown",
            ARTICLE,
            "## Forbered besøget",
            "[klik](javascript:alert(1)) [f](file:///etc/passwd) ![x](http://example.com/x.png)",
            "articles/ud-af-klassen.md:10: error: expected an https: or mailto: link, got"
                + " \"file:///etc/passwd\"",
            "articles/ud-af-klassen.md:10: error: expected an https: or mailto: link, got"
                + " \"javascript:alert(1)\"",
            "articles/ud-af-klassen.md:10: error: expected an image file name in images/, got"
                + " \"http://example.com/x.png\""),
        bad(
            "data: link in a report text",
            SECTION,
            "> Viden skal",
            "[x](data:text/html,hi)\n\n> Viden skal",
            "annual-report/viden.md:7: error: expected an https: or mailto: link, got"
                + " \"data:text/html,hi\""),
        bad(
            "javascript: link in an insert intro",
            INSERT,
            "\"intro\": \"",
            "\"intro\": \"[klik](javascript:alert(1)) ",
            "orders/inserts/aabenraa.json: $.intro: error: expected an https: or mailto: link, got"
                + " \"javascript:alert(1)\" (line 1 of the text)"),
        bad(
            "https: and mailto: links pass",
            ARTICLE,
            "## Forbered besøget",
            "[a](https://www.skoletjenesten.dk) [b](mailto:skoletj@skoletjenesten.dk)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"badText", "badValues", "badCsv", "badTargets"})
  void badInputGivesItsExactMessages(
      String name,
      String file,
      String find,
      String replacement,
      List<String> expected,
      @TempDir Path tmp) {
    Fixture fixture = Fixture.copy(Fixture.VALID_CSV, tmp).replace(file, find, replacement);

    assertThat(fixture.errors()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(fixture.read().registry().isPresent()).isEqualTo(expected.isEmpty());
  }

  @Test
  void aStrayQuoteThatPairsWithALaterOneIsOneMessageWithItsLine(@TempDir Path tmp) {
    Fixture fixture =
        Fixture.copy(Fixture.VALID_CSV, tmp)
            .replace(OFFERS, "Myter i marmor", "\"Myter i marmor")
            .replace(OFFERS, "Inkl. brænde", "Inkl. \"brænde\"");

    assertThat(fixture.errors())
        .containsExactly(
            "offers.csv:2: error: unbalanced quote: the quoted cell that opens here is closed on"
                + " line 3 by a quote followed by \"b\" instead of ; or the end of the line (write a"
                + " quote inside a cell as \"\")");
  }

  @Test
  void anEmptyImageIsRefusedAtTheFieldThatNamesIt(@TempDir Path tmp) {
    Fixture fixture =
        Fixture.copy(Fixture.VALID_CSV, tmp).writeBytes("images/aabenraa.png", new byte[0]);

    assertThat(fixture.errors())
        .containsExactly(
            "orders/inserts/aabenraa.json: $.logo: error: images/aabenraa.png: expected a PNG"
                + " image, got an empty file");
  }

  @Test
  void anSvgNamedPngIsRefused(@TempDir Path tmp) {
    Fixture fixture =
        Fixture.copy(Fixture.VALID_CSV, tmp)
            .write("images/aabenraa.png", "<?xml version=\"1.0\"?><svg xmlns=\"x\"/>");

    assertThat(fixture.errors())
        .containsExactly(
            "orders/inserts/aabenraa.json: $.logo: error: images/aabenraa.png: expected a PNG"
                + " image (the name ends in .png), got an SVG file (vector images are not printed"
                + " from images/; export a PNG)");
  }

  @Test
  void aPngNamedJpegIsRefused(@TempDir Path tmp) {
    Fixture fixture =
        Fixture.copy(Fixture.VALID_CSV, tmp)
            .writeBytes("images/artikel.jpg", Fixture.imageBytes("aabenraa.png"));

    assertThat(fixture.errors())
        .containsExactly(
            "annual-report/viden.md:1: error: image: images/artikel.jpg: expected a JPEG image"
                + " (the name ends in .jpg), got a PNG file",
            "articles/ud-af-klassen.md:1: error: image: images/artikel.jpg: expected a JPEG image"
                + " (the name ends in .jpg), got a PNG file");
  }

  @Test
  void truncatedImagesAreRefused(@TempDir Path tmp) {
    byte[] png = Fixture.imageBytes("thorvaldsens.png");
    byte[] jpeg = Fixture.imageBytes("artikel.jpg");
    Fixture fixture =
        Fixture.copy(Fixture.VALID_CSV, tmp)
            .writeBytes("images/thorvaldsens.png", Arrays.copyOf(png, png.length - 20))
            .writeBytes("images/artikel.jpg", Arrays.copyOf(jpeg, jpeg.length / 2));

    assertThat(fixture.errors())
        .containsExactly(
            "annual-report/viden.md:1: error: image: images/artikel.jpg: the JPEG is cut short: it"
                + " has no end marker after its image data",
            "articles/ud-af-klassen.md:1: error: image: images/artikel.jpg: the JPEG is cut short:"
                + " it has no end marker after its image data",
            "institutions.csv:2: error: logo: images/thorvaldsens.png: the PNG is cut short: a"
                + " chunk runs past the end of the file");
  }

  @Test
  void aDamagedPngChunkIsRefused(@TempDir Path tmp) {
    byte[] png = Fixture.imageBytes("thorvaldsens.png");
    png[png.length / 2] ^= 0x55;
    Fixture fixture =
        Fixture.copy(Fixture.VALID_CSV, tmp).writeBytes("images/thorvaldsens.png", png);

    assertThat(fixture.errors())
        .containsExactly(
            "institutions.csv:2: error: logo: images/thorvaldsens.png: the PNG is damaged: the"
                + " checksum of its IDAT chunk does not match");
  }

  @Test
  void aDecompressionBombIsRefusedFromItsHeader(@TempDir Path tmp) {
    Fixture fixture =
        Fixture.copy(Fixture.VALID_CSV, tmp)
            .writeBytes(
                "images/thorvaldsens.png",
                withSize(Fixture.imageBytes("thorvaldsens.png"), 100_000, 100_000));

    assertThat(fixture.errors())
        .containsExactly(
            "institutions.csv:2: error: logo: images/thorvaldsens.png: the image declares 100000 x"
                + " 100000 px; at most 12000 px a side and 100 megapixels are accepted (scale it"
                + " down)");
  }

  @Test
  void aLinkOutOfTheDataFolderIsRefused(@TempDir Path tmp) throws IOException {
    Path outside = Files.write(tmp.resolve("outside.png"), Fixture.imageBytes("thorvaldsens.png"));
    Fixture fixture =
        Fixture.copy(Fixture.VALID_CSV, tmp.resolve("data")).delete("images/thorvaldsens.png");
    Files.createSymbolicLink(fixture.dir().resolve("images/thorvaldsens.png"), outside);

    assertThat(fixture.errors())
        .containsExactly(
            "institutions.csv:2: error: logo: images/thorvaldsens.png: a link to a file outside"
                + " the data folder ("
                + outside.toRealPath()
                + "); copy the file into images/ instead");
  }

  @Test
  void aLinkInsideTheDataFolderIsFollowed(@TempDir Path tmp) throws IOException {
    Fixture fixture = Fixture.copy(Fixture.VALID_CSV, tmp).delete("images/thorvaldsens.png");
    Files.createSymbolicLink(
        fixture.dir().resolve("images/thorvaldsens.png"),
        fixture.dir().resolve("images/aabenraa.png"));

    assertThat(fixture.errors()).isEmpty();
  }

  @Test
  void aLowResolutionSectionPhotoIsAWarningWithItsPpi(@TempDir Path tmp) {
    Fixture fixture =
        Fixture.copy(Fixture.VALID_CSV, tmp)
            .writeBytes("images/kunst.png", Fixture.imageBytes("thorvaldsens.png"))
            .replace(
                EDITION,
                "\"date\"",
                "\"sections\": [ { \"section\": \"Kunst, design og arkitektur\", \"image\":"
                    + " \"kunst.png\" } ], \"date\"");

    assertThat(fixture.messages())
        .contains(
            "edition.json: $.sections[0].image: warning: images/kunst.png is "
                + ImageFile.size(header("thorvaldsens.png"))
                + ", printed 193 x 128 mm at "
                + Math.round(header("thorvaldsens.png").ppiCovering(193, 128))
                + " ppi (below 150; give about 2280 x 1510 px for 300 ppi)");
    assertThat(fixture.errors()).isEmpty();
  }

  @Test
  void aLowResolutionReportImageIsAWarningWithItsPpi(@TempDir Path tmp) {
    Fixture fixture =
        Fixture.copy(Fixture.VALID_CSV, tmp)
            .replace(SECTION, "image: artikel.jpg", "image: thorvaldsens.png");

    assertThat(fixture.messages())
        .contains(
            "annual-report/viden.md:1: warning: image: images/thorvaldsens.png is 600 x 360 px,"
                + " printed 172 mm wide at 89 ppi (below 150; give at least 2031 px across for 300"
                + " ppi)");
    assertThat(fixture.errors()).isEmpty();
  }

  private static ImageFile.Header header(String name) {
    try {
      return ImageFile.read(name, Fixture.imageBytes(name));
    } catch (ImageFile.BadImageException e) {
      throw new AssertionError(e);
    }
  }

  /** The PNG with its IHDR declaring another size, its checksum made right again. */
  static byte[] withSize(byte[] png, int widthPx, int heightPx) {
    byte[] bomb = png.clone();
    ByteBuffer buffer = ByteBuffer.wrap(bomb);
    buffer.putInt(16, widthPx).putInt(20, heightPx);
    CRC32 crc = new CRC32();
    crc.update(bomb, 12, 17);
    buffer.putInt(29, (int) crc.getValue());
    return bomb;
  }

  private static Arguments bad(
      String name, String file, String find, String replacement, String... expected) {
    return Arguments.of(name, file, find, replacement, List.of(expected));
  }
}
