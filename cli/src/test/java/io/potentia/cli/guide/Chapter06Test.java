package io.potentia.cli.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.data.Dataset;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.analysis.uncertainty.MonteCarlo;
import io.potentia.scoring.analysis.uncertainty.UncertaintyPlan;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Chapter 6, uncertainty and sensitivity: the region {@code monte-carlo}. */
class Chapter06Test {
  private final ScoringPipeline pipeline = Bundled.PIPELINE;
  private final Dataset data = Bundled.DATA;

  @Test
  void theMonteCarloGivesEachAreasRankInterval() {
    Path folder = Guide.DATA;
    // region::monte-carlo
    UncertaintyPlan plan = UncertaintyPlan.read(folder.resolve("uncertainty-plan-synthetic.json"));
    MonteCarlo.Result result = MonteCarlo.run(pipeline, data, 2023, plan, null, null);  // no progress, not cancellable
    MonteCarlo.NodeRanks index = result.nodes().get("index");
    for (int a = 0; a < result.areas().size(); a++) {
      System.out.printf("%s nominal %.0f, mean %.1f, %s percentiles %.0f to %.0f%n", result.areas().get(a),
          index.nominal()[a], index.mean()[a], result.percentiles(), index.percentiles()[0][a],
          index.percentiles()[result.percentiles().size() - 1][a]);
    }
    // end::monte-carlo
    assertEquals(42, result.areas().size());
    for (int a = 0; a < 42; a++) {
      assertTrue(index.mean()[a] >= 1 && index.mean()[a] <= 42, "a mean rank is a rank");
    }
  }
}
