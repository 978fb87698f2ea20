package dk.skoletjenesten.katalog.bundle;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** manifest.json: every file of the bundle with its product, format, copies and checksum. */
@JsonPropertyOrder({"edition", "title", "files"})
record Manifest(String edition, String title, List<Entry> files) {

  @JsonPropertyOrder({
    "path",
    "product",
    "title",
    "standard",
    "municipality",
    "pages",
    "trim_mm",
    "copies",
    "sha256"
  })
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Entry(
      String path,
      String product,
      String title,
      String standard,
      Integer municipality,
      int pages,
      @JsonProperty("trim_mm") double[] trimMm,
      int copies,
      String sha256) {}
}
