package io.potentia.scoring.analysis.planning.mobilisation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.data.Dataset;
import io.potentia.scoring.analysis.planning.mobilisation.MobilisationPlan.Capacity;
import io.potentia.scoring.analysis.planning.mobilisation.MobilisationPlan.Demand;
import io.potentia.scoring.analysis.planning.mobilisation.MobilisationPlan.Link;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Seeded properties of the assessment on random plans of 2 to 6 areas, two categories and the three phases. */
class MobilisationProperties {
  private static final int CASES = 60;
  private static final long SEED = 20261206L;
  private static final List<String> INDICATORS = List.of("force.standing_strength", "force.reserve_strength");

  private record Case(List<String> areas, double[][] columns, MobilisationPlan plan) {
    Dataset data() {
      return Dataset.ofColumns("random", areas, INDICATORS, 2024, columns);
    }
  }

  private static Case random(SplittableRandom r) {
    int n = 2 + r.nextInt(5);
    List<String> areas = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      areas.add("A" + a);
    }
    double[][] columns = new double[2][n];
    for (int a = 0; a < n; a++) {
      columns[0][a] = r.nextInt(20);
      columns[1][a] = r.nextInt(20);
    }
    List<Demand> demands = new ArrayList<>();
    for (String area : areas) {
      for (MobilisationPlan.Phase p : MobilisationTest.PHASES) {
        demands.add(new Demand(area, "personnel", p.id(), (double) r.nextInt(3000)));
        demands.add(new Demand(area, "transport", p.id(), (double) r.nextInt(50)));
      }
    }
    List<Capacity> sources = List.of(new Capacity("personnel", INDICATORS.get(0), 100.0, 0),
        new Capacity("personnel", INDICATORS.get(1), 100.0, 3), new Capacity("transport", INDICATORS.get(1), 2.5, 6));
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j && r.nextInt(3) > 0) {
          Map<String, Double> cap = r.nextBoolean() ? Map.of("personnel", (double) r.nextInt(500)) : null;
          links.add(new Link(areas.get(i), areas.get(j), (double) r.nextInt(10), cap));
        }
      }
    }
    return new Case(areas, columns, new MobilisationPlan(MobilisationTest.PHASES, demands, sources, links, null, null));
  }

  private static double met(MobilisationResult r) {
    return r.coverage().stream().mapToDouble(c -> c.demand() - c.shortfall()).sum();
  }

  @Test
  void coverageNeverFallsWhenCapacityRises() {
    SplittableRandom r = new SplittableRandom(SEED);
    for (int k = 0; k < CASES; k++) {
      Case c = random(r);
      MobilisationResult before = Mobilisation.assess(c.plan(), c.data(), null, 2024);
      double[][] more = {c.columns()[0].clone(), c.columns()[1].clone()};
      int area = r.nextInt(c.areas().size());
      more[r.nextInt(2)][area] += 1 + r.nextInt(10);
      MobilisationResult after = Mobilisation.assess(c.plan(), Dataset.ofColumns("random", c.areas(), INDICATORS, 2024, more),
          null, 2024);
      assertTrue(met(after) >= met(before) - 1e-6, "seed " + SEED + " case " + k + ": total demand met fell from "
          + met(before) + " to " + met(after) + " when area A" + area + " gained capacity");
      for (int i = 0; i < before.coverage().size(); i++) {
        assertTrue(after.coverage().get(i).coverageAlone() >= before.coverage().get(i).coverageAlone(),
            "seed " + SEED + " case " + k + ": own coverage fell at " + before.coverage().get(i));
      }
    }
  }

  @Test
  void noAreaSendsMoreThanItsSurplusNorALinkMoreThanItsCapacity() {
    SplittableRandom r = new SplittableRandom(SEED + 1);
    for (int k = 0; k < CASES; k++) {
      Case c = random(r);
      MobilisationResult result = Mobilisation.assess(c.plan(), c.data(), null, 2024);
      for (MobilisationResult.Coverage row : result.coverage()) {
        double surplus = Math.max(0, row.capacity() - row.demand());
        assertTrue(row.sent() <= surplus + 1e-6, "seed " + (SEED + 1) + " case " + k + ": " + row + " sends more than its surplus");
        assertTrue(row.received() <= Math.max(0, row.demand() - row.capacity()) + 1e-6, "case " + k + ": " + row
            + " receives more than it lacks");
        assertTrue(row.coverage() >= 0 && row.coverage() <= 1 && row.coverage() >= row.coverageAlone() - 1e-12,
            "case " + k + ": " + row);
      }
      Map<String, Double> moved = new HashMap<>();
      for (MobilisationResult.Flow f : result.flows()) {
        moved.merge(f.category() + "/" + f.phase(), f.amount(), Double::sum);
        Link link = c.plan().links().stream().filter(l -> l.from().equals(f.from()) && l.to().equals(f.to())).findFirst()
            .orElseThrow();
        Double cap = link.capacity() == null ? null : link.capacity().get(f.category());
        assertTrue(cap == null || f.amount() <= cap + 1e-6, "case " + k + ": " + f + " exceeds the link's capacity " + cap);
      }
      for (String category : c.plan().categories()) {
        for (String phase : result.phases()) {
          double supply = result.coverage().stream().filter(x -> x.category().equals(category) && x.phase().equals(phase))
              .mapToDouble(x -> Math.max(0, x.capacity() - x.demand())).sum();
          assertTrue(moved.getOrDefault(category + "/" + phase, 0.0) <= supply + 1e-6, "case " + k + ": more moved than supplied");
        }
      }
    }
  }
}
