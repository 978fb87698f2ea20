package dk.skoletjenesten.katalog.sampledata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Gives every institution its offers: picks topics from the institution's pools (spreading the
 * topics evenly over the catalogue), then an audience, duration, title, teaser and price for each.
 */
final class OfferFactory {
  private static final String OFFER_URL = "https://www.skoletjenesten.dk/tilbud/";
  private static final int AABENRAA = 580;
  private static final int TARGET_OFFERS = 2100;
  private static final int MAX_UNIQUE_PER_INSTITUTION = 1;
  private static final double LATER_POOL_PENALTY = 2.5;

  private final Reference ref;
  private final Banks banks;
  private final Random random = new Random(Seeds.of("offers"));
  private final TitleWriter titles = new TitleWriter();
  private final TeaserWriter teasers;
  private final Pricing pricing;
  private final Map<Topic, Integer> topicUse = new HashMap<>();
  private final Set<String> offerIds = new HashSet<>();

  OfferFactory(Reference ref, Banks banks) {
    this.ref = ref;
    this.banks = banks;
    this.teasers = new TeaserWriter(banks);
    this.pricing = new Pricing(ref);
  }

  /** The offers of all institutions, in institution order and by id within an institution. */
  List<OfferRow> build(List<Inst> institutions) {
    Map<String, Integer> counts = counts(institutions);
    List<OfferRow> all = new ArrayList<>();
    for (Inst inst : institutions) {
      if (inst.offers()) {
        List<OfferRow> own = new ArrayList<>();
        for (Topic topic : topics(inst, counts.get(inst.id()))) {
          own.add(offer(inst, topic, own));
        }
        own.sort(Comparator.comparing(OfferRow::id));
        all.addAll(own);
      }
    }
    return all;
  }

  /**
   * How many offers each institution gets: a number in its kind's range, then single offers added
   * to random institutions (not in Aabenraa, whose places are small) until the catalogue holds
   * {@link #TARGET_OFFERS}.
   */
  private Map<String, Integer> counts(List<Inst> institutions) {
    Map<String, Integer> counts = new HashMap<>();
    List<Inst> growable = new ArrayList<>();
    for (Inst inst : institutions) {
      if (inst.offers()) {
        counts.put(inst.id(), count(inst));
        if (inst.municipality() != AABENRAA && !inst.partner()) {
          growable.add(inst);
        }
      }
    }
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    while (total < TARGET_OFFERS) {
      Inst inst = growable.get(random.nextInt(growable.size()));
      if (counts.get(inst.id()) < inst.kind().maxOffers()) {
        counts.merge(inst.id(), 1, Integer::sum);
        total++;
      }
    }
    return counts;
  }

  private int count(Inst inst) {
    Kind kind = inst.kind();
    if (inst.municipality() == AABENRAA) {
      return 2 + random.nextInt(2);
    }
    return kind.minOffers() + random.nextInt(kind.maxOffers() - kind.minOffers() + 1);
  }

  private List<Topic> topics(Inst inst, int count) {
    List<Topic> chosen = new ArrayList<>();
    String forced = EdgeCases.FORCED_TOPICS.get(inst.id());
    if (forced != null) {
      chosen.add(topicByTitle(forced));
    }
    while (chosen.size() < count) {
      Topic next = nextTopic(inst, chosen);
      if (next == null) {
        break;
      }
      chosen.add(next);
    }
    chosen.forEach(t -> topicUse.merge(t, 1, Integer::sum));
    return chosen;
  }

  /**
   * The candidate with the lowest use, a small penalty for later pools, and random tie-breaking.
   */
  private Topic nextTopic(Inst inst, List<Topic> chosen) {
    long unique = chosen.stream().filter(Topic::unique).count();
    Topic best = null;
    double bestScore = Double.MAX_VALUE;
    List<String> pools = inst.kind().pools();
    for (int p = 0; p < pools.size(); p++) {
      for (Topic topic : banks.pool(pools.get(p))) {
        if (chosen.contains(topic)
            || reserved(topic)
            || !suitsKind(topic, inst.kind())
            || topic.unique()
                && (unique >= MAX_UNIQUE_PER_INSTITUTION || topicUse.containsKey(topic))) {
          continue;
        }
        double score =
            topicUse.getOrDefault(topic, 0) + LATER_POOL_PENALTY * p + random.nextDouble() * 1.5;
        if (score < bestScore) {
          bestScore = score;
          best = topic;
        }
      }
    }
    return best;
  }

  private static boolean suitsKind(Topic topic, Kind kind) {
    return topic.stages().chars().anyMatch(c -> kind.stages().indexOf(c) >= 0);
  }

  private static boolean reserved(Topic topic) {
    return EdgeCases.FORCED_TOPICS.containsValue(topic.title());
  }

  private Topic topicByTitle(String title) {
    return banks.pools.values().stream()
        .flatMap(List::stream)
        .filter(t -> t.title().equals(title))
        .findFirst()
        .orElseThrow();
  }

  private OfferRow offer(Inst inst, Topic topic, List<OfferRow> siblings) {
    Audience audience = Audience.choose(topic, inst.kind().stages(), ref, random);
    if (audience == null) {
      throw new IllegalStateException("no audience for topic " + topic.title());
    }
    Duration duration = duration(inst, topic, audience, siblings);
    Set<String> taken = new HashSet<>();
    siblings.forEach(o -> taken.add(o.title()));
    String title = titles.write(inst, topic, audience, duration, taken);
    String teaser = teasers.write(inst, topic, audience);
    Pricing.Price price = pricing.price(inst, audience, duration);
    String id = offerId(inst.id() + "-" + Slug.of(title, 50));
    return new OfferRow(
        id,
        inst.id(),
        title,
        teaser,
        audience.stageKeys(),
        audience.from(),
        audience.to(),
        audience.subjects(),
        audience.themes(),
        duration.minutes(),
        price.dkk(),
        price.note(),
        pricing.maxPupils(inst, audience),
        OFFER_URL + id,
        pricing.isNew());
  }

  /** A duration; an institution rarely has more than one full-day or multi-day offer. */
  private Duration duration(Inst inst, Topic topic, Audience audience, List<OfferRow> siblings) {
    boolean hasLong =
        siblings.stream().anyMatch(o -> o.durationMinutes() >= Duration.FULL_DAY_MINUTES);
    Duration duration = Duration.choose(inst.kind(), topic, audience, random);
    for (int tries = 0;
        hasLong && duration.minutes() >= Duration.FULL_DAY_MINUTES && tries < 5;
        tries++) {
      duration = Duration.choose(inst.kind(), topic, audience, random);
    }
    return duration;
  }

  private String offerId(String base) {
    String id = base;
    for (int n = 2; !offerIds.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }
}
