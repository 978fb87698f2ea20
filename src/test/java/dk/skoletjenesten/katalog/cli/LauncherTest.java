package dk.skoletjenesten.katalog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LauncherTest {
  private static final List<String> NO_OPTIONS = List.of();

  @Test
  void aBuildRunsInASecondJvmWithABoundedHeapAndTheSameArguments() {
    String[] args = {"build", "--data", "sample-data", "--only", "catalogue"};

    List<String> command =
        Launcher.worker(
                args, List.of("-Djava.awt.headless=true"), false, "/usr/bin/java", "katalog.jar")
            .orElseThrow();

    assertThat(command)
        .containsExactly(
            "/usr/bin/java",
            "-Xmx1100m",
            "-XX:+UseSerialGC",
            "-Dkatalog.worker=true",
            "-Djava.awt.headless=true",
            "-cp",
            "katalog.jar",
            "dk.skoletjenesten.katalog.cli.Main",
            "build",
            "--data",
            "sample-data",
            "--only",
            "catalogue");
  }

  @Test
  void diffAndPreflightAreHeavyTooEvenAfterAnOption() {
    assertThat(Launcher.worker(new String[] {"diff", "a", "b"}, NO_OPTIONS, false, "java", "k"))
        .isPresent();
    assertThat(
            Launcher.worker(
                new String[] {"--verbose", "preflight", "x.pdf"}, NO_OPTIONS, false, "java", "k"))
        .isPresent();
  }

  @Test
  void lightCommandsHelpAndTheWorkerItselfRunInThisJvm() {
    for (String[] args :
        List.of(
            new String[] {"validate"},
            new String[] {"bench"},
            new String[] {"--help"},
            new String[] {})) {
      assertThat(Launcher.worker(args, NO_OPTIONS, false, "java", "k")).isEmpty();
    }
    assertThat(Launcher.worker(new String[] {"build"}, NO_OPTIONS, true, "java", "k")).isEmpty();
  }

  @Test
  void aHeapChosenByWhoeverStartedTheJvmIsKept() {
    for (String option : List.of("-Xmx4g", "-XX:MaxHeapSize=2g", "-XX:MaxRAMPercentage=50")) {
      assertThat(Launcher.worker(new String[] {"build"}, List.of(option), false, "java", "k"))
          .as(option)
          .isEmpty();
    }
  }
}
