package dk.skoletjenesten.katalog.sampledata;

import java.util.List;
import java.util.Random;

/** Price, price note, class size and the "new" flag of an offer. */
final class Pricing {
  private static final int MAX_PRICE = 2500;
  private static final int MIN_PRICE = 300;
  private static final double NOTE_SHARE = 0.12;
  private static final double NEW_SHARE = 0.10;
  private static final List<String> PAID_NOTES =
      List.of(
          "Prisen gælder for én klasse",
          "Inklusive materialer",
          "Ekstra klasse samme dag: 400 kr.",
          "Rabat ved booking af tre forløb eller flere",
          "Prisen dækker også lærermaterialet");
  private static final List<String> FREE_NOTES =
      List.of(
          "Transport betales af skolen", "Book senest tre uger før besøget",
          "Entré til udstillingen er inkluderet", "Gratis, men kræver forhåndstilmelding");

  private final Reference ref;
  private final Random random = new Random(Seeds.of("prices"));

  Pricing(Reference ref) {
    this.ref = ref;
  }

  record Price(int dkk, String note) {}

  Price price(Inst inst, Audience audience, Duration duration) {
    Kind kind = inst.kind();
    boolean free = kind.maxPrice() == 0 || random.nextDouble() < kind.freeShare();
    int dkk = free ? 0 : paid(kind, audience, duration);
    return new Price(dkk, note(inst, dkk));
  }

  /** A price in the kind's range, higher for full days and projects, lower for the youngest. */
  private int paid(Kind kind, Audience audience, Duration duration) {
    int min = Math.max(MIN_PRICE, kind.minPrice());
    int base = min + 50 * random.nextInt((kind.maxPrice() - min) / 50 + 1);
    double factor = duration.days() > 1 ? duration.days() * 0.8 : duration.fullDay() ? 1.6 : 1;
    if (audience.only('d')) {
      factor = 0.6;
    }
    return Math.max(MIN_PRICE, Math.min(MAX_PRICE, (int) Math.round(base * factor / 50.0) * 50));
  }

  private String note(Inst inst, int dkk) {
    if (dkk > 0 && inst.municipality() == 621 && random.nextDouble() < 0.6) {
      return "Gratis for skoler i " + ref.municipality(621).name();
    }
    if (random.nextDouble() >= NOTE_SHARE) {
      return null;
    }
    if (dkk > 0 && random.nextDouble() < 0.3) {
      return "Gratis for skoler i " + ref.municipality(inst.municipality()).name();
    }
    List<String> notes = dkk > 0 ? PAID_NOTES : FREE_NOTES;
    return notes.get(random.nextInt(notes.size()));
  }

  Integer maxPupils(Inst inst, Audience audience) {
    if (audience.only('d')) {
      return random.nextInt(5) < 3 ? 15 : 20;
    }
    int usual = inst.kind().pupils();
    if (usual == 0 || random.nextInt(20) == 0) {
      return null;
    }
    int roll = random.nextInt(8);
    return roll == 0 ? 24 : roll == 1 ? (usual == 28 ? 30 : 28) : usual;
  }

  boolean isNew() {
    return random.nextDouble() < NEW_SHARE;
  }
}
