package dk.skoletjenesten.katalog.sampledata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A registry unlike the sample, for tests that must not pass by knowing the sample: the sample's
 * institutions cut down to {@code places} places from {@code sections} sections chosen by {@code
 * seed}, every other name made much longer, and orders for other municipalities (an A4 insert for
 * the municipality with the most kept places, a round and a rectangular sticker for the next two).
 * Deterministic: the same spec gives the same files.
 *
 * @param seed chooses the sections, the places and the longer names
 * @param places how many institutions with offers to keep, at most
 * @param sections how many of the seven catalogue sections they come from
 */
public record RegistryVariant(long seed, int places, int sections) {
  private static final int INSERT_OFFERS_PER_PLACE = 4;

  private static final List<String> LONGER =
      List.of(
          " og Videncenter for Undervisning i Eksterne Læringsmiljøer",
          " – Formidlingsafdelingen for Børn, Unge og Skoletjeneste",
          " samt Nationalt Kompetencecenter for Kulturarvsformidling",
          " (Læringscentret ved Fjorden og Landskabet)");

  public RegistryVariant {
    if (places < 1 || sections < 1 || sections > 7) {
      throw new IllegalArgumentException(
          "places must be >= 1 and sections 1-7, got " + places + ", " + sections);
    }
  }

  /** Writes the variant registry into {@code out}. */
  public void generate(Path out) throws IOException {
    Reference ref = new Reference();
    Banks banks = new Banks();
    List<Inst> all = new InstitutionFactory(ref, banks).build();
    List<OfferRow> allOffers = new OfferFactory(ref, banks).build(all);
    List<Inst> institutions = choose(all);
    Set<String> kept = institutions.stream().map(Inst::id).collect(Collectors.toSet());
    List<OfferRow> offers = allOffers.stream().filter(o -> kept.contains(o.institution())).toList();
    RegistryFiles.edition(out);
    retitle(out.resolve("edition.json"), institutions.size());
    RegistryFiles.municipalities(out, ref);
    RegistryFiles.institutions(out, institutions);
    RegistryFiles.offers(out, offers);
    RegistryFiles.schools(out, new SchoolFactory(ref).build());
    orders(out, institutions, offers, ref);
    Articles.write(out);
    AnnualReportFiles.write(out);
    ImageFiles.write(out);
  }

  private List<Inst> choose(List<Inst> all) {
    Random random = new Random(seed);
    List<String> names =
        new ArrayList<>(new TreeSet<>(all.stream().map(i -> i.kind().section()).toList()));
    Collections.shuffle(names, random);
    Set<String> chosen = Set.copyOf(names.subList(0, sections));
    List<Inst> candidates =
        new ArrayList<>(
            all.stream().filter(i -> i.offers() && chosen.contains(i.kind().section())).toList());
    Collections.shuffle(candidates, random);
    List<Inst> kept = new ArrayList<>();
    for (Inst inst : candidates.subList(0, Math.min(places, candidates.size()))) {
      kept.add(
          random.nextBoolean() ? longer(inst, LONGER.get(random.nextInt(LONGER.size()))) : inst);
    }
    kept.sort(Comparator.comparing(Inst::id));
    return kept;
  }

  private static Inst longer(Inst inst, String tail) {
    return new Inst(
        inst.id(),
        inst.name() + tail,
        inst.kind(),
        inst.partner(),
        inst.place(),
        inst.street(),
        inst.url(),
        inst.phone(),
        inst.email(),
        inst.description(),
        inst.logo(),
        inst.offers());
  }

  /** The ids of the offers of the municipality's places after each place's first few. */
  private static List<String> beyondFirst(
      List<OfferRow> offers, List<Inst> institutions, int municipality) {
    Set<String> local =
        institutions.stream()
            .filter(i -> i.municipality() == municipality)
            .map(Inst::id)
            .collect(Collectors.toSet());
    Map<String, Integer> seen = new HashMap<>();
    return offers.stream()
        .filter(o -> local.contains(o.institution()))
        .filter(o -> seen.merge(o.institution(), 1, Integer::sum) > INSERT_OFFERS_PER_PLACE)
        .map(OfferRow::id)
        .toList();
  }

  private static void retitle(Path edition, int places) throws IOException {
    String json = Files.readString(edition, StandardCharsets.UTF_8);
    Files.writeString(
        edition, json.replace("\"310 steder", "\"" + places + " steder"), StandardCharsets.UTF_8);
  }

  /**
   * An insert and two stickers for the municipalities with the most kept places. The insert, as an
   * editor would order it for 16 A4 pages, prints at most {@link #INSERT_OFFERS_PER_PLACE} offers
   * of each place.
   */
  private static void orders(
      Path out, List<Inst> institutions, List<OfferRow> offers, Reference ref) throws IOException {
    Map<Integer, Long> counts =
        institutions.stream()
            .collect(Collectors.groupingBy(Inst::municipality, Collectors.counting()));
    List<Integer> busiest =
        counts.entrySet().stream()
            .sorted(
                Map.Entry.<Integer, Long>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey)
            .limit(3)
            .toList();
    Function<Integer, String> name = code -> ref.municipalities.get(code).name();
    Map<String, Object> insert = new LinkedHashMap<>();
    insert.put("municipality", busiest.get(0));
    // no copies: one for every catalogue of the municipality's schools (fewer would be an error)
    insert.put("trim", "A4");
    insert.put(
        "intro",
        "## Åben skole i "
            + name.apply(busiest.get(0))
            + "\n\nHer er de steder i kommunen, der tager imod skoleklasser.\n");
    insert.put("include", Map.of("located_in_municipality", true));
    insert.put("exclude", Map.of("offers", beyondFirst(offers, institutions, busiest.get(0))));
    Json.write(out.resolve("orders/inserts/" + busiest.get(0) + ".json"), insert);
    for (int i = 1; i < busiest.size(); i++) {
      Map<String, Object> sticker = new LinkedHashMap<>();
      sticker.put("municipality", busiest.get(i));
      sticker.put("text", "Find alle tilbud til skolerne i " + name.apply(busiest.get(i)));
      sticker.put("url", "https://www.skoletjenesten.dk/" + busiest.get(i));
      sticker.put("shape", i == 1 ? "circle" : "rectangle");
      if (i == 1) {
        sticker.put("diameter_mm", 60);
      } else {
        sticker.put("width_mm", 90);
        sticker.put("height_mm", 50);
      }
      Json.write(out.resolve("orders/stickers/" + busiest.get(i) + ".json"), sticker);
    }
  }
}
