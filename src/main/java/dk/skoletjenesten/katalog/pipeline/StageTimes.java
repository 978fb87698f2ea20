package dk.skoletjenesten.katalog.pipeline;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * How long each stage of a build worked, in seconds summed over the threads that did it (the
 * finishing and preflight of different files run side by side, so their sum can exceed the wall
 * time between them). Thread-safe.
 */
public final class StageTimes {
  /** The stages of a build, in the order they begin. */
  public enum Stage {
    /** Reading and validating the data folder. */
    READ,
    /** Laying out and rendering the publications (Flying Saucer). */
    LAYOUT,
    /** PDF/X finishing and the screen editions (PDFBox). */
    FINISHING,
    /** The preflight of every finished file. */
    PREFLIGHT,
    /** Proof images, contact sheets and page signatures. */
    PROOFS,
    /** The print order, distribution, reports, snapshot and manifest, and writing the files. */
    WRITE;

    /** The stage's name in reports: {@code read}, {@code layout} ... */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

  public StageTimes() {
    for (Stage stage : Stage.values()) {
      nanos.put(stage, new LongAdder());
    }
  }

  /** Work that gives a value and may throw {@code E}. */
  @FunctionalInterface
  public interface Work<T, E extends Exception> {
    T get() throws E;
  }

  /** Runs {@code work}, counting its time to {@code stage}. */
  public <T, E extends Exception> T time(Stage stage, Work<T, E> work) throws E {
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      nanos.get(stage).add(System.nanoTime() - start);
    }
  }

  /** Runs {@code work}, counting its time to {@code stage}. */
  public void run(Stage stage, Runnable work) {
    time(
        stage,
        () -> {
          work.run();
          return null;
        });
  }

  /** The seconds of every stage, in stage order (0 for a stage that did not run). */
  public Map<Stage, Double> seconds() {
    Map<Stage, Double> seconds = new EnumMap<>(Stage.class);
    nanos.forEach((stage, sum) -> seconds.put(stage, sum.sum() / 1e9));
    return seconds;
  }
}
