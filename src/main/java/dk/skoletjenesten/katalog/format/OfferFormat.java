package dk.skoletjenesten.katalog.format;

import dk.skoletjenesten.katalog.registry.Offer;
import dk.skoletjenesten.katalog.registry.Stage;
import java.util.ArrayList;
import java.util.List;

/** How an offer's facts print: grades, stages, duration and price, the Danish way. */
final class OfferFormat {
  private static final int FULL_DAY_FROM_MINUTES = 300;
  private static final int FULL_DAY_MINUTES = 480;

  private OfferFormat() {}

  /** {@code 4.–6. kl.}, {@code 0. kl.}, {@code Dagtilbud}, {@code Mellemtrin, udskoling}. */
  static String audience(Offer offer) {
    List<String> parts = new ArrayList<>();
    if (offer.stages().contains(Stage.DAGTILBUD)) {
      parts.add(Stage.DAGTILBUD.label());
    }
    if (offer.gradeFrom() != null) {
      parts.add(grades(offer.gradeFrom(), offer.gradeTo()));
    } else {
      offer.stages().stream().filter(Stage::hasGrades).map(Stage::label).forEach(parts::add);
    }
    if (offer.stages().contains(Stage.UNGDOMSUDDANNELSE)) {
      parts.add(Stage.UNGDOMSUDDANNELSE.label());
    }
    return capitalised(String.join(", ", lowerAfterFirst(parts)));
  }

  static String grades(int from, int to) {
    return from == to ? from + ". kl." : from + ".–" + to + ". kl.";
  }

  /**
   * {@code 45 min.}, {@code 1 time}, {@code 1½ time}, {@code 2 timer}, {@code Heldag}, {@code 3
   * dage}.
   */
  static String duration(int minutes) {
    if (minutes < 60) {
      return minutes + " min.";
    }
    if (minutes >= FULL_DAY_FROM_MINUTES && minutes <= FULL_DAY_MINUTES) {
      return "Heldag";
    }
    if (minutes > FULL_DAY_MINUTES) {
      return (minutes + FULL_DAY_MINUTES - 1) / FULL_DAY_MINUTES + " dage";
    }
    int hours = minutes / 60;
    int rest = minutes % 60;
    return switch (rest) {
      case 0 -> hours + " " + Danish.plural(hours, "time", "timer");
      case 30 -> hours + "½ time";
      case 15 -> hours + "¼ time";
      case 45 -> hours + "¾ time";
      default -> hours + " t. " + rest + " min.";
    };
  }

  /** {@code Gratis} for 0, otherwise {@code 1.250 kr.}. */
  static String price(int priceDkk) {
    return priceDkk == 0 ? "Gratis" : Danish.integer(priceDkk) + " kr.";
  }

  /** Subjects, or the dagtilbud themes when the offer names no subjects. */
  static String topics(Offer offer) {
    return String.join(", ", topicList(offer));
  }

  /** The subjects, then the themes that are not also subjects, in data order. */
  static List<String> topicList(Offer offer) {
    List<String> topics = new ArrayList<>(offer.subjects());
    offer.themes().stream().filter(t -> !topics.contains(t)).forEach(topics::add);
    return topics;
  }

  private static List<String> lowerAfterFirst(List<String> parts) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      String p = parts.get(i);
      out.add(i == 0 || Character.isDigit(p.charAt(0)) ? p : Danish.lowerCase(p));
    }
    return out;
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
