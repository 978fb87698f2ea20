package dk.skoletjenesten.katalog.sampledata;

import java.util.Random;

/**
 * How long an offer lasts: minutes, and whether it is a full day or a project over several days.
 */
record Duration(int minutes, boolean fullDay, int days) {
  static final int FULL_DAY_MINUTES = 300;
  static final String[] DAY_WORDS = {"", "én", "to", "tre", "fire", "fem"};
  private static final double FULL_DAY_SHARE = 0.06;
  private static final double MULTI_DAY_SHARE = 0.012;

  static Duration choose(Kind kind, Topic topic, Audience audience, Random random) {
    if (topic.minMinutes() > 0) {
      int step = topic.maxMinutes() < 100 ? 5 : 15;
      return new Duration(between(topic.minMinutes(), topic.maxMinutes(), step, random), false, 1);
    }
    if (audience.has('d')) {
      return new Duration(between(45, 90, 15, random), false, 1);
    }
    double roll = random.nextDouble();
    if (roll < MULTI_DAY_SHARE) {
      int days = 2 + random.nextInt(4);
      return new Duration(days * between(300, 330, 15, random), false, days);
    }
    if (roll < MULTI_DAY_SHARE + FULL_DAY_SHARE) {
      return new Duration(between(300, 360, 30, random), true, 1);
    }
    boolean longer = kind.style().equals("field") || kind.style().equals("make");
    return longer
        ? new Duration(between(90, 180, 15, random), false, 1)
        : new Duration(between(60, 120, 15, random), false, 1);
  }

  private static int between(int min, int max, int step, Random random) {
    int steps = (max - min) / step;
    return min + step * random.nextInt(steps + 1);
  }
}
