package io.potentia.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.core.indicator.Direction;
import io.potentia.core.indicator.Indicator;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.indicator.RollUp;
import io.potentia.core.indicator.Scale;
import io.potentia.core.potential.PotentialType;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.aggregate.Aggregator;
import io.potentia.scoring.aggregate.Aggregators;
import io.potentia.scoring.result.ScoreReport;
import io.potentia.scoring.spi.Described;
import io.potentia.scoring.spi.Trait;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The inner nodes of one level of a large tree are aggregated on all cores, each into its own slot;
 * what a user sees is what scoring node by node in the framework's order gives: the same scores, and
 * the error of the first node in that order that fails. Synthetic data: 6,000 areas x 4 pillars x 10
 * indicators, enough to run a level in parallel.
 */
class AggregationOrderTest {
  private static final int AREAS = 6_000;
  private static final int PILLARS = 4;
  private static final int PER_PILLAR = 10;

  private static Framework framework() {
    List<FrameworkNode> nodes = new ArrayList<>();
    nodes.add(FrameworkNode.builder().id("index").name("Index").build());
    for (int p = 0; p < PILLARS; p++) {
      nodes.add(FrameworkNode.builder().id("p" + p).name("Pillar " + p).parent("index").build());
      for (int i = 0; i < PER_PILLAR; i++) {
        nodes.add(FrameworkNode.builder().id("p" + p + "i" + i).name("x").parent("p" + p).indicator("x.p" + p + "i" + i)
            .build());
      }
    }
    return Framework.builder().id("wide").name("Wide").nodes(nodes).build();
  }

  private static IndicatorCatalogue catalogue() {
    List<Indicator> indicators = new ArrayList<>();
    for (int p = 0; p < PILLARS; p++) {
      for (int i = 0; i < PER_PILLAR; i++) {
        indicators.add(Indicator.builder().id("x.p" + p + "i" + i).name("x").unit("unit").direction(Direction.BENEFIT)
            .scale(Scale.RATIO).dimension(PotentialType.ECONOMIC).rollUp(RollUp.MEAN).levels(Set.of(AreaLevel.PROVINCE))
            .description("synthetic").build());
      }
    }
    return IndicatorCatalogue.builder().id("wide").indicators(indicators).build();
  }

  private static Dataset data() {
    SplittableRandom random = new SplittableRandom(23);
    Dataset.Builder b = Dataset.builder().label("synthetic");
    for (int p = 0; p < PILLARS; p++) {
      for (int i = 0; i < PER_PILLAR; i++) {
        for (int a = 0; a < AREAS; a++) {
          b.put("A" + a, "x.p" + p + "i" + i, 2024, random.nextDouble() * 100);
        }
      }
    }
    return b.build();
  }

  /** An aggregator that refuses, naming the node it was given to. */
  private static Described<Aggregator> refusing(String node) {
    return Described.of("refusing", (children, weights) -> {
      throw InvalidInputException.at("x", "refused at " + node);
    }, Trait.ACCEPTS_NON_POSITIVE);
  }

  @Test
  void theErrorIsTheFirstFailingNodeInTheFrameworksOrder() {
    Framework framework = framework();
    Dataset data = data();
    for (int trial = 0; trial < 20; trial++) {
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScoringPipeline.builder()
          .framework(framework).catalogue(catalogue()).aggregator("p1", refusing("p1")).aggregator("p3", refusing("p3"))
          .build().score(data, 2024));
      assertTrue(e.getMessage().contains("refused at p1") && e.getMessage().contains("node 'p1' in 2024"), e.getMessage());
      assertTrue(!e.getMessage().contains("refused at p3"), e.getMessage());
    }
  }

  @Test
  void eachNodeScoresAsItsAggregatorGivesFromItsChildren() {
    ScoreReport r = ScoringPipeline.builder().framework(framework()).catalogue(catalogue()).build().score(data(), 2024);
    Aggregator mean = Aggregators.arithmeticMean();
    for (int p = 0; p < PILLARS; p++) {
      double[][] children = new double[PER_PILLAR][];
      double[] w = new double[PER_PILLAR];
      for (int i = 0; i < PER_PILLAR; i++) {
        children[i] = r.scores("p" + p + "i" + i);
        w[i] = 1;
      }
      double[] expected = mean.aggregate(children, w);
      double[] actual = r.scores("p" + p);
      for (int a = 0; a < AREAS; a++) {
        assertEquals(Double.doubleToRawLongBits(expected[a]), Double.doubleToRawLongBits(actual[a]), "p" + p + ", area " + a);
      }
    }
  }
}
