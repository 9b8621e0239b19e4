package io.potentia.testkit;

import static io.potentia.testkit.Draws.pick;

import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.core.framework.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Frameworks, behind {@link Generators#framework(List)}. */
final class FrameworkGenerators {
  private FrameworkGenerators() {}

  static Gen<Framework> framework(List<String> indicatorIds) {
    return (random, size) -> {
      List<FrameworkNode> nodes = new ArrayList<>();
      nodes.add(FrameworkNode.builder().id("index").name("Index").build());
      int pillars = 1 + random.nextInt(Math.min(indicatorIds.size(), 1 + size / 3));
      List<String> groups = new ArrayList<>();
      for (int p = 0; p < pillars; p++) {
        String pillar = "pillar" + p;
        nodes.add(inner(random, pillar, "index"));
        groups.add(pillar);
        if (random.nextBoolean()) {
          nodes.add(inner(random, pillar + ".sub", pillar));
          groups.set(p, pillar + ".sub");
        }
      }
      Map<String, List<String>> leavesOf = new LinkedHashMap<>();
      for (int i = 0; i < indicatorIds.size(); i++) {
        String group = i < groups.size() ? groups.get(i) : groups.get(random.nextInt(groups.size()));
        leavesOf.computeIfAbsent(group, k -> new ArrayList<>()).add(indicatorIds.get(i));
      }
      for (String group : groups) {
        List<String> leaves = leavesOf.getOrDefault(group, List.of());
        for (int k = 0; k < leaves.size(); k++) {
          // the first leaf of a group always weighs > 0, so that no group sums to zero
          nodes.add(FrameworkNode.builder().id("leaf." + leaves.get(k).replace('.', '_')).name(leaves.get(k))
              .parent(group).indicator(leaves.get(k)).weight(k == 0 ? 0.5 + random.nextDouble() : weight(random)).build());
        }
      }
      List<Scenario> scenarios = new ArrayList<>();
      int count = random.nextInt(3);
      for (int s = 0; s < count; s++) {
        Scenario.Builder b = Scenario.builder().id("scenario" + s).name("Scenario " + s).description("generated");
        b.putWeight("pillar0", 0.5 + random.nextDouble() * 2);
        scenarios.add(b.build());
      }
      return Framework.builder().id("gen.framework").name("Generated").nodes(nodes).scenarios(scenarios).build();
    };
  }

  private static FrameworkNode inner(RandomGenerator random, String id, String parent) {
    FrameworkNode.Builder b = FrameworkNode.builder().id(id).name(id).parent(parent)
        .weight(0.1 + random.nextDouble());
    if (random.nextDouble() < 0.3) {
      b.aggregation(pick(random, new String[] {"arithmetic-mean", "geometric-mean", "minimum"}));
    }
    if (random.nextDouble() < 0.2) {
      b.weighting(pick(random, new String[] {"equal", "entropy", "critic"}));
    }
    return b.build();
  }

  /** A leaf's weight: sometimes zero, to test groups with weightless members. */
  private static double weight(RandomGenerator random) {
    return random.nextDouble() < 0.1 ? 0 : random.nextDouble() * 3;
  }
}
