package io.potentia.cli;

import io.potentia.report.ResultTables;
import io.potentia.core.interop.ImportedIndex;
import io.potentia.core.interop.MatrixCsv;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.analysis.uncertainty.RankModel;
import io.potentia.scoring.spec.StrategySpec;
import io.potentia.scoring.analysis.sensitivity.RankSensitivity;
import io.potentia.scoring.analysis.sensitivity.SobolIndices;
import io.potentia.scoring.analysis.uncertainty.UncertaintyPlan;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Sobol sensitivity of a matrix index's ranking to its weights and its choices of normaliser and
 * aggregator: reads the same matrix CSV and uncertainty plan as {@code potentia uncertainty} and
 * writes, per factor, {@code
 * factor,first_order,first_low,first_high,total_order,total_low,total_high} of the mean absolute
 * rank shift against the nominal ranking.
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
    description = "Sobol first- and total-order indices of the ranking's mean absolute rank shift, per weight and aggregator choice.")
final class SensitivityCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "a matrix CSV: id,i001,... one row per area")
  Path data;

  @Option(names = {"--plan", "--spec"}, required = true, paramLabel = "FILE",
      description = "the uncertainty plan (JSON), e.g. bench/u1.json")
  Path planFile;

  @Option(names = "--samples", defaultValue = "1024",
      description = "the Sobol base sample size N; the index is ranked N (k + 2) times (default: ${DEFAULT-VALUE})")
  int samples;

  @Option(names = "--estimator", defaultValue = "SALTELLI_2010",
      description = "the first-order estimator: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  SobolIndices.Estimator estimator;

  @Option(names = "--bootstrap", defaultValue = "1000", description = "bootstrap resamples (default: ${DEFAULT-VALUE})")
  int bootstrap;

  @Option(names = "--confidence", defaultValue = "0.95", description = "the intervals' coverage (default: ${DEFAULT-VALUE})")
  double confidence;

  @Option(names = "--seed", defaultValue = "1", description = "the bootstrap's seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "the CSV to write")
  Path out;

  @Override
  public Integer call() {
    long t0 = System.nanoTime();
    UncertaintyPlan plan = UncertaintyPlan.read(planFile);
    MatrixCsv.Matrix matrix = MatrixCsv.read(data);
    ImportedIndex index = matrix.toIndex(UncertaintyCommand.YEAR);
    ScoringPipeline pipeline = ScoringPipeline.builder().framework(index.framework()).catalogue(index.catalogue())
        .spec(plan.nominal(StrategySpec.defaults())).build();
    RankModel model = RankModel.of(pipeline, index.dataset(), UncertaintyCommand.YEAR, plan);
    SobolIndices.Config sobol = new SobolIndices.Config(model.factors().size(), samples, estimator, bootstrap, confidence, seed);
    RankSensitivity.Result r = Progress.withBar("sensitivity", "runs",
        listener -> RankSensitivity.estimate(model, sobol, listener, null));
    ResultTables.sobol(r).write(out);
    spec.commandLine().getErr().printf(Locale.ROOT,
        "{\"units\": %d, \"factors\": %d, \"model_runs\": %d, \"rank_shift_variance\": %s, \"constant\": %s, \"total_s\": %.4f}%n",
        matrix.rows().size(), r.factors().size(), r.modelRuns(), r.indices().variance(), r.indices().constant(),
        (System.nanoTime() - t0) / 1e9);
    spec.commandLine().getErr().flush();
    return 0;
  }
}
