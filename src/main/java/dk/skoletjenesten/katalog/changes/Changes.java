package dk.skoletjenesten.katalog.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.skoletjenesten.katalog.changes.DataChanges.Entry;
import dk.skoletjenesten.katalog.changes.DataChanges.FieldChange;
import dk.skoletjenesten.katalog.changes.DataChanges.Group;
import dk.skoletjenesten.katalog.changes.DataChanges.PageRefs;
import dk.skoletjenesten.katalog.changes.PublicationChanges.ChangedPage;
import dk.skoletjenesten.katalog.changes.PublicationChanges.MovedPage;
import dk.skoletjenesten.katalog.changes.PublicationChanges.PageRef;
import dk.skoletjenesten.katalog.changes.PublicationChanges.Region;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What changed from one bundle to another (made by {@link BundleComparison#compare}): the data
 * changes, the publications' changed, moved, added and removed pages, and a side-by-side image per
 * changed page. {@link #json()}, {@link #html()} and {@link #files()} give the same bytes for the
 * same two bundles.
 */
public final class Changes {
  /** The {@code format} of changes.json; the HTML carries it as its generator. */
  public static final String FORMAT = "katalog-changes/1";

  public static final String JSON_FILE = "changes.json";
  public static final String HTML_FILE = "changes.html";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final String oldRevision;
  private final String newRevision;
  private final DataChanges data;
  private final List<PublicationChanges> publications;
  private final Map<String, byte[]> images;

  Changes(
      String oldRevision,
      String newRevision,
      DataChanges data,
      List<PublicationChanges> publications,
      Map<String, byte[]> images) {
    this.oldRevision = oldRevision;
    this.newRevision = newRevision;
    this.data = data;
    this.publications = List.copyOf(publications);
    this.images = Collections.unmodifiableMap(new TreeMap<>(images));
  }

  String oldRevision() {
    return oldRevision;
  }

  String newRevision() {
    return newRevision;
  }

  DataChanges data() {
    return data;
  }

  List<PublicationChanges> publications() {
    return publications;
  }

  /** The side-by-side images by bundle path ({@code changes/catalogue/p012.png}). */
  public Map<String, byte[]> images() {
    return images;
  }

  /**
   * Every file to write, by path relative to the output folder: changes.json, changes.html and the
   * images, sorted by path.
   */
  public Map<String, byte[]> files() {
    Map<String, byte[]> files = new TreeMap<>(images);
    files.put(JSON_FILE, json());
    files.put(HTML_FILE, html());
    return Collections.unmodifiableMap(files);
  }

  /** True when neither the data nor any page differ. */
  public boolean isEmpty() {
    return data.count() == 0 && publications.isEmpty();
  }

  /** The one-line summary: {@code 3 data changes, 4 pages changed in 2 publications, ...}. */
  public String summary() {
    return Summary.of(this).text();
  }

  /** changes.json (the shape is documented in the package). */
  public byte[] json() {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("old_revision", oldRevision);
    root.put("new_revision", newRevision);
    root.set("summary", Summary.of(this).json(JSON));
    root.set("data", data(data));
    ArrayNode list = root.putArray("publications");
    publications.forEach(p -> list.add(publication(p)));
    try {
      return (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write changes.json", e);
    }
  }

  /** changes.html: one self-contained page (inline CSS, images as data: URIs). */
  public byte[] html() {
    return ChangesHtml.render(this).getBytes(StandardCharsets.UTF_8);
  }

  private static ObjectNode data(DataChanges data) {
    ObjectNode node = JSON.createObjectNode();
    node.put("same", data.same());
    for (String name : RegistrySnapshot.GROUPS) {
      node.set(name, group(data.group(name)));
    }
    node.set("edition", fields(data.edition()));
    return node;
  }

  private static ObjectNode group(Group group) {
    ObjectNode node = JSON.createObjectNode();
    node.set("changed", entries(group.changed(), true));
    node.set("added", entries(group.added(), false));
    node.set("removed", entries(group.removed(), false));
    return node;
  }

  private static ArrayNode entries(List<Entry> entries, boolean withFields) {
    ArrayNode list = JSON.createArrayNode();
    for (Entry e : entries) {
      ObjectNode node = list.addObject();
      node.put("id", e.id());
      node.put("ref", e.ref());
      node.put("label", e.label());
      if (withFields) {
        node.set("fields", fields(e.fields()));
      }
      ArrayNode pages = node.putArray("pages");
      for (PageRefs p : e.pages()) {
        ObjectNode ref = pages.addObject();
        ref.put("path", p.path());
        ints(ref.putArray("pages"), p.pages());
        ints(ref.putArray("removed_pages"), p.removedPages());
      }
    }
    return list;
  }

  private static ArrayNode fields(List<FieldChange> fields) {
    ArrayNode list = JSON.createArrayNode();
    for (FieldChange f : fields) {
      ObjectNode node = list.addObject();
      node.put("field", f.field());
      node.set("old", f.before());
      node.set("new", f.after());
    }
    return list;
  }

  private static ObjectNode publication(PublicationChanges p) {
    ObjectNode node = JSON.createObjectNode();
    node.put("path", p.path());
    node.put("status", p.status());
    node.put("old_pages", p.oldPages());
    node.put("new_pages", p.newPages());
    ArrayNode changed = node.putArray("changed_pages");
    for (ChangedPage c : p.changedPages()) {
      ObjectNode page = changed.addObject();
      page.put("page", c.page());
      page.put("image", c.image());
      ArrayNode regions = page.putArray("regions");
      for (Region r : c.regions()) {
        regions
            .addObject()
            .put("x", r.x())
            .put("y", r.y())
            .put("width", r.width())
            .put("height", r.height());
      }
      strings(page.putArray("data"), c.data());
    }
    ArrayNode moved = node.putArray("moved_pages");
    for (MovedPage m : p.movedPages()) {
      moved.addObject().put("from", m.from()).put("to", m.to());
    }
    node.set("added_pages", pageRefs(p.addedPages()));
    node.set("removed_pages", pageRefs(p.removedPages()));
    return node;
  }

  private static ArrayNode pageRefs(List<PageRef> refs) {
    ArrayNode list = JSON.createArrayNode();
    for (PageRef r : refs) {
      ObjectNode node = list.addObject();
      node.put("page", r.page());
      strings(node.putArray("data"), r.data());
    }
    return list;
  }

  private static void ints(ArrayNode into, List<Integer> values) {
    values.forEach(into::add);
  }

  private static void strings(ArrayNode into, List<String> values) {
    values.forEach(into::add);
  }

  /** A value of a field as one line of text: strings as they are, lists joined, null as a dash. */
  static String display(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return "\u2013";
    }
    if (value.isTextual()) {
      return value.asText();
    }
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      value.forEach(v -> items.add(display(v)));
      return String.join(", ", items);
    }
    return value.toString();
  }
}
