package dk.skoletjenesten.katalog.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.bench.Bench.Result;
import dk.skoletjenesten.katalog.bench.Bench.Run;
import dk.skoletjenesten.katalog.bench.Bench.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchTest {
  @Test
  void theOrdersARefusedBuildSaysDoNotFitAreFoundInItsMessages() {
    String stderr =
        "/tmp/b/data-inserts/orders/inserts/bench-0101.json: $.include: error: the selection (41"
            + " places, 288 offers) does not fit 16 A5 pages even in the dense layout, which needs"
            + " 51 pages; leave places or offers out with \"exclude\", or order \"trim\": \"A4\"\n"
            + "/tmp/b/data-inserts/orders/inserts/bench-0101.json: $.include: error: again\n"
            + "/tmp/b/data-inserts/schools.csv:3: error: copies: expected 1-10000, got \"0\"\n"
            + "/tmp/b/data-inserts: 2 errors, 11 warnings; nothing was written to /tmp/b/out\n";

    assertThat(Bench.unfit(stderr))
        .containsExactly("/tmp/b/data-inserts/orders/inserts/bench-0101.json");
  }

  @Test
  void theGoalsAreMetOrMissedByTheMedianRun() {
    List<Result> results =
        List.of(
            result(Scenario.SAMPLE, 40, 990, 260),
            result(Scenario.CATALOGUE, 30, 900, 193),
            result(Scenario.INSERTS, 25, 700, 824),
            result(Scenario.FOUR_TIMES, 140, 1400, 688),
            result(Scenario.SIX_TIMES, 200, 1600, 1030));

    assertThat(Bench.goals(results))
        .containsExactly(
            "goal inserts in one run <= 20 s                MISSED (25.0 s)",
            "goal sample bundle peak <= 1 GB                met (1020 MB)",
            "goal 1,000-page catalogue peak <= 1.5 GB       MISSED (1630 MB)",
            "goal 4x registry <= 4.5x the catalogue's time  MISSED (4.7 x)");
  }

  @Test
  void theMedianIsTheMiddleRunByWallTime() {
    Result result =
        new Result(
            Scenario.CATALOGUE,
            List.of(run(30, 900, 193), run(10, 800, 193), run(20, 700, 193)),
            List.of());

    assertThat(result.median().wallSeconds()).isEqualTo(20);
  }

  private static Result result(Scenario scenario, double wall, long workerMb, int pages) {
    return new Result(scenario, List.of(run(wall, workerMb, pages)), List.of());
  }

  /** A run whose launcher held 30 MB beside the worker's {@code workerMb}. */
  private static Run run(double wall, long workerMb, int pages) {
    return new Run(
        wall,
        new BuildTimings(
            wall + 0.5, wall, Map.of("layout", wall / 2), 1, pages, pages, workerMb, 1280),
        30);
  }
}
