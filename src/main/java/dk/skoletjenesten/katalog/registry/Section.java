package dk.skoletjenesten.katalog.registry;

/** The seven catalogue sections, in the order the catalogue prints them. */
public enum Section {
  KUNST("Kunst, design og arkitektur"),
  KULTURHISTORISKE_MUSEER("Kulturhistoriske museer"),
  KULTURHISTORISKE_MILJOER("Kulturhistoriske miljøer"),
  SCENEKUNST("Scenekunst, musik, film og bevægelse"),
  NATURFAG("Naturfag og naturvidenskab"),
  LOKALHISTORISKE_MUSEER("Lokalhistoriske museer"),
  KULTUR_SAMFUND("Kultur, udvikling og samfund");

  private final String label;

  Section(String label) {
    this.label = label;
  }

  /** The name as written in the data and printed in the catalogue. */
  public String label() {
    return label;
  }
}
