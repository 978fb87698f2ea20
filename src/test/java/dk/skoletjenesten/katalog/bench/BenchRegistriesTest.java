package dk.skoletjenesten.katalog.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.common.Diagnostic;
import dk.skoletjenesten.katalog.registry.Registry;
import dk.skoletjenesten.katalog.registry.RegistryReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchRegistriesTest {
  private static final Path SAMPLE = Path.of("sample-data");

  @Test
  void everyMunicipalityWithPlacesGetsAnInsertOrderAndTheRegistryStaysValid(@TempDir Path tmp) {
    Path out = tmp.resolve("inserts");

    int added = BenchRegistries.everyInsert(SAMPLE, out);

    Registry sample = RegistryReader.read(SAMPLE).registry().orElseThrow();
    RegistryReader.Result read = RegistryReader.read(out);
    assertThat(errors(read.diagnostics())).isEmpty();
    Registry registry = read.registry().orElseThrow();
    Set<Integer> withPlaces =
        registry.institutions().stream().map(i -> i.municipality()).collect(Collectors.toSet());
    Set<Integer> ordered =
        registry.insertOrders().stream().map(o -> o.municipality()).collect(Collectors.toSet());
    assertThat(ordered).isEqualTo(withPlaces);
    assertThat(added).isEqualTo(withPlaces.size() - sample.insertOrders().size()).isGreaterThan(60);
  }

  @Test
  void aScaledRegistryHasEveryPlaceAndOfferFourTimesUnderNewIdsAndNames(@TempDir Path tmp) {
    Path out = tmp.resolve("4x");

    BenchRegistries.scaled(SAMPLE, out, 4);

    Registry sample = RegistryReader.read(SAMPLE).registry().orElseThrow();
    RegistryReader.Result read = RegistryReader.read(out);
    assertThat(errors(read.diagnostics())).isEmpty();
    Registry scaled = read.registry().orElseThrow();
    assertThat(scaled.institutions()).hasSize(4 * sample.institutions().size());
    assertThat(scaled.offers()).hasSize(4 * sample.offers().size());
    assertThat(scaled.institutions())
        .anySatisfy(
            i -> {
              assertThat(i.id()).isEqualTo("aabenraa-bibliotek-4");
              assertThat(i.name()).isEqualTo("Aabenraa Bibliotek IV");
            });
  }

  private static List<Diagnostic> errors(List<Diagnostic> diagnostics) {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }
}
