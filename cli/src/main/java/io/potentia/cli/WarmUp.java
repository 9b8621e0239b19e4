package io.potentia.cli;

import io.potentia.core.InvalidInputException;
import io.potentia.core.interop.MatrixCsv;
import io.potentia.scoring.analysis.uncertainty.MonteCarlo;
import io.potentia.scoring.analysis.uncertainty.UncertaintyPlan;
import io.potentia.scoring.internal.Ranker;
import io.potentia.scoring.spec.StepSpec;
import io.potentia.scoring.spi.TiePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * Has the just-in-time compiler ready for an uncertainty run before the real one starts: a command
 * lives for about a second, and on two cores the compiler would otherwise still be at work when
 * the run begins. A spare core runs the same analysis on a synthetic matrix (normalisation and
 * the fast path) while the main thread parses the command line and reads the input: first many
 * tiny runs, so that
 * each loop is compiled whole after its first few hundred calls rather than in place, then a small
 * one for as long as it is let. Only the command line needs this; a long-lived program warms up
 * by itself.
 */
final class WarmUp {
  private static final int TINY_ROUNDS = 700;
  private static Thread thread;

  private WarmUp() {}

  /**
   * The plan the warm-up follows, workload U1's: min-max to [1, 100], weight factors from
   * Uniform(0.5, 1.5), the arithmetic or the geometric mean with probability 1/2; built in code, so
   * that this thread's time goes to the loops.
   */
  static final UncertaintyPlan U1 = UncertaintyPlan.builder()
      .weights(UncertaintyPlan.WeightRange.of(0.5, 1.5))
      .addNormalisations(UncertaintyPlan.Choice.of(StepSpec.of("min-max", java.util.Map.of(
          "lower", com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.numberNode(1),
          "upper", com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.numberNode(100))), 1))
      .addAggregations(UncertaintyPlan.Choice.of(StepSpec.of("arithmetic-mean"), 0.5),
          UncertaintyPlan.Choice.of(StepSpec.of("geometric-mean"), 0.5))
      .build();

  /** Starts the warm-up on a daemon thread, at most once; it stops when {@code stop} says so. */
  static synchronized void start(BooleanSupplier stop) {
    if (thread == null) {
      thread = new Thread(() -> run(U1, stop), "potentia-warm-up");
      thread.setDaemon(true);
      thread.start();
    }
  }

  /**
   * Runs the analysis on synthetic flat indexes until {@code stop} says so, and discards the
   * results: {@value #TINY_ROUNDS} rounds of 64 areas and 8 indicators, then rounds of 1,000 areas
   * and 16 indicators.
   *
   * @param plan the plan to follow (its replications are set here)
   * @param stop checked once before each round, and never again once it has said yes
   */
  static void run(UncertaintyPlan plan, BooleanSupplier stop) {
    // the analysis spreads its work over the fork-join pool it runs in: a pool of one keeps the
    // warm-up on the spare core, off the cores that read the input meanwhile
    java.util.concurrent.ForkJoinPool one = new java.util.concurrent.ForkJoinPool(1);
    try {
      one.submit(() -> {
        if (exercise(plan, 64, 8, 64, TINY_ROUNDS, stop)) {
          exercise(plan, 1000, 16, 128, Integer.MAX_VALUE, stop);
        }
      }).join();
    } catch (RuntimeException e) {
      if (!(e.getCause() instanceof InvalidInputException) && !(e instanceof InvalidInputException)) {
        throw e;
      }
      // a setting the analysis refuses (a bad -Dpotentia.wideLoops): the real run says so, with
      // the command's own message, so the warm-up stops without a word
    } finally {
      one.shutdown();
    }
  }

  /** Up to {@code rounds} rounds on one synthetic index; false when {@code stop} cut them short. */
  private static boolean exercise(UncertaintyPlan plan, int areas, int indicators, int reps, int rounds, BooleanSupplier stop) {
    SplittableRandom random = new SplittableRandom(1);
    double[][] z = new double[indicators][areas];
    List<String> leaves = new ArrayList<>();
    List<String> rows = new ArrayList<>();
    for (int j = 0; j < indicators; j++) {
      leaves.add("i" + j);
      for (int i = 0; i < areas; i++) {
        z[j][i] = 1 + 99 * random.nextDouble();
      }
    }
    for (int i = 0; i < areas; i++) {
      rows.add("a" + i);
    }
    MatrixCsv.Matrix matrix = new MatrixCsv.Matrix("warm-up", rows, leaves, z);
    // ranking costs less than scoring, yet its loops need as many calls to be compiled: rank more,
    // on scores spread as a real index's are
    double[][] scores = new double[4][1000];
    for (double[] e : scores) {
      for (int i = 0; i < e.length; i++) {
        e[i] = 50 + 10 * random.nextGaussian();
      }
    }
    Ranker ranker = new Ranker(1000);
    int[] ranks = new int[1000];
    UncertaintyPlan small = UncertaintyPlan.builder().from(plan).replications(reps).build();
    for (int c = 0; c < rounds; c++) {
      if (stop.getAsBoolean()) {
        return false;
      }
      MonteCarlo.run(matrix, UncertaintyPlan.builder().from(small).seed(c).build(), null, null);
      for (int k = 0; k < 16; k++) {
        ranker.rank(scores[k % scores.length], TiePolicy.MIN, ranks);
      }
    }
    return true;
  }
}
