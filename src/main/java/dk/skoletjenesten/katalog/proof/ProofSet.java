package dk.skoletjenesten.katalog.proof;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The proofs of a bundle: {@code files}, path under OUT (e.g. {@code proofs/catalogue/p001.png}) to
 * bytes, sorted by path; and {@code signatures}, bundle path (e.g. {@code catalogue.pdf}) to one
 * {@link PageSignature} per page in page order, for the manifest.
 */
public record ProofSet(
    SortedMap<String, byte[]> files, SortedMap<String, List<PageSignature>> signatures) {

  public ProofSet {
    files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    TreeMap<String, List<PageSignature>> copied = new TreeMap<>();
    signatures.forEach((path, pages) -> copied.put(path, List.copyOf(pages)));
    signatures = Collections.unmodifiableSortedMap(copied);
  }

  /** The same files and signatures, from maps in any order. */
  static ProofSet of(Map<String, byte[]> files, Map<String, List<PageSignature>> signatures) {
    return new ProofSet(new TreeMap<>(files), new TreeMap<>(signatures));
  }
}
