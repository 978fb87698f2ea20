package dk.skoletjenesten.katalog.print;

import java.util.Locale;
import java.util.Objects;

/** How many pages a file may have, e.g. a multiple of 4 for a folded book. */
public record PageCountRule(Kind kind, int count) {
  /** The kinds of rule. */
  public enum Kind {
    ANY,
    EVEN,
    MULTIPLE_OF,
    EXACTLY
  }

  public PageCountRule {
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.MULTIPLE_OF || kind == Kind.EXACTLY) && count < 1) {
      throw new IllegalArgumentException(kind + " needs a count of at least 1, got " + count);
    }
  }

  public static PageCountRule any() {
    return new PageCountRule(Kind.ANY, 0);
  }

  public static PageCountRule even() {
    return new PageCountRule(Kind.EVEN, 2);
  }

  public static PageCountRule multipleOf(int count) {
    return new PageCountRule(Kind.MULTIPLE_OF, count);
  }

  public static PageCountRule exactly(int count) {
    return new PageCountRule(Kind.EXACTLY, count);
  }

  /** Whether {@code pages} meets the rule. */
  public boolean allows(int pages) {
    return switch (kind) {
      case ANY -> true;
      case EVEN -> pages % 2 == 0;
      case MULTIPLE_OF -> pages % count == 0;
      case EXACTLY -> pages == count;
    };
  }

  /** What the rule expects, in words: {@code a multiple of 4}. */
  public String expectation() {
    return switch (kind) {
      case ANY -> "any number";
      case EVEN -> "an even number";
      case MULTIPLE_OF -> String.format(Locale.ROOT, "a multiple of %d", count);
      case EXACTLY -> String.format(Locale.ROOT, "exactly %d", count);
    };
  }
}
