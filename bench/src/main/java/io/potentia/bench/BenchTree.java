package io.potentia.bench;

import io.potentia.core.area.AreaLevel;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.core.indicator.Direction;
import io.potentia.core.indicator.Indicator;
import io.potentia.core.indicator.RollUp;
import io.potentia.core.indicator.Scale;
import io.potentia.core.potential.PotentialType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The benchmarks' framework: an index over 5 pillars over 20 sub-pillars, indicator {@code i} a
 * leaf of sub-pillar {@code i % 20}; synthetic.
 */
final class BenchTree {
  private BenchTree() {}

  /** The index, pillars and sub-pillars; the leaves are added with {@link #leaf}. */
  static List<FrameworkNode> innerNodes() {
    List<FrameworkNode> nodes = new ArrayList<>();
    nodes.add(FrameworkNode.builder().id("index").name("Index").build());
    for (int p = 0; p < 5; p++) {
      nodes.add(FrameworkNode.builder().id("p" + p).name("Pillar " + p).parent("index").build());
    }
    for (int s = 0; s < 20; s++) {
      nodes.add(FrameworkNode.builder().id("s" + s).name("Sub-pillar " + s).parent("p" + (s % 5)).build());
    }
    return nodes;
  }

  /** Indicator {@code i}'s leaf. */
  static FrameworkNode leaf(int i) {
    return FrameworkNode.builder().id("leaf" + i).name("bench.i" + i).parent("s" + (i % 20)).indicator("bench.i" + i)
        .build();
  }

  /** Indicator {@code i} of the catalogue. */
  static Indicator indicator(int i, Direction direction) {
    return Indicator.builder().id("bench.i" + i).name("bench.i" + i).unit("unit").direction(direction)
        .scale(Scale.RATIO).dimension(PotentialType.ECONOMIC).rollUp(RollUp.MEAN).levels(Set.of(AreaLevel.PROVINCE))
        .description("benchmark indicator").build();
  }
}
