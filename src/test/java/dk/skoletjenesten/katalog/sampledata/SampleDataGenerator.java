package dk.skoletjenesten.katalog.sampledata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Generates the sample data folder {@code sample-data/}: a realistic, deterministic registry for
 * the 2018/19 catalogue (310 places, about 2,100 offers, 800 schools), with orders, articles, an
 * annual report and images drawn here with Java2D.
 *
 * <p>To regenerate after changing the generator or its phrase banks in {@code
 * src/test/resources/sampledata/}, run from the project root:
 *
 * <pre>
 * mvn -q test-compile
 * mvn -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     dk.skoletjenesten.katalog.sampledata.SampleDataGenerator sample-data
 * </pre>
 *
 * and commit the result; {@code SampleDataGeneratorTest} fails while the committed files and the
 * generator disagree. The generator overwrites but never deletes, so remove a file by hand when a
 * change drops it. Every random choice comes from a seeded {@link java.util.Random}, every list is
 * written in an explicit order and nothing reads the clock, so two runs give identical bytes.
 */
public final class SampleDataGenerator {
  private SampleDataGenerator() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "sample-data");
    generate(out);
    System.out.println("Sample data written to " + out.toAbsolutePath());
  }

  /** Writes every sample file into {@code out}, replacing files of the same name. */
  public static void generate(Path out) throws IOException {
    Reference ref = new Reference();
    Banks banks = new Banks();
    List<Inst> institutions = new InstitutionFactory(ref, banks).build();
    List<OfferRow> offers = new OfferFactory(ref, banks).build(institutions);
    RegistryFiles.edition(out);
    RegistryFiles.municipalities(out, ref);
    RegistryFiles.institutions(out, institutions);
    RegistryFiles.offers(out, offers);
    List<SchoolFactory.School> schools = new SchoolFactory(ref).build();
    RegistryFiles.schools(out, schools);
    new Orders(institutions, offers).write(out, schools);
    Articles.write(out);
    AnnualReportFiles.write(out);
    ImageFiles.write(out);
  }
}
