package io.potentia.scoring.analysis.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.core.indicator.Direction;
import io.potentia.core.indicator.Indicator;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.indicator.RollUp;
import io.potentia.core.indicator.Scale;
import io.potentia.core.indicator.ValidRange;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.potential.PotentialType;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.analysis.audit.Coherence.Flag;
import io.potentia.scoring.analysis.audit.Coherence.IndicatorFit;
import io.potentia.scoring.analysis.audit.Coherence.NodeFit;
import io.potentia.scoring.analysis.audit.Coherence.Pair;
import io.potentia.scoring.result.ScoreReport;
import io.potentia.scoring.spec.StepSpec;
import io.potentia.scoring.spec.StrategySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The coherence of a scored framework: pillar p holds a, its near-copy b and its mirror c; pillar
 * q holds two unrelated indicators. Goalposts 0 and 100 make each normalised value its raw value.
 */
public class CoherenceTest {
  private static final List<String> INDICATORS = List.of("x.a", "x.b", "x.c", "x.d", "x.e");

  static ScoreReport score(long seed, double missingShare) {
    return pipeline().score(dataset(seed, missingShare), 2024);
  }

  /**
   * Forty areas A0..A39 in 2024, values missing at random with the given share.
   *
   * @param seed the seed
   * @param missingShare the share of values missing
   * @return the dataset
   */
  public static Dataset dataset(long seed, double missingShare) {
    SplittableRandom random = new SplittableRandom(seed);
    Dataset.Builder data = Dataset.builder().label("synthetic, seeded");
    for (int area = 0; area < 40; area++) {
      double a = 10 + 80 * random.nextDouble();
      double[] v = {a, Math.min(100, a + random.nextDouble()), 100 - a, 100 * random.nextDouble(),
          100 * random.nextDouble()};
      for (int j = 0; j < v.length; j++) {
        if (random.nextDouble() < missingShare) {
          data.putMissing("A" + area, INDICATORS.get(j), 2024);
        } else {
          data.put("A" + area, INDICATORS.get(j), 2024, v[j]);
        }
      }
    }
    return data.build();
  }

  static ScoringPipeline pipeline() {
    return pipeline(StrategySpec.builder().imputation(StepSpec.of("none")).normalisation(StepSpec.of("goalposts", Map.of(
        "lower", JsonNodeFactory.instance.numberNode(0), "upper", JsonNodeFactory.instance.numberNode(100)))).build());
  }

  /**
   * The fixture's framework (pillar p of a, b, c; pillar q of d, e) and catalogue under a spec.
   *
   * @param spec the spec
   * @return the pipeline
   */
  public static ScoringPipeline pipeline(StrategySpec spec) {
    List<FrameworkNode> nodes = new ArrayList<>(List.of(FrameworkNode.builder().id("index").name("index").build(),
        FrameworkNode.builder().id("p").name("p").parent("index").build(),
        FrameworkNode.builder().id("q").name("q").parent("index").build()));
    List<Indicator> indicators = new ArrayList<>();
    for (String id : INDICATORS) {
      String leaf = id.substring(2);
      nodes.add(FrameworkNode.builder().id(leaf).name(leaf).parent(List.of("a", "b", "c").contains(leaf) ? "p" : "q")
          .indicator(id).build());
      indicators.add(Indicator.builder().id(id).name(id).unit("points").direction(Direction.BENEFIT).scale(Scale.RATIO)
          .validRange(ValidRange.of(0, 100)).dimension(PotentialType.ECONOMIC).rollUp(RollUp.MEAN)
          .levels(Set.of(AreaLevel.PROVINCE)).description("synthetic test indicator").build());
    }
    return ScoringPipeline.builder().framework(Framework.builder().id("t").name("t").nodes(nodes).build())
        .catalogue(IndicatorCatalogue.builder().id("t").indicators(indicators).build())
        .spec(spec)
        .build();
  }

  @Test
  void aMirrorIsFlaggedNegativeAndANearCopyCollinear() {
    Coherence coherence = Coherence.of(score(1, 0), Coherence.Thresholds.defaults());
    IndicatorFit c = fit(coherence, "x.c");
    assertEquals("p", c.parent());
    assertEquals(Set.of(Flag.NEGATIVE, Flag.WEAK), c.flags());
    assertEquals(Set.of(), fit(coherence, "x.a").flags());
    assertTrue(c.pearsonIndex().getAsDouble() * fit(coherence, "x.a").pearsonIndex().getAsDouble() < 0,
        "c moves against a in the index too");
    Pair ab = coherence.pairs().stream().filter(p -> p.first().equals("a") && p.second().equals("b")).findFirst()
        .orElseThrow();
    assertTrue(ab.collinear() && ab.pearson().getAsDouble() > 0.99, ab.toString());
    Pair de = coherence.pairs().stream().filter(p -> p.first().equals("d")).findFirst().orElseThrow();
    assertFalse(de.collinear(), de.toString());
    assertEquals(-1, coherence.pairs().stream().filter(p -> p.first().equals("a") && p.second().equals("c"))
        .findFirst().orElseThrow().spearman().getAsDouble(), 1e-12, "a mirror has rank correlation -1");
  }

  @Test
  void eachInnerNodeGetsAlphaAndComponentsOverItsCompleteAreas() {
    ScoreReport report = score(2, 0);
    NodeFit p = node(Coherence.of(report, Coherence.Thresholds.defaults()), "p");
    assertEquals(List.of("a", "b", "c"), p.children());
    assertEquals(40, p.completeAreas());
    double[][] items = {report.scores("a"), report.scores("b"), report.scores("c")};
    assertEquals(CronbachAlpha.of(items), p.cronbachAlpha().getAsDouble(), 1e-12);
    assertEquals(PrincipalComponents.of(items).varianceShares(), p.varianceShares());
    assertTrue(p.varianceShares().get(0) > 0.99, "a, its copy and its mirror are one dimension");
  }

  /** Seeded property: with values missing at random, nothing is NaN and every correlation is in [-1, 1]. */
  @Test
  void missingValuesNeverGiveNaN() {
    for (long seed = 0; seed < 20; seed++) {
      Coherence coherence = Coherence.of(score(seed, 0.2), Coherence.Thresholds.defaults());
      for (IndicatorFit f : coherence.indicators()) {
        for (var r : List.of(f.pearsonParent(), f.spearmanParent(), f.pearsonIndex(), f.spearmanIndex())) {
          assertTrue(r.isPresent() && Math.abs(r.getAsDouble()) <= 1, f.toString());
        }
      }
      for (NodeFit n : coherence.nodes()) {
        if (!n.node().equals("index")) {
          assertTrue(n.completeAreas() < 40, "a pillar's indicators miss values, so not every area is complete");
        }
        n.cronbachAlpha().ifPresent(a -> assertTrue(Double.isFinite(a)));
        n.varianceShares().forEach(s -> assertTrue(s >= 0 && s <= 1));
        n.firstLoadings().values().forEach(l -> assertTrue(Math.abs(l) <= 1 + 1e-12));
      }
    }
  }

  @Test
  void thresholdsOutOfRangeAreRefusedByName() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Coherence.Thresholds(0.3, 1.5));
    assertTrue(e.getMessage().contains("collinear: coherence: the collinearity limit 1.5 is not in (0, 1]"),
        e.getMessage());
    assertThrows(InvalidInputException.class, () -> new Coherence.Thresholds(-2, 0.9));
  }

  private static IndicatorFit fit(Coherence coherence, String indicator) {
    return coherence.indicators().stream().filter(f -> f.indicator().equals(indicator)).findFirst().orElseThrow();
  }

  private static NodeFit node(Coherence coherence, String node) {
    return coherence.nodes().stream().filter(n -> n.node().equals(node)).findFirst().orElseThrow();
  }
}
