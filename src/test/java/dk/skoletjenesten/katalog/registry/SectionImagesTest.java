package dk.skoletjenesten.katalog.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SectionImagesTest {
  private static final String EDITION =
      "{ \"school_year\": \"2019/20\", \"title\": \"T\", \"portal_url\": \"https://www.skoletjenesten.dk\","
          + " \"publisher\": { \"name\": \"S\", \"address\": \"A\", \"email\": \"s@example.dk\" },"
          + " \"sections\": %s }";

  @Test
  void anOpenerPhotoIsReadForItsSection(@TempDir Path tmp) {
    Fixture fixture =
        Fixture.copy(Fixture.VALID_CSV, tmp)
            .writeBytes("images/kunst.jpg", Fixture.imageBytes("artikel.jpg"))
            .write(
                "edition.json",
                EDITION.formatted(
                    "[ { \"section\": \"Kunst, design og arkitektur\", \"image\": \"kunst.jpg\" } ]"));

    Edition edition = fixture.read().registry().orElseThrow().edition();

    assertThat(edition.findSectionImage(Section.KUNST)).contains("kunst.jpg");
    assertThat(edition.findSectionImage(Section.NATURFAG)).isEmpty();
  }

  @Test
  void anEditionWithoutSectionsHasNoOpenerPhotos(@TempDir Path tmp) {
    Edition edition =
        Fixture.copy(Fixture.VALID_CSV, tmp).read().registry().orElseThrow().edition();

    assertThat(edition.sectionImages()).isEmpty();
  }

  @Test
  void anUnknownSectionAMissingFileAndANonImageAreReported(@TempDir Path tmp) {
    Fixture fixture =
        Fixture.copy(Fixture.VALID_CSV, tmp)
            .write(
                "edition.json",
                EDITION.formatted(
                    "[ { \"section\": \"Kunst\", \"image\": \"kunst.jpg\" },"
                        + " { \"section\": \"Naturfag og naturvidenskab\", \"image\": \"natur.jpg\" },"
                        + " { \"section\": \"Lokalhistoriske museer\", \"image\": \"noter.txt\" } ]"));

    assertThat(fixture.read().registry()).isEmpty();
    assertThat(String.join("\n", fixture.messages()))
        .contains(
            "edition.json: $.sections[0].section: error: expected one of Kunst, design og"
                + " arkitektur, Kulturhistoriske museer,")
        .contains(
            "edition.json: $.sections[1].image: error: no file images/natur.jpg in the data folder")
        .contains(
            "edition.json: $.sections[2].image: error: expected a PNG or JPEG file name, got"
                + " \"noter.txt\"");
  }
}
