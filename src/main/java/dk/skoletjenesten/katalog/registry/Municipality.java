package dk.skoletjenesten.katalog.registry;

import java.util.Optional;

/**
 * A Danish municipality: kommunekode, names, region and the slug of its page on the portal ({@code
 * portalSlug} is null where the municipality has no municipality site).
 */
public record Municipality(
    int code, String name, String shortName, String region, String portalSlug) {

  public Optional<String> findPortalSlug() {
    return Optional.ofNullable(portalSlug);
  }

  /** The municipality site, e.g. {@code https://www.skoletjenesten.dk/aabenraakommune}. */
  public Optional<String> findPortalUrl(String portalUrl) {
    String base = portalUrl.endsWith("/") ? portalUrl : portalUrl + "/";
    return findPortalSlug().map(slug -> base + slug);
  }
}
