package dk.skoletjenesten.katalog.finishing;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Replaces the six-letter tags of embedded font subsets ({@code CVWLRH+Lato-Bold}) with tags
 * derived from the subset's font program. OpenPDF draws the tags at random, so without this two
 * renders of the same page differ in their bytes. Used by print finishing, the screen edition and
 * the print order (a document, not press artwork, but just as deterministic).
 */
public final class SubsetTags {
  private static final Pattern TAGGED = Pattern.compile("([A-Z]{6})\\+(.*)");
  private static final COSName[] PROGRAMS = {
    COSName.FONT_FILE, COSName.FONT_FILE2, COSName.FONT_FILE3
  };

  private SubsetTags() {}

  /** Gives every tagged font subset of {@code document} the tag derived from its program. */
  public static void normalize(PDDocument document) throws IOException {
    Map<String, String> tags = new HashMap<>();
    for (COSDictionary descriptor : dictionaries(document, COSName.FONT_DESC)) {
      Matcher name = TAGGED.matcher(descriptor.getNameAsString(COSName.FONT_NAME, ""));
      COSStream program = program(descriptor);
      if (name.matches() && program != null) {
        tags.put(name.group(1), tagOf(program));
      }
    }
    for (COSDictionary descriptor : dictionaries(document, COSName.FONT_DESC)) {
      rename(descriptor, COSName.FONT_NAME, tags);
    }
    for (COSDictionary font : dictionaries(document, COSName.FONT)) {
      rename(font, COSName.BASE_FONT, tags);
    }
  }

  private static Iterable<COSDictionary> dictionaries(PDDocument document, COSName type) {
    List<COSDictionary> found = new ArrayList<>();
    for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
      COSObject object = document.getDocument().getObjectFromPool(key);
      COSBase value = object == null ? null : object.getObject();
      if (value instanceof COSDictionary dict && type.equals(dict.getCOSName(COSName.TYPE))) {
        found.add(dict);
      }
    }
    return found;
  }

  private static COSStream program(COSDictionary descriptor) {
    for (COSName key : PROGRAMS) {
      if (descriptor.getDictionaryObject(key) instanceof COSStream stream) {
        return stream;
      }
    }
    return null;
  }

  private static void rename(COSDictionary dict, COSName key, Map<String, String> tags) {
    Matcher name = TAGGED.matcher(dict.getNameAsString(key, ""));
    if (name.matches() && tags.containsKey(name.group(1))) {
      dict.setName(key, tags.get(name.group(1)) + "+" + name.group(2));
    }
  }

  /** Six capital letters from the SHA-256 of the font program as stored. */
  private static String tagOf(COSStream program) throws IOException {
    byte[] hash;
    try (InputStream raw = program.createRawInputStream()) {
      hash = MessageDigest.getInstance("SHA-256").digest(raw.readAllBytes());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    StringBuilder tag = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      tag.append((char) ('A' + Math.floorMod(hash[i], 26)));
    }
    return tag.toString();
  }
}
