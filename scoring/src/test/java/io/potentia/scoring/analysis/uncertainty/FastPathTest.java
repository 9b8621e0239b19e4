package io.potentia.scoring.analysis.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.potentia.core.InvalidInputException;
import io.potentia.core.interop.ImportedIndex;
import io.potentia.core.interop.MatrixCsv;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.analysis.uncertainty.MonteCarlo.NodeRanks;
import io.potentia.scoring.analysis.uncertainty.MonteCarlo.Result;
import io.potentia.scoring.analysis.uncertainty.UncertaintyPlan.Choice;
import io.potentia.scoring.result.Stage;
import io.potentia.scoring.spec.RuleSpec;
import io.potentia.scoring.spec.StepSpec;
import io.potentia.scoring.spec.StrategySpec;
import io.potentia.scoring.spi.TiePolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The flat-index fast path of {@link MonteCarlo}, on workload U1's set-up (bench/WORKLOAD.md):
 * indicators min-max normalised to [1, 100], weights from Uniform(0.5, 1.5), the arithmetic or the
 * geometric mean with probability 1/2.
 */
class FastPathTest {
  private static final int YEAR = 2000;
  private static final StepSpec MIN_MAX = StepSpec.of("min-max",
      Map.of("lower", JsonNodeFactory.instance.numberNode(1), "upper", JsonNodeFactory.instance.numberNode(100)));

  /** A flat index of seeded random values in [1, 1001), as a matrix file would give it. */
  static ImportedIndex index(int areas, int indicators, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] x = new double[indicators][areas];
    List<String> names = new ArrayList<>();
    for (int j = 0; j < indicators; j++) {
      names.add(String.format("i%03d", j));
      for (int i = 0; i < areas; i++) {
        x[j][i] = 1 + 1000 * random.nextDouble();
      }
    }
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < areas; i++) {
      rows.add(String.format("A%04d", i));
    }
    return new MatrixCsv.Matrix("test", rows, names, x).toIndex(YEAR);
  }

  static ScoringPipeline pipeline(ImportedIndex index, TiePolicy ties) {
    return ScoringPipeline.builder().framework(index.framework()).catalogue(index.catalogue())
        .spec(StrategySpec.builder().normalisation(MIN_MAX).aggregation(StepSpec.of("arithmetic-mean")).build())
        .tiePolicy(ties).build();
  }

  static UncertaintyPlan.Builder u1(int replications, long seed) {
    return UncertaintyPlan.builder().replications(replications).seed(seed).weights(UncertaintyPlan.WeightRange.of(0.5, 1.5))
        .addAggregations(Choice.of(StepSpec.of("arithmetic-mean"), 0.5), Choice.of(StepSpec.of("geometric-mean"), 0.5))
        .percentiles(List.of(5.0, 50.0, 95.0)).topK(3);
  }

  private static Result run(ImportedIndex index, UncertaintyPlan plan) {
    return MonteCarlo.run(pipeline(index, TiePolicy.MIN), index.dataset(), YEAR, plan, null, null);
  }

  @Test
  void askingOnlyForTheIndexOfAFlatIndexOfMeansTakesTheFastPath() {
    ImportedIndex index = index(30, 4, 1);
    assertTrue(run(index, u1(50, 1).addNodes("index").build()).fastPath());
    assertFalse(run(index, u1(50, 1).build()).fastPath(), "every node asked for: the pipeline path");
    assertFalse(run(index, u1(50, 1).addNodes("index").addAggregations(Choice.of(StepSpec.of("minimum"), 0)).build())
        .fastPath(), "the minimum is no quasi-arithmetic mean");
  }

  /**
   * One engine, two paths, the same numbers: the index's statistics from the fast path equal those
   * of the same replications scored through the whole pipeline, on continuous data (no ties), with
   * two normalisers and an increasing and a decreasing generator.
   */
  @Test
  void theFastPathGivesTheSameStatisticsAsThePipelinePath() {
    ImportedIndex index = index(40, 6, 21);
    for (TiePolicy ties : List.of(TiePolicy.MIN)) {
      ScoringPipeline pipeline = pipeline(index, ties);
      // the harmonic mean's generator 1/x decreases: the fast path turns the order of its sums around
      UncertaintyPlan.Builder plan = u1(300, 7).aggregations(List.of(Choice.of("arithmetic-mean"), Choice.of("harmonic-mean")))
          .addNormalisations(Choice.of(MIN_MAX, 0.6), Choice.of(StepSpec.of("min-max",
              Map.of("lower", JsonNodeFactory.instance.numberNode(10), "upper", JsonNodeFactory.instance.numberNode(20))), 0.4));
      Result fast = MonteCarlo.run(pipeline, index.dataset(), YEAR, plan.addNodes("index").build(), null, null);
      Result slow = MonteCarlo.run(pipeline, index.dataset(), YEAR, plan.nodes(List.of()).build(), null, null);
      assertTrue(fast.fastPath());
      assertFalse(slow.fastPath());
      NodeRanks a = fast.nodes().get("index");
      NodeRanks b = slow.nodes().get("index");
      assertArrayEquals(b.nominal(), a.nominal(), ties.name());
      assertArrayEquals(b.mean(), a.mean(), 1e-12, ties.name());
      for (int p = 0; p < 3; p++) {
        assertArrayEquals(b.percentiles()[p], a.percentiles()[p], 1e-12, ties.name());
      }
      assertArrayEquals(b.topK(), a.topK(), 0, ties.name());
      assertArrayEquals(b.counts(), a.counts(), ties.name());
    }
  }

  /**
   * Ties are ranked by the pipeline's tie policy on both paths: areas with the same profile (here
   * pairs of identical rows, on integer data) tie in every replication, and each policy gives the
   * same statistics on the fast path as through the pipeline.
   */
  @Test
  void areasWithTheSameProfileTieAlikeOnBothPathsUnderEveryTiePolicy() {
    SplittableRandom random = new SplittableRandom(12);
    int areas = 24;
    double[][] x = new double[4][areas];
    for (double[] column : x) {
      for (int i = 0; i < areas; i += 2) {
        column[i] = 1 + random.nextInt(50);
        column[i + 1] = column[i]; // every area has a twin
      }
    }
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < areas; i++) {
      rows.add("A" + i);
    }
    ImportedIndex index = new MatrixCsv.Matrix("twins", rows, List.of("a", "b", "c", "d"), x).toIndex(YEAR);
    for (TiePolicy ties : TiePolicy.values()) {
      ScoringPipeline pipeline = pipeline(index, ties);
      UncertaintyPlan.Builder plan = u1(200, 3);
      Result fast = MonteCarlo.run(pipeline, index.dataset(), YEAR, plan.addNodes("index").build(), null, null);
      Result slow = MonteCarlo.run(pipeline, index.dataset(), YEAR, plan.nodes(List.of()).build(), null, null);
      assertTrue(fast.fastPath());
      NodeRanks a = fast.nodes().get("index");
      NodeRanks b = slow.nodes().get("index");
      assertArrayEquals(b.mean(), a.mean(), 1e-12, ties.name());
      assertArrayEquals(b.percentiles()[1], a.percentiles()[1], 1e-12, ties.name());
      assertArrayEquals(b.topK(), a.topK(), 0, ties.name());
      if (ties != TiePolicy.FIRST) {
        for (int i = 0; i < areas; i += 2) {
          assertEquals(a.mean()[i], a.mean()[i + 1], 0, "twins " + i + " share every rank under " + ties);
        }
      }
    }
  }

  /**
   * What the fast path cannot do exactly goes through the pipeline: a root weighted by a method,
   * a rule at the root, a scenario's weights and an outlier treatment are each either run on the
   * fast path with the same statistics, or refused by it.
   */
  @Test
  void everySettingTheFastPathCannotHonourSendsTheRunThroughThePipeline() {
    ImportedIndex index = index(30, 4, 8);
    UncertaintyPlan plan = u1(150, 4).addNodes("index").build();
    StrategySpec base = StrategySpec.builder().normalisation(MIN_MAX).build();
    // a weighting method at the root: its weights depend on the data, not on the factors
    ScoringPipeline entropy = ScoringPipeline.builder().framework(index.framework()).catalogue(index.catalogue())
        .spec(StrategySpec.builder().from(base).weighting(StepSpec.of("entropy")).build()).build();
    assertFalse(MonteCarlo.run(entropy, index.dataset(), YEAR, plan, null, null).fastPath());
    // a floor at the root: the aggregator is no longer a plain mean
    ScoringPipeline floored = ScoringPipeline.builder().framework(index.framework()).catalogue(index.catalogue())
        .spec(StrategySpec.builder().from(base).putOverride("index", StrategySpec.NodeOverride.builder()
            .addRules(RuleSpec.builder().kind("floor").value(40).build()).build()).build())
        .build();
    assertFalse(MonteCarlo.run(floored, index.dataset(), YEAR, plan, null, null).fastPath());
    // an outlier treatment: the fast path normalises the treated values, as the pipeline does
    ScoringPipeline treated = ScoringPipeline.builder().framework(index.framework()).catalogue(index.catalogue())
        .spec(StrategySpec.builder().from(base).outliers(StepSpec.of("skew-kurtosis")).build()).build();
    Result fast = MonteCarlo.run(treated, index.dataset(), YEAR, plan, null, null);
    Result slow = MonteCarlo.run(treated, index.dataset(), YEAR, UncertaintyPlan.builder().from(plan).nodes(List.of()).build(),
        null, null);
    assertTrue(fast.fastPath());
    assertArrayEquals(slow.nodes().get("index").mean(), fast.nodes().get("index").mean(), 1e-12);
  }

  @Test
  void aDrawnStrategyThatThePipelinesOwnObjectWouldOverrideIsRefused() {
    ImportedIndex index = index(10, 2, 8);
    ScoringPipeline fixed = ScoringPipeline.builder().framework(index.framework()).catalogue(index.catalogue())
        .spec(StrategySpec.builder().normalisation(MIN_MAX).build())
        .aggregator(io.potentia.scoring.aggregate.Aggregators.byName("arithmetic-mean")).build();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> MonteCarlo.run(fixed, index.dataset(), YEAR, u1(10, 1).build(), null, null));
    assertTrue(e.getMessage().contains("aggregations") && e.getMessage().contains("given as an object"), e.getMessage());
  }

  @Test
  void aFlatIndexWithARepeatedLeafIsRefused() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> new FlatIndex(List.of("x", "y"),
        List.of("a", "a"), new double[][] {{1, 2}, {3, 4}}, new double[] {1, 1}, TiePolicy.MIN));
    assertTrue(e.getMessage().contains("leaves 'a' is given twice"), e.getMessage());
  }

  @Test
  void theResultIsBitForBitTheSameOnOneTwoAndEightThreads() throws Exception {
    ImportedIndex index = index(300, 12, 1);
    UncertaintyPlan plan = u1(400, 42).addNodes("index").build();
    Result[] results = new Result[3];
    int[] threads = {1, 2, 8};
    for (int t = 0; t < 3; t++) {
      ForkJoinPool pool = new ForkJoinPool(threads[t]);
      try {
        results[t] = pool.submit(() -> run(index, plan)).get();
      } finally {
        pool.shutdown();
      }
    }
    for (int t = 1; t < 3; t++) {
      NodeRanks a = results[0].nodes().get("index");
      NodeRanks b = results[t].nodes().get("index");
      assertArrayEquals(a.mean(), b.mean(), 0);
      assertArrayEquals(a.percentiles()[1], b.percentiles()[1], 0);
    }
  }

  /**
   * Every statistic agrees with a plain recomputation from the record of each replication: each
   * replication scored again from its weight factors and aggregator, ranked by a stable sort, and
   * the percentiles taken as numpy's default does, from the sorted ranks.
   */
  @Test
  void theStatisticsFollowFromTheRecordOfEachReplication() {
    int n = 60;
    int reps = 137;
    ImportedIndex index = index(n, 4, 9);
    List<Double> percentiles = List.of(0.0, 5.0, 37.5, 50.0, 95.0, 100.0);
    Result r = run(index, u1(reps, 3).percentiles(percentiles).topK(7).addNodes("index").build());
    assertTrue(r.fastPath());
    List<String> ids = index.framework().indicatorIds();
    var nominal = pipeline(index, TiePolicy.MIN).score(index.dataset(), YEAR);
    int[][] ranks = new int[n][reps];
    for (int rep = 0; rep < reps; rep++) {
      Replication used = r.replications().get(rep);
      boolean geometric = used.aggregation().orElseThrow().name().equals("geometric-mean");
      double[] s = new double[n];
      for (int j = 0; j < ids.size(); j++) {
        double w = used.weightFactors().get(ids.get(j));
        double[] z = nominal.stage(Stage.NORMALISED, ids.get(j));
        for (int i = 0; i < n; i++) {
          s[i] += w * (geometric ? Math.log(z[i]) : z[i]);
        }
      }
      Integer[] order = java.util.stream.IntStream.range(0, n).boxed().toArray(Integer[]::new);
      Arrays.sort(order, (a, b) -> Double.compare(s[b], s[a]));
      for (int k = 0; k < n; k++) {
        ranks[order[k]][rep] = k + 1;
      }
    }
    NodeRanks stats = r.nodes().get("index");
    for (int i = 0; i < n; i++) {
      int[] sorted = ranks[i].clone();
      Arrays.sort(sorted);
      assertEquals(reps, stats.counts()[i]);
      assertEquals(Arrays.stream(sorted).average().orElseThrow(), stats.mean()[i], 1e-12);
      assertEquals(Arrays.stream(sorted).filter(v -> v <= 7).count() / (double) reps, stats.topK()[i], 1e-12);
      for (int p = 0; p < percentiles.size(); p++) {
        double h = (reps - 1) * percentiles.get(p) / 100;
        int lo = (int) Math.floor(h);
        double expected = sorted[lo] + (h - lo) * (sorted[Math.min(lo + 1, reps - 1)] - sorted[lo]);
        assertEquals(expected, stats.percentiles()[p][i], 1e-12, "area " + i + ", percentile " + percentiles.get(p));
      }
    }
  }

  @Test
  void withoutUncertaintyEveryReplicationRepeatsTheNominalRanking() {
    Result r = run(index(50, 5, 2), UncertaintyPlan.builder().replications(30).seed(7).topK(3).addNodes("index").build());
    assertTrue(r.fastPath());
    NodeRanks index = r.nodes().get("index");
    assertArrayEquals(index.nominal(), index.mean(), 0);
    for (double[] p : index.percentiles()) {
      assertArrayEquals(index.nominal(), p, 0);
    }
    for (int i = 0; i < 50; i++) {
      assertEquals(index.nominal()[i] <= 3 ? 1.0 : 0.0, index.topK()[i], 0);
    }
  }

  @Test
  void rankStatisticsAreOrderedAndBoundedAndTheAggregatorsAreDrawnAsOftenAsStated() {
    Result r = run(index(200, 8, 3), u1(500, 42).addNodes("index").build());
    NodeRanks index = r.nodes().get("index");
    for (int i = 0; i < 200; i++) {
      assertTrue(index.percentiles()[0][i] <= index.percentiles()[1][i] && index.percentiles()[1][i] <= index.percentiles()[2][i]);
      assertTrue(index.mean()[i] >= 1 && index.mean()[i] <= 200);
    }
    long geometric = r.replications().stream().filter(x -> x.aggregation().orElseThrow().name().equals("geometric-mean")).count();
    assertTrue(geometric > 200 && geometric < 300, "about half the replications draw the geometric mean: " + geometric);
  }

  @Test
  void progressIsReportedAndARunCanBeCancelled() {
    ImportedIndex index = index(20, 3, 4);
    AtomicInteger calls = new AtomicInteger();
    MonteCarlo.run(pipeline(index, TiePolicy.MIN), index.dataset(), YEAR, u1(100, 1).addNodes("index").build(), (done, total) -> {
      calls.incrementAndGet();
      assertEquals(100, total);
    }, null);
    assertEquals(100, calls.get());
    CancellationException e = assertThrows(CancellationException.class, () -> MonteCarlo.run(pipeline(index, TiePolicy.MIN),
        index.dataset(), YEAR, u1(100, 1).addNodes("index").build(), null, () -> true));
    assertEquals("the uncertainty analysis was cancelled after 0 replications", e.getMessage());
  }

  @Test
  void aPairOfNormaliserAndAggregatorThePipelineRefusesSendsTheRunThroughThePipelineWhichNamesIt() {
    ImportedIndex index = index(20, 3, 6);
    // ranks have no declared range, so the methodology check refuses them under the harmonic mean
    UncertaintyPlan plan = u1(40, 2).aggregations(List.of(Choice.of("arithmetic-mean"), Choice.of("harmonic-mean")))
        .addNormalisations(Choice.of(MIN_MAX, 0.5), Choice.of(StepSpec.of("rank"), 0.5)).addNodes("index").build();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> run(index, plan));
    assertTrue(e.getMessage().contains("normalisation rank, aggregation harmonic-mean"), e.getMessage());
  }

  @Test
  void aValueTheGeometricMeanCannotTakeSendsTheRunThroughThePipelineWhichNamesIt() {
    ImportedIndex index = index(10, 2, 5);
    // min-max to [0, 100]: the worst area scores 0, which the geometric mean refuses
    ScoringPipeline zeroes = ScoringPipeline.builder().framework(index.framework()).catalogue(index.catalogue()).build();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> MonteCarlo.run(zeroes, index.dataset(), YEAR,
        u1(10, 1).addNodes("index").build(), null, null));
    assertTrue(e.getMessage().contains("replication") && e.getMessage().contains("geometric-mean"), e.getMessage());
  }
}
