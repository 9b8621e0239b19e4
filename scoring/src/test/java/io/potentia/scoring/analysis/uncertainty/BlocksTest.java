package io.potentia.scoring.analysis.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.core.interop.ImportedIndex;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.analysis.TwoIndicatorIndex;
import io.potentia.scoring.analysis.uncertainty.MonteCarlo.NodeRanks;
import io.potentia.scoring.analysis.uncertainty.MonteCarlo.Result;
import io.potentia.scoring.analysis.uncertainty.UncertaintyPlan.ValueSpread;
import io.potentia.scoring.spi.TiePolicy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A run split into blocks of replications, computed apart in any order and merged, gives the
 * whole run's statistics bit for bit: the property a cluster relies on, checked on both paths
 * with seeded random splits.
 */
class BlocksTest {

  /** Splits {@code [0, reps)} at {@code cuts} seeded random points and merges the blocks in a shuffled order. */
  private static Result inBlocks(MonteCarlo.Blocks blocks, int reps, int cuts, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Integer> ends = new ArrayList<>(List.of(0, reps));
    while (ends.size() < cuts + 2) {
      int c = 1 + random.nextInt(reps - 1);
      if (!ends.contains(c)) {
        ends.add(c);
      }
    }
    Collections.sort(ends);
    List<RankHistogram> parts = new ArrayList<>();
    for (int b = 0; b + 1 < ends.size(); b++) {
      parts.add(blocks.run(ends.get(b), ends.get(b + 1), null, null));
    }
    Collections.shuffle(parts, new java.util.Random(seed));
    RankHistogram all = parts.get(0);
    for (RankHistogram h : parts.subList(1, parts.size())) {
      all = all.merge(h);
    }
    return blocks.result(all);
  }

  private static void assertSame(Result whole, Result merged) {
    assertEquals(whole.areas(), merged.areas());
    assertEquals(whole.nodes().keySet(), merged.nodes().keySet());
    assertEquals(whole.fastPath(), merged.fastPath());
    for (String node : whole.nodes().keySet()) {
      NodeRanks a = whole.nodes().get(node);
      NodeRanks b = merged.nodes().get(node);
      assertArrayEquals(a.mean(), b.mean(), node);
      assertArrayEquals(a.topK(), b.topK(), node);
      assertArrayEquals(a.counts(), b.counts(), node);
      assertEquals(a.replications(), b.replications(), node);
      for (int p = 0; p < a.percentiles().length; p++) {
        assertArrayEquals(a.percentiles()[p], b.percentiles()[p], node + " percentile " + p);
      }
    }
  }

  @Test
  void thePipelinePathInBlocksEqualsTheWholeRunForSeededSplits() {
    ScoringPipeline pipeline = TwoIndicatorIndex.pipeline(TwoIndicatorIndex.pillared(),
        TwoIndicatorIndex.spec("arithmetic-mean").build());
    Dataset data = TwoIndicatorIndex.fourAreas().build();
    UncertaintyPlan plan = UncertaintyPlan.builder().replications(120).seed(11)
        .weights(UncertaintyPlan.WeightRange.of(0.5, 1.5)).leaveOut(1)
        .putValue("t.x", ValueSpread.of(ValueSpread.Distribution.NORMAL, 0.2, true))
        .build();
    Result whole = MonteCarlo.run(pipeline, data, TwoIndicatorIndex.YEAR, plan, null, null);
    assertTrue(!whole.fastPath());
    MonteCarlo.Blocks blocks = MonteCarlo.blocks(pipeline, data, TwoIndicatorIndex.YEAR, plan);
    for (long seed = 1; seed <= 5; seed++) {
      assertSame(whole, inBlocks(blocks, 120, (int) seed, seed));
    }
  }

  @Test
  void theFastPathInBlocksEqualsTheWholeRunForSeededSplits() {
    ImportedIndex index = FastPathTest.index(40, 5, 2);
    ScoringPipeline pipeline = FastPathTest.pipeline(index, TiePolicy.AVERAGE);
    UncertaintyPlan plan = FastPathTest.u1(700, 9).addNodes("index").build();
    Result whole = MonteCarlo.run(pipeline, index.dataset(), 2000, plan, null, null);
    assertTrue(whole.fastPath());
    MonteCarlo.Blocks blocks = MonteCarlo.blocks(pipeline, index.dataset(), 2000, plan);
    for (long seed = 1; seed <= 3; seed++) {
      assertSame(whole, inBlocks(blocks, 700, 3 * (int) seed, seed));
    }
  }

  @Test
  void overlappingMissingAndOutOfRangeBlocksAreRejected() {
    ScoringPipeline pipeline = TwoIndicatorIndex.pipeline(TwoIndicatorIndex.flat(),
        TwoIndicatorIndex.spec("arithmetic-mean").build());
    UncertaintyPlan plan = UncertaintyPlan.builder().replications(10).weights(UncertaintyPlan.WeightRange.of(0.5, 1.5)).build();
    MonteCarlo.Blocks blocks = MonteCarlo.blocks(pipeline, TwoIndicatorIndex.fourAreas().build(), TwoIndicatorIndex.YEAR, plan);
    RankHistogram first = blocks.run(0, 6, null, null);
    InvalidInputException twice = assertThrows(InvalidInputException.class, () -> first.merge(blocks.run(5, 10, null, null)));
    assertTrue(twice.getMessage().contains("replication 5"), twice.getMessage());
    InvalidInputException missing = assertThrows(InvalidInputException.class,
        () -> blocks.result(first.merge(blocks.run(7, 10, null, null))));
    assertTrue(missing.getMessage().contains("replication 6 is missing"), missing.getMessage());
    InvalidInputException outside = assertThrows(InvalidInputException.class, () -> blocks.run(8, 11, null, null));
    assertTrue(outside.getMessage().contains("[8, 11)"), outside.getMessage());
  }
}
