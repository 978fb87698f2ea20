package dk.skoletjenesten.katalog.cli;

import dk.skoletjenesten.katalog.pipeline.Selector;
import picocli.CommandLine;

/** Reads one word of {@code --only} ({@code insert:580}) as a typed {@link Selector}. */
final class SelectorConverter implements CommandLine.ITypeConverter<Selector> {
  @Override
  public Selector convert(String value) {
    try {
      return Selector.parse(value);
    } catch (IllegalArgumentException e) {
      throw new UsageProblem("--only: " + e.getMessage());
    }
  }
}
