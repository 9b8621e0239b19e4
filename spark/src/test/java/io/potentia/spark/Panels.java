package io.potentia.spark;

import io.potentia.core.data.Dataset;
import io.potentia.core.framework.Framework;
import io.potentia.core.framework.Scenario;
import io.potentia.core.interop.ImportedIndex;
import io.potentia.core.interop.MatrixCsv;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.spec.StepSpec;
import io.potentia.scoring.spec.StrategySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic panel (seeded random values, generated here, labelled synthetic): 25 areas, 4
 * benefit indicators on an interval scale, years 2020 to 2022, a flat index of equal weights,
 * and a scenario {@code first-heavy} that weights the first indicator 3.
 */
final class Panels {
  static final int AREAS = 25;
  static final int INDICATORS = 4;
  static final List<Integer> YEARS = List.of(2020, 2021, 2022);

  private static final ImportedIndex INDEX = index();
  static final Dataset DATA = data();

  private Panels() {}

  private static ImportedIndex index() {
    List<String> rows = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < AREAS; i++) {
      rows.add(String.format("A%03d", i));
    }
    for (int j = 0; j < INDICATORS; j++) {
      names.add("i" + j);
    }
    return new MatrixCsv.Matrix("synthetic", rows, names, new double[INDICATORS][AREAS]).toIndex(YEARS.get(0));
  }

  private static Dataset data() {
    SplittableRandom random = new SplittableRandom(20);
    Dataset.Builder b = Dataset.builder().label("SYNTHETIC DATA");
    List<String> indicators = INDEX.dataset().indicators();
    for (int year : YEARS) {
      for (String area : INDEX.dataset().areas()) {
        for (String indicator : indicators) {
          b.put(area, indicator, year, 1 + 1000 * random.nextDouble());
        }
      }
    }
    return b.build();
  }

  /** The pipeline: min-max to [0, 100], arithmetic mean. Serializable as a {@link PipelineSource} by reference. */
  static ScoringPipeline pipeline() {
    Framework framework = INDEX.framework();
    Framework withScenario = Framework.builder().from(framework).addScenarios(Scenario.builder().id("first-heavy")
        .name("First heavy").description("synthetic: the first indicator weighted 3")
        .putWeight(framework.leaves().get(0).id(), 3.0).build()).build();
    return ScoringPipeline.builder().framework(withScenario).catalogue(INDEX.catalogue())
        .spec(StrategySpec.builder().normalisation(StepSpec.of("min-max")).aggregation(StepSpec.of("arithmetic-mean"))
            .build())
        .build();
  }
}
