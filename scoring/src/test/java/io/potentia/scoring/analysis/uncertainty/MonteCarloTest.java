package io.potentia.scoring.analysis.uncertainty;

import io.potentia.scoring.analysis.TwoIndicatorIndex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.Framework;
import io.potentia.scoring.spec.StepSpec;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.analysis.uncertainty.MonteCarlo.NodeRanks;
import io.potentia.scoring.analysis.uncertainty.MonteCarlo.Result;
import io.potentia.scoring.analysis.uncertainty.UncertaintyPlan.Choice;
import io.potentia.scoring.analysis.uncertainty.UncertaintyPlan.ValueSpread;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Monte Carlo through the pipeline path, on {@link TwoIndicatorIndex} (values divided by 100),
 * worked by hand:
 *
 * <pre>
 *             arithmetic          geometric            x alone   y alone
 * A (90, 12)  0.510  rank 2       sqrt(0.108) 0.329 3  1         4
 * B (50, 50)  0.500  rank 3       0.500  rank 2        3         1
 * C (60, 45)  0.525  rank 1       sqrt(0.27)  0.520 1  2         2
 * D (20, 20)  0.200  rank 4       0.200  rank 4        4         3
 * </pre>
 */
class MonteCarloTest {
  private static final Dataset DATA = TwoIndicatorIndex.fourAreas().build();
  private static final int YEAR = TwoIndicatorIndex.YEAR;

  private static ScoringPipeline arithmetic(Framework framework) {
    return TwoIndicatorIndex.pipeline(framework, TwoIndicatorIndex.spec("arithmetic-mean").build());
  }

  private static Result run(Framework framework, UncertaintyPlan plan) {
    return MonteCarlo.run(arithmetic(framework), DATA, YEAR, plan, null, null);
  }

  @Test
  void aPlanThatVariesNothingGivesTheNominalRanksEverywhere() {
    Result r = run(TwoIndicatorIndex.flat(), UncertaintyPlan.builder().replications(20).topK(2).build());
    NodeRanks index = r.nodes().get("index");
    assertEquals(List.of("A", "B", "C", "D"), r.areas());
    assertArrayEquals(new double[] {2, 3, 1, 4}, index.nominal());
    assertArrayEquals(index.nominal(), index.mean());
    for (double[] p : index.percentiles()) {
      assertArrayEquals(index.nominal(), p);
    }
    assertArrayEquals(new double[] {1, 0, 1, 0}, index.topK());
    assertEquals(20, index.replications());
  }

  @Test
  void drawingTheAggregatorMovesOnlyAAndBAndTheRecordSaysHowOften() {
    Result r = run(TwoIndicatorIndex.flat(), UncertaintyPlan.builder().replications(400).seed(11)
        .addAggregations(Choice.of("arithmetic-mean"), Choice.of("geometric-mean")).build());
    long geometric = r.replications().stream()
        .filter(x -> x.aggregation().orElseThrow().name().equals("geometric-mean")).count();
    assertTrue(geometric > 150 && geometric < 250, "about half draw the geometric mean: " + geometric);
    NodeRanks index = r.nodes().get("index");
    double share = geometric / 400.0;
    assertEquals(2 + share, index.mean()[0], 1e-12, "A is 2nd by the arithmetic mean, 3rd by the geometric");
    assertEquals(3 - share, index.mean()[1], 1e-12);
    assertEquals(1, index.mean()[2]);
    assertEquals(4, index.mean()[3]);
    assertEquals(1, index.percentiles()[0][2]);
    assertEquals(4, index.percentiles()[2][3]);
  }

  @Test
  void leavingIndicatorsOutDropsTheEmptiedPillarFromThoseReplications() {
    Result r = run(TwoIndicatorIndex.pillared(), UncertaintyPlan.builder().replications(300).seed(5).leaveOut(1).build());
    long withoutX = r.replications().stream().filter(x -> x.leftOut().equals(List.of("x"))).count();
    long withoutY = r.replications().stream().filter(x -> x.leftOut().equals(List.of("y"))).count();
    assertEquals(300, withoutX + withoutY);
    assertEquals(withoutY, r.nodes().get("p1").replications(), "p1 holds only x");
    assertEquals(withoutX, r.nodes().get("p2").replications());
    // A ranks 1st by x alone and 4th by y alone
    assertEquals((1.0 * withoutY + 4.0 * withoutX) / 300, r.nodes().get("index").mean()[0], 1e-12);
  }

  @Test
  void perturbedWeightsAndValuesGiveTheSameResultOnAnyNumberOfThreads() throws Exception {
    UncertaintyPlan plan = UncertaintyPlan.builder().replications(200).seed(3)
        .weights(UncertaintyPlan.WeightRange.of(0.5, 1.5))
        .putValue("t.x", ValueSpread.of(ValueSpread.Distribution.NORMAL, 0.2, true))
        .putValue("t.y", ValueSpread.of(ValueSpread.Distribution.UNIFORM, 10, false))
        .build();
    Result one = new ForkJoinPool(1).submit(() -> run(TwoIndicatorIndex.pillared(), plan)).get();
    Result eight = new ForkJoinPool(8).submit(() -> run(TwoIndicatorIndex.pillared(), plan)).get();
    for (String node : List.of("index", "p1", "p2")) {
      assertArrayEquals(one.nodes().get(node).mean(), eight.nodes().get(node).mean(), node);
      assertArrayEquals(one.nodes().get(node).percentiles()[1], eight.nodes().get(node).percentiles()[1], node);
    }
    double[] mean = one.nodes().get("index").mean();
    assertTrue(mean[2] < mean[3], "C stays ahead of D on average: " + java.util.Arrays.toString(mean));
    assertTrue(one.replications().get(0).weightFactors().values().stream().allMatch(f -> f >= 0.5 && f <= 1.5));
  }

  @Test
  void aDistributionMostlyOutsideTheValidRangeIsRejectedNamingTheIndicatorAndArea() {
    UncertaintyPlan plan = UncertaintyPlan.builder().replications(5)
        .putValue("t.x", ValueSpread.of(ValueSpread.Distribution.UNIFORM, 1e6, false)).build();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> run(TwoIndicatorIndex.flat(), plan));
    assertTrue(e.getMessage().contains("indicator 't.x'") && e.getMessage().contains("area 'A'")
        && e.getMessage().contains("narrow the spread"), e.getMessage());
  }

  @Test
  void aReplicationThatCannotBeScoredIsNamedWithWhatItUsed() {
    UncertaintyPlan plan = UncertaintyPlan.builder().replications(3).addNormalisations(Choice.of("no-such-normaliser")).build();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> run(TwoIndicatorIndex.flat(), plan));
    assertTrue(e.getMessage().contains("(normalisation no-such-normaliser, aggregation as specified"), e.getMessage());
  }

  @Test
  void badPlansAreRejected() {
    assertThrows(InvalidInputException.class, () -> UncertaintyPlan.builder().replications(0).build());
    assertThrows(InvalidInputException.class, () -> UncertaintyPlan.builder().replications(5)
        .weights(UncertaintyPlan.WeightRange.of(0, 1)).build());
    assertThrows(InvalidInputException.class, () -> ValueSpread.of(ValueSpread.Distribution.NORMAL, 0, true));
    InvalidInputException huge = assertThrows(InvalidInputException.class,
        () -> UncertaintyPlan.WeightRange.of(1e307, 1e308));
    assertTrue(huge.getMessage().contains("factors above 1.0E100 overflow"), huge.getMessage());
    InvalidInputException all = assertThrows(InvalidInputException.class,
        () -> run(TwoIndicatorIndex.flat(), UncertaintyPlan.builder().replications(5).leaveOut(2).build()));
    assertTrue(all.getMessage().contains("at least one must stay"), all.getMessage());
    InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> run(TwoIndicatorIndex.flat(),
        UncertaintyPlan.builder().replications(5).putValue("t.z", ValueSpread.of(ValueSpread.Distribution.NORMAL, 1, true)).build()));
    assertTrue(unknown.getMessage().contains("values.t.z"), unknown.getMessage());
  }

  @Test
  void progressIsReportedAndARunCanBeCancelled() {
    AtomicInteger calls = new AtomicInteger();
    MonteCarlo.run(arithmetic(TwoIndicatorIndex.flat()), DATA, YEAR, UncertaintyPlan.builder().replications(30).build(),
        (done, total) -> {
          calls.incrementAndGet();
          assertEquals(30, total);
        }, null);
    assertEquals(30, calls.get());
    CancellationException e = assertThrows(CancellationException.class, () -> MonteCarlo.run(
        arithmetic(TwoIndicatorIndex.flat()), DATA, YEAR, UncertaintyPlan.builder().replications(30).build(), null, () -> true));
    assertEquals("the uncertainty analysis was cancelled after 0 replications", e.getMessage());
  }

  @Test
  void aPlanIsReadFromJson() {
    UncertaintyPlan plan = io.potentia.core.json.PotentiaJson.readString("plan.json", """
        {"replications": 100, "weights": {"low": 0.8, "high": 1.2},
         "aggregations": [{"name": "arithmetic-mean"}, {"name": "geometric-mean"}],
         "leaveOut": 1, "values": {"t.x": {"distribution": "normal", "spread": 0.05}}, "topK": 2}
        """, UncertaintyPlan.class);
    assertEquals(2, plan.aggregations().size());
    assertEquals(ValueSpread.Distribution.NORMAL, plan.values().get("t.x").distribution());
    assertTrue(plan.values().get("t.x").relative());
    assertThrows(InvalidInputException.class, () -> io.potentia.core.json.PotentiaJson.readString("plan.json",
        "{\"replications\": 10, \"leaveout\": 1}", UncertaintyPlan.class));
  }

  @Test
  void probabilitiesMustBeStatedForEveryChoiceOrNoneAndSumToOne() {
    InvalidInputException some = assertThrows(InvalidInputException.class, () -> UncertaintyPlan.builder()
        .addAggregations(Choice.of(StepSpec.of("arithmetic-mean"), 0.5), Choice.of("geometric-mean")).build());
    assertTrue(some.getMessage().contains("1 of the 2 aggregations state a probability"), some.getMessage());
    InvalidInputException sum = assertThrows(InvalidInputException.class, () -> UncertaintyPlan.builder()
        .addAggregations(Choice.of(StepSpec.of("arithmetic-mean"), 0.7), Choice.of(StepSpec.of("geometric-mean"), 0.7)).build());
    assertTrue(sum.getMessage().contains("sum to 1.4"), sum.getMessage());
    InvalidInputException range = assertThrows(InvalidInputException.class, () -> UncertaintyPlan.builder()
        .addNormalisations(Choice.of(StepSpec.of("min-max"), -0.5), Choice.of(StepSpec.of("z-score"), 1.5)).build());
    assertTrue(range.getMessage().contains("normalisations[0].probability"), range.getMessage());
  }

  @Test
  void aNodeThePlanAsksForMustBeInTheFramework() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> run(TwoIndicatorIndex.flat(), UncertaintyPlan.builder().replications(5).addNodes("navy").build()));
    assertTrue(e.getMessage().contains("node 'navy' is not in framework"), e.getMessage());
  }

  @Test
  void theRecordOfAReplicationSaysWhatItDrew() {
    Result r = run(TwoIndicatorIndex.flat(), UncertaintyPlan.builder().replications(20).seed(5)
        .weights(UncertaintyPlan.WeightRange.of(0.5, 1.5))
        .addAggregations(Choice.of("arithmetic-mean"), Choice.of("geometric-mean")).build());
    assertEquals(20, r.replications().size());
    Replication seventh = r.replications().get(7);
    assertEquals(7, seventh.index());
    assertEquals(List.of("x", "y"), List.copyOf(seventh.weightFactors().keySet()));
    assertTrue(seventh.weightFactors().values().stream().allMatch(f -> f >= 0.5 && f <= 1.5));
    assertTrue(List.of("arithmetic-mean", "geometric-mean").contains(seventh.aggregation().orElseThrow().name()));
    assertThrows(IndexOutOfBoundsException.class, () -> r.replications().get(20));
  }
}
