package dk.skoletjenesten.katalog.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.skoletjenesten.katalog.print.Product;
import org.junit.jupiter.api.Test;

class BundleFileTest {
  private static BundleFile.Builder insert() {
    return BundleFile.builder("inserts/580-aabenraa.pdf", Product.INSERT)
        .title("Indstik")
        .copies(900)
        .pages(8)
        .trimMm(210, 297)
        .content(new byte[] {1});
  }

  @Test
  void aFileIsNationalUntilGivenAMunicipality() {
    assertThat(insert().build().municipality()).isEmpty();
    assertThat(insert().municipality(580).build().municipality()).hasValue(580);
  }

  @Test
  void withContentKeepsEverythingButTheBytes() {
    BundleFile file = insert().municipality(580).build();
    BundleFile finished = file.withContent(new byte[] {2});

    assertThat(finished.content()).containsExactly(2);
    assertThat(finished).usingRecursiveComparison().ignoringFields("content").isEqualTo(file);
  }

  @Test
  void buildChecksThePathAndCounts() {
    assertThatThrownBy(() -> BundleFile.builder("inserts/580-aabenraa.pdf", Product.INSERT).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("title");
    assertThatThrownBy(
            () ->
                BundleFile.builder("../x.pdf", Product.INSERT)
                    .title("x")
                    .pages(1)
                    .content(new byte[0])
                    .build())
        .hasMessage("bundle path must be a plain relative path, got ../x.pdf");
    assertThatThrownBy(() -> insert().pages(0).build())
        .hasMessage("inserts/580-aabenraa.pdf: pages must be >= 1 and copies >= 0, got 0, 900");
  }
}
