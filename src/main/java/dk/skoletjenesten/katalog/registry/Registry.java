package dk.skoletjenesten.katalog.registry;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A validated data folder: everything the publications are made from. Built only from data without
 * errors, so every reference in it resolves.
 */
public final class Registry {
  private final Path dataDir;
  private final Edition edition;
  private final Map<Integer, Municipality> municipalities;
  private final Map<String, Institution> institutions;
  private final List<Offer> offers;
  private final Map<String, Offer> offersById;
  private final Map<String, List<Offer>> offersByInstitution;
  private final List<School> schools;
  private final List<InsertOrder> insertOrders;
  private final List<StickerOrder> stickerOrders;
  private final List<Article> articles;
  private final Optional<AnnualReport> annualReport;

  /** The registry of parts that were read without errors. */
  Registry(Path dataDir, Edition edition, RegistryParts parts) {
    this.dataDir = dataDir;
    this.edition = edition;
    this.municipalities = index(parts.municipalities(), Municipality::code);
    this.institutions = index(parts.institutions().values(), Institution::id);
    this.offers = parts.offers().values();
    this.offersById = index(offers, Offer::id);
    this.offersByInstitution =
        offers.stream()
            .collect(Collectors.groupingBy(Offer::institution, Collectors.toUnmodifiableList()));
    this.schools = parts.schools().values();
    this.insertOrders = RegistryParts.values(parts.inserts());
    this.stickerOrders = RegistryParts.values(parts.stickers());
    this.articles =
        RegistryParts.values(parts.articles()).stream()
            .sorted(Comparator.comparingInt(Article::order).thenComparing(Article::file))
            .toList();
    this.annualReport = parts.annualReport();
  }

  private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
    Map<K, V> map = new LinkedHashMap<>();
    values.forEach(v -> map.put(key.apply(v), v));
    return Collections.unmodifiableMap(map);
  }

  /** The data folder, for resolving images. */
  public Path dataDir() {
    return dataDir;
  }

  public Path imagesDir() {
    return dataDir.resolve("images");
  }

  public Edition edition() {
    return edition;
  }

  public List<Municipality> municipalities() {
    return List.copyOf(municipalities.values());
  }

  public Municipality requireMunicipality(int code) {
    return require(municipalities.get(code), "municipality " + code);
  }

  /** All institutions in data order, including those without offers. */
  public List<Institution> institutions() {
    return List.copyOf(institutions.values());
  }

  /** The institutions that publications show: those with at least one offer. */
  public List<Institution> publishedInstitutions() {
    return institutions.values().stream()
        .filter(i -> offersByInstitution.containsKey(i.id()))
        .toList();
  }

  public Institution requireInstitution(String id) {
    return require(institutions.get(id), "institution " + id);
  }

  public Optional<Institution> findInstitution(String id) {
    return Optional.ofNullable(institutions.get(id));
  }

  public List<Offer> offers() {
    return offers;
  }

  public Offer requireOffer(String id) {
    return require(offersById.get(id), "offer " + id);
  }

  /** An institution's offers in data order; empty when it has none. */
  public List<Offer> offersOf(String institutionId) {
    return offersByInstitution.getOrDefault(institutionId, List.of());
  }

  public List<School> schools() {
    return schools;
  }

  /** The national print run: the sum of all schools' copies. */
  public int totalCopies() {
    return schools.stream().mapToInt(School::copies).sum();
  }

  /** The copies that go to the schools of one municipality. */
  public int copiesIn(int municipality) {
    return schools.stream()
        .filter(s -> s.municipality() == municipality)
        .mapToInt(School::copies)
        .sum();
  }

  public List<InsertOrder> insertOrders() {
    return insertOrders;
  }

  public List<StickerOrder> stickerOrders() {
    return stickerOrders;
  }

  /** Articles in catalogue order (their {@code order}, then file name). */
  public List<Article> articles() {
    return articles;
  }

  public Optional<AnnualReport> findAnnualReport() {
    return annualReport;
  }

  private static <T> T require(T value, String what) {
    if (value == null) {
      throw new NoSuchElementException("no " + what + " in the registry");
    }
    return value;
  }
}
