package dk.skoletjenesten.katalog.print;

import java.util.Optional;

/**
 * The printing condition a file is made for, named by its registered characterisation (ICC
 * registry, {@code http://www.color.org}), with the total area coverage it allows.
 *
 * <p>Only FOGRA39 comes with an output profile we may redistribute ({@code ISO Coated v2 300%
 * (basICColor)}, zlib licence). No free FOGRA51 (PSO Coated v3) profile is available, so FOGRA51
 * can only be named by its identifier, which PDF/X-1a allows for registered conditions and PDF/X-4
 * does not: see {@link PrintStandard#accepts(OutputCondition)}.
 */
public enum OutputCondition {
  FOGRA39(
      "Coated FOGRA39 (ISO 12647-2:2004 Amd 1), ISO Coated v2 300% (basICColor)",
      "ISOcoated_v2_300_bas.icc", 330),
  FOGRA51("PSO Coated v3 (FOGRA51, ISO 12647-2:2013)", null, 300);

  /** The registry that names the conditions. */
  public static final String REGISTRY = "http://www.color.org";

  private final String description;
  private final String profileResource;
  private final int maxInkPercent;

  OutputCondition(String description, String profileResource, int maxInkPercent) {
    this.description = description;
    this.profileResource = profileResource;
    this.maxInkPercent = maxInkPercent;
  }

  /** The {@code OutputConditionIdentifier} and the word in edition.json, e.g. {@code FOGRA39}. */
  public String identifier() {
    return name();
  }

  /** {@code OutputCondition} and {@code Info} of the output intent. */
  public String description() {
    return description;
  }

  /** The bundled output profile's resource name (in the finishing package), if there is one. */
  public Optional<String> profileResource() {
    return Optional.ofNullable(profileResource);
  }

  /** Highest allowed C+M+Y+K sum in percent. */
  public int maxInkPercent() {
    return maxInkPercent;
  }
}
