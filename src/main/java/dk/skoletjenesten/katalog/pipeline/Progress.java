package dk.skoletjenesten.katalog.pipeline;

/**
 * Where a build says what it has done, one line per step (a publication laid out, the files
 * finished and checked, the proofs, the bundle written), with the seconds since the build began.
 * {@code katalog build} prints them on stderr when it is a terminal and stays quiet otherwise.
 */
@FunctionalInterface
public interface Progress {
  /** Says nothing. */
  Progress QUIET = line -> {};

  void step(String line);
}
