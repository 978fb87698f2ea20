package dk.skoletjenesten.katalog.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs tasks on one thread per core (no more threads than tasks) and gives their results in the
 * tasks' order, so that what they make does not depend on which finished first.
 */
final class OnAllCores {
  private OnAllCores() {}

  /**
   * What the fault of a task becomes; {@code cause} is an InterruptedException when waiting was.
   */
  @FunctionalInterface
  interface Fault {
    RuntimeException of(int task, Throwable cause);
  }

  /** The results of {@code tasks}, in order; the first failed task's fault is thrown. */
  static <T> List<T> run(List<Callable<T>> tasks, Fault fault) {
    int threads = Math.max(1, Math.min(tasks.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<T>> futures = new ArrayList<>();
      tasks.forEach(task -> futures.add(pool.submit(task)));
      List<T> results = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        try {
          results.add(futures.get(i).get());
        } catch (ExecutionException e) {
          throw fault.of(i, e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw fault.of(i, e);
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
