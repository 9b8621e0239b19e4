package io.potentia.cli.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.data.Dataset;
import io.potentia.core.json.PotentiaJson;
import io.potentia.report.works.WorksPlanFile;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.analysis.planning.mobilisation.Mobilisation;
import io.potentia.scoring.analysis.planning.mobilisation.MobilisationPlan;
import io.potentia.scoring.analysis.planning.mobilisation.MobilisationResult;
import io.potentia.scoring.analysis.planning.works.WorksPlanner;
import io.potentia.scoring.analysis.planning.works.WorksSchedule;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Chapter 7, planning: the regions {@code works} and {@code mobilisation}. */
class Chapter07Test {
  private final ScoringPipeline pipeline = Bundled.PIPELINE;
  private final Dataset data = Bundled.DATA;
  private final AreaHierarchy areas = Bundled.AREAS;

  @Test
  void theWorksArePlannedEssentialFirst() {
    Path folder = Guide.DATA;
    // region::works
    WorksPlanFile works = WorksPlanFile.read(folder.resolve("works-synthetic.json"));
    WorksSchedule schedule = works.plan(pipeline, data, 2023, WorksPlanner.Method.EXACT);
    System.out.println("accepted " + schedule.accepted() + "; unfunded " + schedule.unfunded());  // work -> year; reasons
    // end::works
    assertTrue(!schedule.accepted().isEmpty(), "the bundled budgets fund some works");
  }

  @Test
  void theAreasOfARegionSupportEachOther() {
    Path folder = Guide.DATA;
    // region::mobilisation
    MobilisationPlan plan = PotentiaJson.read(folder.resolve("mobilisation-synthetic.json"), MobilisationPlan.class);
    MobilisationResult result = Mobilisation.assess(plan, data, areas, 2023);
    result.firstPhaseMet().forEach((area, phase) -> System.out.println(area + " met from " + phase.orElse("never")
        + " with support, " + result.firstPhaseMetAlone().get(area).orElse("never") + " alone"));
    // end::mobilisation
    assertEquals(result.firstPhaseMet().keySet(), result.firstPhaseMetAlone().keySet());
  }
}
