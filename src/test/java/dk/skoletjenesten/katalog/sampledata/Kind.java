package dk.skoletjenesten.katalog.sampledata;

import java.util.Arrays;
import java.util.List;

/**
 * A kind of external learning environment (kinds.txt) or a partner's own profile (partners.txt):
 * how it is classified, which stages it serves, how teasers speak about it and what its offers
 * usually cost.
 */
record Kind(
    String key,
    String type,
    String section,
    String style,
    String stages,
    List<String> pools,
    String here,
    String athere,
    String heregen,
    String guide,
    List<String> names,
    int minOffers,
    int maxOffers,
    double freeShare,
    int minPrice,
    int maxPrice,
    int pupils,
    List<String> descriptions) {

  static Kind from(Blocks.Block b) {
    int[] offers = range(b.one("offers", "10-12"));
    int[] price = range(b.one("price"));
    return new Kind(
        b.key(),
        b.one("type"),
        b.one("section"),
        b.one("style"),
        b.one("stages", "dimug"),
        Arrays.asList(b.one("pools").split(" ")),
        b.one("here"),
        b.one("athere"),
        b.one("heregen"),
        b.one("guide"),
        b.all("name"),
        offers[0],
        offers[1],
        Double.parseDouble(b.one("free")),
        price[0],
        price[1],
        Integer.parseInt(b.one("pupils")),
        b.all("desc"));
  }

  private static int[] range(String text) {
    String[] parts = text.split("-");
    return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
  }
}
