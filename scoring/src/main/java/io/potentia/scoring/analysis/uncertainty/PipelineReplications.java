package io.potentia.scoring.analysis.uncertainty;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkEdits;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.internal.CancellableLoop;
import io.potentia.scoring.result.ScoreReport;
import io.potentia.scoring.spec.StepSpec;
import io.potentia.scoring.spec.StrategySpec;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The path that works for every pipeline: each replication rebuilds the pipeline with what it drew
 * and scores the year through every step, so that hierarchies, imputation, outlier treatment,
 * overrides, rules and scenarios all take part.
 */
final class PipelineReplications {
  private PipelineReplications() {}

  /** Scores every replication into the table, on all cores. */
  static void run(Inputs in, ReplicationDraw draws, RankTable ranks, Progress progress) {
    int reps = ranks.reps();
    CancellableLoop.run(reps, progress.cancelled(), r -> {
      // column r of a block's table is the run's replication first + r: its draws depend on that index only
      SplittableRandom random = draws.random(ranks.first() + r);
      Replication replication = draws.draw(ranks.first() + r, random);
      ScoreReport report;
      try {
        Dataset perturbed = in.plan().values().isEmpty() ? in.data()
            : ValueDraws.perturb(in.data(), in.year(), in.pipeline().catalogue(), in.plan(), random);
        report = replicate(in.pipeline(), replication).score(perturbed, in.year());
      } catch (InvalidInputException e) {
        throw explained(replication, e);
      }
      for (int k = 0; k < ranks.nodes().size(); k++) {
        String node = ranks.nodes().get(k);
        if (report.nodes().contains(node)) {
          ranks.put(k, r, report.ranks(node));
        }
      }
      progress.done();
    }, () -> "the uncertainty analysis was cancelled after " + progress.count() + " replications");
  }

  /** The pipeline with the replication's spec and framework. */
  static ScoringPipeline replicate(ScoringPipeline pipeline, Replication replication) {
    ScoringPipeline p = pipeline;
    if (replication.normalisation().isPresent() || replication.aggregation().isPresent()
        || replication.imputation().isPresent()) {
      p = p.withSpec(spec(pipeline.spec(), replication.normalisation(), replication.aggregation(), replication.imputation()));
    }
    Framework framework = pipeline.framework();
    Framework f = framework;
    if (!replication.weightFactors().isEmpty()) {
      f = FrameworkEdits.reweighted(f, replication.weightFactors());
    }
    if (!replication.leftOut().isEmpty()) {
      f = FrameworkEdits.without(f, replication.leftOut());
    }
    return f == framework ? p : p.withFramework(f);
  }

  /** The spec with the default steps a replication drew. */
  static StrategySpec spec(StrategySpec spec, Optional<StepSpec> normalisation, Optional<StepSpec> aggregation,
      Optional<StepSpec> imputation) {
    StrategySpec.Builder b = StrategySpec.builder().from(spec);
    normalisation.ifPresent(b::normalisation);
    aggregation.ifPresent(b::aggregation);
    imputation.ifPresent(s -> b.imputation(Optional.of(s)));
    return b.build();
  }

  private static InvalidInputException explained(Replication replication, InvalidInputException e) {
    String what = "replication " + replication.index() + " (normalisation " + name(replication.normalisation())
        + ", aggregation " + name(replication.aggregation()) + ", imputation " + name(replication.imputation())
        + ", left out " + replication.leftOut() + ")";
    List<Problem> problems = e.problems().stream()
        .map(p -> new Problem(p.source(), p.line(), p.column(), p.path(), what + ": " + p.message()))
        .toList();
    return new InvalidInputException(problems, e);
  }

  private static String name(Optional<StepSpec> step) {
    return step.map(StepSpec::name).orElse("as specified");
  }
}
