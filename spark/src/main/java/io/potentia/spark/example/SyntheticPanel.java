package io.potentia.spark.example;

import io.potentia.core.data.Dataset;
import io.potentia.core.interop.ImportedIndex;
import io.potentia.core.interop.MatrixCsv;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.spec.StepSpec;
import io.potentia.scoring.spec.StrategySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic flat index for the example and the benchmark (SYNTHETIC DATA, generated here from a
 * seed): {@code areas} areas and {@code indicators} benefit indicators, values uniform in [1, 1001),
 * scored by min-max to [0, 100] and the arithmetic mean with equal weights.
 *
 * @param areas the number of areas, at least 2
 * @param indicators the number of indicators, at least 1
 * @param seed the seed of the values
 */
public record SyntheticPanel(int areas, int indicators, long seed) {
  /** The year the values are stored as. */
  public static final int YEAR = 2024;

  /**
   * The index: framework, catalogue and dataset.
   *
   * @return the index
   */
  public ImportedIndex index() {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] x = new double[indicators][areas];
    List<String> names = new ArrayList<>();
    List<String> rows = new ArrayList<>();
    for (int j = 0; j < indicators; j++) {
      names.add(String.format("i%03d", j));
      for (int i = 0; i < areas; i++) {
        x[j][i] = 1 + 1000 * random.nextDouble();
      }
    }
    for (int i = 0; i < areas; i++) {
      rows.add(String.format("A%05d", i));
    }
    return new MatrixCsv.Matrix("synthetic", rows, names, x).toIndex(YEAR);
  }

  /**
   * The dataset, labelled synthetic.
   *
   * @return the dataset
   */
  public Dataset data() {
    return index().dataset();
  }

  /**
   * The pipeline over the index, built the same on every machine.
   *
   * @return the pipeline
   */
  public ScoringPipeline pipeline() {
    ImportedIndex index = index();
    return ScoringPipeline.builder().framework(index.framework()).catalogue(index.catalogue())
        .spec(StrategySpec.builder().normalisation(StepSpec.of("min-max")).aggregation(StepSpec.of("arithmetic-mean")).build())
        .build();
  }
}
