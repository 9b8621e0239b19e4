package io.potentia.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.core.indicator.Direction;
import io.potentia.core.indicator.Indicator;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.indicator.RollUp;
import io.potentia.core.indicator.Scale;
import io.potentia.core.indicator.ValidRange;
import io.potentia.core.potential.PotentialType;
import io.potentia.scoring.analysis.planning.BudgetPriorities;
import io.potentia.scoring.analysis.planning.BudgetPriorities.Funded;
import io.potentia.scoring.analysis.planning.BudgetPriorities.Method;
import io.potentia.scoring.analysis.planning.BudgetPriorities.Project;
import io.potentia.scoring.analysis.planning.BudgetPriorities.Roadmap;
import io.potentia.scoring.ScoringPipeline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Over seeded random areas, projects, prerequisites and budgets: the exact roadmap is at least as
 * good as the greedy one, and every roadmap respects the budget year by year (with carry-over),
 * the projects' earliest years and their prerequisites.
 */
class BudgetPrioritiesProperties {
  private static final int YEAR = 2024;
  private static final List<String> INDICATORS = List.of("t.a", "t.b", "t.c");

  record Case(Dataset data, List<Project> projects, Map<Integer, Double> budget) {}

  private static final Gen<Case> CASES = (random, size) -> {
    Dataset.Builder data = Dataset.builder();
    int areas = 3 + random.nextInt(5);
    for (int a = 0; a < areas; a++) {
      for (String i : INDICATORS) {
        data.put("A" + a, i, YEAR, 10 + 60 * random.nextDouble());
      }
    }
    List<Project> projects = new ArrayList<>();
    int n = 1 + random.nextInt(Math.min(8, size + 1));
    for (int p = 0; p < n; p++) {
      Set<String> needs = p > 0 && random.nextInt(3) == 0 ? Set.of("P" + random.nextInt(p)) : Set.of();
      projects.add(new Project("P" + p, "A" + random.nextInt(areas), 1 + 9 * random.nextDouble(),
          Map.of(INDICATORS.get(random.nextInt(3)), 1 + 29 * random.nextDouble()), needs, 2025 + random.nextInt(3)));
    }
    Map<Integer, Double> budget = new TreeMap<>();
    for (int y = 2025; y <= 2027; y++) {
      budget.put(y, 10 * random.nextDouble());
    }
    return new Case(data.build(), projects, budget);
  };

  private static ScoringPipeline pipeline() {
    List<FrameworkNode> nodes = new ArrayList<>(List.of(FrameworkNode.builder().id("index").name("index").build()));
    List<Indicator> indicators = new ArrayList<>();
    for (String i : INDICATORS) {
      nodes.add(FrameworkNode.builder().id(i.substring(2)).name(i).parent("index").indicator(i).build());
      indicators.add(Indicator.builder().id(i).name(i).unit("points").direction(Direction.BENEFIT).scale(Scale.RATIO)
          .validRange(ValidRange.of(0, 100)).dimension(PotentialType.ECONOMIC).rollUp(RollUp.MEAN)
          .levels(Set.of(AreaLevel.PROVINCE)).description("test indicator").build());
    }
    return ScoringPipeline.builder().framework(Framework.builder().id("t").name("t").nodes(nodes).build())
        .catalogue(IndicatorCatalogue.builder().id("t").indicators(indicators).build())
        .spec(io.potentia.scoring.spec.StrategySpec.builder().normalisation(io.potentia.scoring.spec.StepSpec.of("goalposts",
            Map.of("lower", com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.numberNode(0),
                "upper", com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.numberNode(100)))).build())
        .build();
  }

  @Test
  void exactIsNoWorseThanGreedyAndEveryRoadmapIsFeasible() {
    ScoringPipeline pipeline = pipeline();
    PropertyRunner.forAll(CASES).cases(60).check(c -> {
      Roadmap exact = BudgetPriorities.plan(pipeline, c.data(), YEAR, "index", c.projects(), c.budget(), Method.EXACT);
      Roadmap greedy = BudgetPriorities.plan(pipeline, c.data(), YEAR, "index", c.projects(), c.budget(), Method.GREEDY);
      assertTrue(exact.value() >= greedy.value() - 1e-12, exact + " worse than " + greedy);
      assertTrue(exact.value() >= exact.baseline() - 1e-12, "funding nothing is always possible");
      feasible(exact, c);
      feasible(greedy, c);
    });
  }

  private static void feasible(Roadmap r, Case c) {
    Map<String, Project> byId = new HashMap<>();
    c.projects().forEach(p -> byId.put(p.id(), p));
    Map<String, Integer> yearOf = new HashMap<>();
    Set<String> seen = new HashSet<>();
    TreeMap<Integer, Double> spentIn = new TreeMap<>();
    for (Funded f : r.funded()) {
      Project p = byId.get(f.project());
      assertTrue(f.year() >= p.earliestYear(), f + " before its earliest year " + p.earliestYear());
      for (String q : p.prerequisites()) {
        assertTrue(seen.contains(q) && yearOf.get(q) <= f.year(), f + " before its prerequisite " + q);
      }
      seen.add(p.id());
      yearOf.put(p.id(), f.year());
      spentIn.merge(f.year(), p.cost(), Double::sum);
    }
    double budget = 0;
    double spent = 0;
    for (Map.Entry<Integer, Double> y : new TreeMap<>(c.budget()).entrySet()) {
      budget += y.getValue();
      spent += spentIn.getOrDefault(y.getKey(), 0.0);
      assertTrue(spent <= budget + 1e-9, "by " + y.getKey() + " spent " + spent + " of " + budget + ": " + r);
    }
  }
}
