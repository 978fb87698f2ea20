package dk.skoletjenesten.katalog.finishing;

import java.util.Optional;

/**
 * The printing condition a file is made for, named by its registered characterisation (ICC
 * registry, {@code http://www.color.org}).
 *
 * <p>Only FOGRA39 comes with an output profile we may redistribute ({@code ISO Coated v2 300%
 * (basICColor)}, zlib licence). No free FOGRA51 (PSO Coated v3) profile is available, so FOGRA51
 * can only be named by its identifier, which PDF/X-1a allows for registered conditions and PDF/X-4
 * does not: {@link FinishingSpec} refuses PDF/X-4 with FOGRA51.
 */
public enum OutputCondition {
  FOGRA39(
      "FOGRA39",
      "Coated FOGRA39 (ISO 12647-2:2004 Amd 1), ISO Coated v2 300% (basICColor)",
      "ISOcoated_v2_300_bas.icc"),
  FOGRA51("FOGRA51", "PSO Coated v3 (FOGRA51, ISO 12647-2:2013)", null);

  static final String REGISTRY = "http://www.color.org";

  private final String identifier;
  private final String description;
  private final String profileResource;

  OutputCondition(String identifier, String description, String profileResource) {
    this.identifier = identifier;
    this.description = description;
    this.profileResource = profileResource;
  }

  /** The {@code OutputConditionIdentifier}, e.g. {@code FOGRA39}. */
  public String identifier() {
    return identifier;
  }

  String description() {
    return description;
  }

  /** The class-path resource (next to this class) of the bundled output profile, if any. */
  Optional<String> profileResource() {
    return Optional.ofNullable(profileResource);
  }
}
