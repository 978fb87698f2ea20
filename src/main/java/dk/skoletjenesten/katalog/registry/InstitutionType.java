package dk.skoletjenesten.katalog.registry;

/** The eleven institution types of the portal, in alphabetical order. */
public enum InstitutionType {
  BIBLIOTEKER("Biblioteker og arkiver"),
  FORENINGER("Foreninger, NGO'er og interesseorganisationer"),
  FORSYNING("Forsyningsvirksomheder"),
  KOMMUNER("Kommuner"),
  KULTURHUSE("Kulturhuse og værksteder"),
  MUSEER("Museer"),
  SKOLER("Musik-, kultur-, ungdoms- og billedskoler"),
  SCENEKUNST("Scenekunst, film og musik"),
  SLOTTE("Slotte, borge og historiske miljøer"),
  UDSTILLINGSSTEDER("Udstillingssteder for kunst og kultur"),
  ZOO("Zoo, naturcentre, universiteter og oplevelse");

  private final String label;

  InstitutionType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
