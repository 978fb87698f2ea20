package dk.skoletjenesten.katalog.bundle;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.skoletjenesten.katalog.proof.PageSignature;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * manifest.json: the edition and its revision, the digest of the data it was made from, every
 * product file with its format, print facts, copies, checksum and page hashes ({@link
 * PageSignature}, one per proofed page), and the path and checksum of every other file of the
 * bundle. Its fields are documented in the README.
 */
@JsonPropertyOrder({"edition", "title", "revision", "data_sha256", "files", "other_files"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Manifest(
    String edition,
    String title,
    String revision,
    @JsonProperty("data_sha256") String dataSha256,
    List<Entry> files,
    @JsonProperty("other_files") List<OtherFile> otherFiles) {

  Manifest(Header header, List<Entry> files, List<OtherFile> otherFiles) {
    this(
        header.edition(),
        header.title(),
        header.revision(),
        header.dataSha256(),
        List.copyOf(files),
        List.copyOf(otherFiles));
  }

  /**
   * What the manifest says of the whole bundle: the school year, the title, the revision (the
   * edition's date, ISO) and the SHA-256 of the data snapshot ({@code registry.json}).
   */
  public record Header(String edition, String title, String revision, String dataSha256) {
    public Header {
      Objects.requireNonNull(edition, "edition");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(revision, "revision");
    }
  }

  /**
   * What the pipeline adds to a file's entry: its print facts (binding, paper, colours, bleed,
   * standard, output condition ..., in a fixed order) and one hash pair per page.
   */
  public record Extra(Map<String, Object> print, List<PageSignature> pageHashes) {
    public Extra {
      print = print == null ? null : Collections.unmodifiableMap(print);
      pageHashes = List.copyOf(pageHashes);
    }
  }

  /** A product file. */
  @JsonPropertyOrder({
    "path",
    "product",
    "title",
    "municipality",
    "pages",
    "trim_mm",
    "copies",
    "sha256",
    "print",
    "page_hashes"
  })
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Entry(
      String path,
      String product,
      String title,
      Integer municipality,
      int pages,
      @JsonProperty("trim_mm") double[] trimMm,
      @JsonInclude(JsonInclude.Include.ALWAYS) int copies,
      String sha256,
      Map<String, Object> print,
      @JsonProperty("page_hashes") List<PageSignature> pageHashes) {}

  /** Any other file of the bundle: proofs, reports, the print order, the changes. */
  public record OtherFile(String path, String sha256) {}
}
