package dk.skoletjenesten.katalog.sampledata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The schools that receive the catalogue: about 800 over Region Hovedstaden, Region Sjælland and
 * the partner municipalities west of Storebælt, weighted by population, plus upper-secondary
 * schools and CFU centres. Their copies add up to the national print run.
 */
final class SchoolFactory {
  static final int SCHOOLS = 800;
  static final int PRINT_RUN = 17_500;
  private static final int MIN_COPIES = 10;
  private static final int MAX_COPIES = 40;
  private static final int PEOPLE_PER_UPPER_SECONDARY = 100;
  private static final double PRIVATE_SHARE = 0.25;
  private static final List<String> PREFIXES =
      List.of(
          "Bakke", "Eng", "Park", "Skov", "Sø", "Linde", "Ege", "Birke", "Rosen", "Kilde", "Mose",
          "Strand", "Hyld", "Nord", "Syd", "Vest", "Øster", "Holme", "Vang", "Ager", "Kirke",
          "Mølle", "Fjord", "Hede", "Bøge", "Æble", "Trane", "Ring", "Sol", "Lunde", "Grøn", "Tårn",
          "Havre", "Humle", "Torne", "Ravns", "Hassel", "Pile", "Rønne", "Tjørne");
  private static final List<String> SUFFIXES =
      List.of(
          "skolen",
          "vangskolen",
          "gårdskolen",
          "lundskolen",
          "dalskolen",
          "holmskolen",
          "bjergskolen");
  private static final List<String> PLACES =
      List.of(
          "Søerne",
          "Parken",
          "Stranden",
          "Skoven",
          "Kirken",
          "Åen",
          "Engen",
          "Bakken",
          "Havet",
          "Volden");
  private static final List<String> PRIVATE =
      List.of(
          "{town} Friskole",
          "{town} Privatskole",
          "{town} Lilleskole",
          "Den Frie Skole i {town}",
          "{town} Realskole",
          "Den Lille Skole i {town}");

  record School(String id, String name, int municipality, int copies, String kind) {}

  private final Reference ref;
  private final Random random = new Random(Seeds.of("schools"));

  SchoolFactory(Reference ref) {
    this.ref = ref;
  }

  /** All schools sorted by municipality and name, copies summing to {@link #PRINT_RUN}. */
  List<School> build() {
    Map<Integer, Integer> population = population();
    List<String[]> extra =
        Blocks.lines("schools-extra.txt").stream().map(l -> l.split(";")).toList();
    Map<Integer, Integer> upper = new LinkedHashMap<>();
    population.forEach((code, people) -> upper.put(code, people / PEOPLE_PER_UPPER_SECONDARY));
    int upperTotal = upper.values().stream().mapToInt(Integer::intValue).sum() + extra.size();
    Map<Integer, Integer> primary = allocate(population, SCHOOLS - upperTotal);
    List<School> schools = new ArrayList<>();
    population
        .keySet()
        .forEach(
            code -> schools.addAll(municipalitySchools(code, primary.get(code), upper.get(code))));
    extra.forEach(e -> schools.add(school(Integer.parseInt(e[0]), e[1], e[2])));
    balance(schools);
    schools.sort(Comparator.comparingInt(School::municipality).thenComparing(School::name));
    if (schools.stream().map(School::id).distinct().count() != schools.size()) {
      throw new IllegalStateException("two schools got the same id");
    }
    return schools;
  }

  private static Map<Integer, Integer> population() {
    Map<Integer, Integer> population = new LinkedHashMap<>();
    for (String line : Blocks.lines("population.txt")) {
      String[] f = line.split(";");
      population.put(Integer.parseInt(f[0]), Integer.parseInt(f[1]));
    }
    return population;
  }

  /**
   * Splits {@code total} over the municipalities in proportion to population (largest remainder).
   */
  private static Map<Integer, Integer> allocate(Map<Integer, Integer> population, int total) {
    int people = population.values().stream().mapToInt(Integer::intValue).sum();
    Map<Integer, Integer> counts = new LinkedHashMap<>();
    Map<Integer, Double> remainders = new LinkedHashMap<>();
    population.forEach(
        (code, p) -> {
          double exact = (double) total * p / people;
          counts.put(code, (int) exact);
          remainders.put(code, exact - (int) exact);
        });
    int missing = total - counts.values().stream().mapToInt(Integer::intValue).sum();
    remainders.entrySet().stream()
        .sorted(
            Map.Entry.<Integer, Double>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(missing)
        .forEach(e -> counts.merge(e.getKey(), 1, Integer::sum));
    return counts;
  }

  private List<School> municipalitySchools(int code, int primary, int upper) {
    List<String> towns =
        ref.places.get(code).stream().map(Reference.Place::spoken).distinct().toList();
    Set<String> names = new HashSet<>();
    List<School> schools = new ArrayList<>();
    for (int i = 0; i < primary; i++) {
      String name =
          random.nextDouble() < PRIVATE_SHARE ? uniqueName(names, () -> privateName(towns)) : null;
      boolean isPrivate = name != null;
      if (!isPrivate) {
        name = uniqueName(names, () -> publicName(towns));
      }
      schools.add(school(code, name, isPrivate ? "private" : "public"));
    }
    String[] upperNames = {"Gymnasium", "Handelsgymnasium", "HF-Kursus", "Tekniske Gymnasium"};
    for (int i = 0; i < upper; i++) {
      String town = towns.get(i % towns.size());
      schools.add(
          school(code, town + " " + upperNames[i / towns.size() % upperNames.length], "gym"));
    }
    return schools;
  }

  /** A name not yet used in the municipality, or null when the maker has run out of new ones. */
  private String uniqueName(Set<String> names, Supplier<String> maker) {
    for (int tries = 0; tries < 200; tries++) {
      String name = maker.get();
      if (names.add(name)) {
        return name;
      }
    }
    return null;
  }

  private String publicName(List<String> towns) {
    String town = pick(towns);
    int roll = random.nextInt(10);
    if (roll < 6) {
      return pick(PREFIXES) + pick(SUFFIXES);
    }
    if (roll < 8) {
      return town + " Skole";
    }
    if (roll < 9) {
      return "Skolen ved " + pick(PLACES);
    }
    return town + " " + pick(List.of("Nordre", "Søndre", "Østre", "Vestre")) + " Skole";
  }

  private String privateName(List<String> towns) {
    return pick(PRIVATE).replace("{town}", pick(towns));
  }

  private School school(int code, String name, String kind) {
    int copies =
        switch (kind) {
          case "public" -> 16 + random.nextInt(22);
          case "private" -> 10 + random.nextInt(12);
          case "cfu" -> 30 + random.nextInt(11);
          default -> 10 + random.nextInt(7);
        };
    return new School("s" + code + "-" + Slug.of(name), name, code, copies, kind);
  }

  /** Nudges single schools up or down a copy at a time until the sum is exactly the print run. */
  private void balance(List<School> schools) {
    int sum = schools.stream().mapToInt(School::copies).sum();
    while (sum != PRINT_RUN) {
      int i = random.nextInt(schools.size());
      School s = schools.get(i);
      int step = sum < PRINT_RUN ? 1 : -1;
      int copies = s.copies() + step;
      if (copies >= MIN_COPIES && copies <= MAX_COPIES) {
        schools.set(i, new School(s.id(), s.name(), s.municipality(), copies, s.kind()));
        sum += step;
      }
    }
  }

  private <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }
}
