package dk.skoletjenesten.katalog.cli;

import picocli.CommandLine;

/**
 * An option value that a converter of ours refuses, worded in full ({@code --only: expected ...});
 * the usage message shows it as it is, without picocli's {@code Invalid value for option} prefix.
 */
final class UsageProblem extends CommandLine.TypeConversionException {
  private static final long serialVersionUID = 1L;

  UsageProblem(String message) {
    super(message);
  }
}
