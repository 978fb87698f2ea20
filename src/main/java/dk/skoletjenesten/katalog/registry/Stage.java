package dk.skoletjenesten.katalog.registry;

/** Who an offer is for, in the order of a child's life. Grades are 0 (børnehaveklasse) to 10. */
public enum Stage {
  DAGTILBUD("dagtilbud", "Dagtilbud", -1, -1),
  INDSKOLING("indskoling", "Indskoling", 0, 3),
  MELLEMTRIN("mellemtrin", "Mellemtrin", 4, 6),
  UDSKOLING("udskoling", "Udskoling", 7, 10),
  UNGDOMSUDDANNELSE("ungdomsuddannelse", "Ungdomsuddannelser", -1, -1);

  private final String key;
  private final String label;
  private final int gradeFrom;
  private final int gradeTo;

  Stage(String key, String label, int gradeFrom, int gradeTo) {
    this.key = key;
    this.label = label;
    this.gradeFrom = gradeFrom;
    this.gradeTo = gradeTo;
  }

  /** The word used in the data: {@code indskoling}. */
  public String key() {
    return key;
  }

  /** The printed name: {@code Indskoling}. */
  public String label() {
    return label;
  }

  /** True when this stage is a span of grundskole grades that {@code from..to} overlaps. */
  public boolean overlapsGrades(int from, int to) {
    return gradeFrom >= 0 && from <= gradeTo && to >= gradeFrom;
  }

  public boolean hasGrades() {
    return gradeFrom >= 0;
  }
}
