package dk.skoletjenesten.katalog.registry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The words the data uses for the values of an enum ({@code "perfect"}, {@code "PDF/X-4"}, {@code
 * "circle"}): the one lookup from a word in a JSON or CSV field to its value, and the message for a
 * word that is none of them. Words match exactly, in the order the enum declares its values.
 */
final class Words<E> {
  private final Map<String, E> byWord;

  private Words(Map<String, E> byWord) {
    this.byWord = Collections.unmodifiableMap(byWord);
  }

  /** The values of an enum by the word {@code word} gives each, e.g. {@code Binding::key}. */
  static <E extends Enum<E>> Words<E> of(E[] values, Function<E, String> word) {
    Map<String, E> byWord = new LinkedHashMap<>();
    for (E value : values) {
      byWord.put(word.apply(value), value);
    }
    return new Words<>(byWord);
  }

  Optional<E> find(String word) {
    return Optional.ofNullable(byWord.get(word));
  }

  /** The words for messages: {@code saddle-stitch, perfect}. */
  String joined() {
    return String.join(", ", byWord.keySet());
  }

  /** {@code expected one of saddle-stitch, perfect; got "spiral"}. */
  String mismatch(String word) {
    return "expected one of " + joined() + "; got " + Fields.quote(word);
  }
}
