package io.potentia.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.potentia.core.indicator.Direction;
import io.potentia.scoring.sort.Assignment;
import io.potentia.scoring.sort.HeldBack;
import io.potentia.scoring.sort.Placement;
import io.potentia.scoring.sort.SortingCriterion;
import io.potentia.scoring.sort.SortingMethod;
import io.potentia.scoring.sort.SortingProblem;
import io.potentia.scoring.sort.SortingResult;
import io.potentia.scoring.spi.Described;
import io.potentia.scoring.spi.Trait;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link SortingMethod}: one assignment per alternative, in a class of the
 * problem, held back (below the best class) by the profile at its class's upper boundary, with a
 * support below what is needed and at least one criterion named; the same problem gives the same
 * result; an optimistic assignment, where given, is never below the (pessimistic) class; the
 * profiles bound the classes in order: an alternative equal to profile {@code h} is placed at least
 * in class {@code h + 1}, and one worse than profile {@code h} on every criterion by more than the
 * criterion's preference threshold at most in class {@code h} (both assignments); and, where
 * declared, reordering the alternatives changes no class ({@code ANONYMOUS}), improving an
 * alternative on one criterion never lowers its class, pessimistic or optimistic ({@code
 * MONOTONE}), and removing an alternative changes no other's assignment ({@code
 * RANK_REVERSAL_FREE}: sorting is absolute).
 */
public interface SortingMethodContract {

  /**
   * The method under test, with its name and the traits whose checks run: the registered one, for
   * example {@code Strategies.registry().sorting("mr-sort", Parameters.none("mr-sort"))}.
   *
   * @return the described method
   */
  Described<SortingMethod> method();

  /**
   * The problems to test on, giving what the method takes (and nothing it refuses).
   *
   * @return the generator
   */
  default Gen<SortingProblem> problems() {
    return Generators.sortingProblem(Generators.SortingModel.OUTRANKING);
  }

  /**
   * The number of cases per check.
   *
   * @return the count
   */
  default int cases() {
    return 200;
  }

  private PropertyRunner<SortingProblem> forAll() {
    return PropertyRunner.forAll(problems()).cases(cases());
  }

  private SortingResult sort(SortingProblem p) {
    return method().strategy().sort(p);
  }

  /** One assignment per alternative, in a class of the problem, held back as the class says. */
  @Test
  default void placesEveryAlternativeInOneClassHeldBackByTheProfileAbove() {
    AtomicInteger accepted = new AtomicInteger();
    forAll().numericEdgeCases().check(p -> Outcome.of(() -> sort(p)).ifPresent(r -> {
      accepted.incrementAndGet();
      assertEquals(p.categories(), r.categories());
      assertEquals(p.alternatives(), r.assignments().stream().map(Assignment::alternative).toList());
      for (Assignment a : r.assignments()) {
        checkPlacement(p, a.alternative(), a.placement());
        a.optimistic().ifPresent(o -> checkPlacement(p, a.alternative() + " (optimistic)", o));
      }
    }));
    assertTrue(accepted.get() > 0, method().name() + " rejected every generated problem: the checks would be vacuous");
  }

  private static void checkPlacement(SortingProblem p, String who, Placement placement) {
    int top = p.categories().size() - 1;
    assertTrue(placement.index() >= 0 && placement.index() <= top, who + ": class " + placement.index());
    assertEquals(p.categories().get(placement.index()), placement.category(), who);
    assertEquals(placement.index() < top, placement.heldBackBy().isPresent(),
        who + " in class " + placement.index() + " of " + top + ": held back only below the best class");
    placement.heldBackBy().ifPresent(h -> {
      assertEquals(p.categories().get(placement.index() + 1), h.category(), who);
      assertEquals(placement.index(), h.profile(), who + ": the profile at its class's upper boundary");
      assertTrue(Double.isFinite(h.support()) && h.support() >= 0 && h.support() <= 1, who + ": support " + h.support());
      assertTrue(h.support() < h.needed(), who + ": support " + h.support() + " reaches " + h.needed()
          + " yet the alternative stays below");
      assertFalse(h.criteria().isEmpty(), who + ": held back by no criterion");
      List<String> ids = p.criteria().stream().map(SortingCriterion::id).toList();
      h.criteria().forEach(g -> assertTrue(ids.contains(g.criterion()), who + ": unknown criterion " + g.criterion()));
    });
  }

  /** The same problem gives the same result. */
  @Test
  default void isDeterministic() {
    forAll().check(p -> Outcome.of(() -> sort(p)).ifPresent(r -> assertEquals(r, sort(p))));
  }

  /** The optimistic assignment, where given, is never below the pessimistic one. */
  @Test
  default void neverPlacesTheOptimisticAssignmentBelowThePessimistic() {
    AtomicInteger withOptimistic = new AtomicInteger();
    forAll().check(p -> Outcome.of(() -> sort(p)).ifPresent(r -> {
      for (Assignment a : r.assignments()) {
        a.optimistic().ifPresent(o -> {
          withOptimistic.incrementAndGet();
          assertTrue(o.index() >= a.index(), a.alternative() + ": optimistic class " + o.index() + " below pessimistic "
              + a.index());
        });
      }
    }));
    assumeTrue(withOptimistic.get() > 0, "skipped: " + method().name() + " gives no optimistic assignment");
  }

  /**
   * An alternative equal to profile h reaches at least class h + 1; one worse than profile h on
   * every criterion by more than the preference threshold stays at most in class h.
   */
  @Test
  default void keepsTheClassesInTheOrderOfTheirProfiles() {
    forAll().check(p -> {
      for (int h = 0; h < p.profiles().size(); h++) {
        List<Double> below = new ArrayList<>();
        for (int j = 0; j < p.criterionCount(); j++) {
          SortingCriterion c = p.criteria().get(j);
          double b = p.profile(h, j);
          double margin = c.preference() + 0.01 * (Math.abs(b) + c.preference()) + 1e-6;
          below.add(c.direction() == Direction.BENEFIT ? b - margin : b + margin);
        }
        int profile = h;
        SortingProblem pair = SortingProblem.builder().from(p).alternatives(List.of("at", "below"))
            .matrix(List.of(p.profiles().get(h), below)).build();
        Outcome.of(() -> sort(pair)).ifPresent(r -> {
          Assignment at = r.assignments().get(0);
          Assignment under = r.assignments().get(1);
          assertTrue(at.index() >= profile + 1, "an alternative equal to profile " + profile + " is in class "
              + at.index());
          assertTrue(under.upperIndex() <= profile, "an alternative below profile " + profile
              + " on every criterion is in class " + under.upperIndex());
        });
      }
    });
  }

  /** Reversing the order of the alternatives changes no class. */
  @Test
  default void isAnonymousWhereDeclared() {
    assumeTrue(method().has(Trait.ANONYMOUS), "skipped: " + method().name() + " does not declare ANONYMOUS");
    forAll().check(p -> Outcome.of(() -> sort(p)).ifPresent(r -> {
      List<String> alternatives = new ArrayList<>(p.alternatives());
      List<List<Double>> rows = new ArrayList<>(p.matrix());
      java.util.Collections.reverse(alternatives);
      java.util.Collections.reverse(rows);
      SortingResult reversed = sort(SortingProblem.builder().from(p).alternatives(alternatives).matrix(rows).build());
      for (Assignment a : r.assignments()) {
        assertEquals(a, reversed.assignment(a.alternative()), a.alternative());
      }
    }));
  }

  /** Improving an alternative on one criterion never lowers its class, pessimistic or optimistic. */
  @Test
  default void neverLowersTheClassOfAnImprovedAlternativeWhereDeclaredMonotone() {
    assumeTrue(method().has(Trait.MONOTONE), "skipped: " + method().name() + " does not declare MONOTONE");
    forAll().check(p -> Outcome.of(() -> sort(p)).ifPresent(r -> {
      for (int i = 0; i < Math.min(4, p.alternativeCount()); i++) {
        int j = i % p.criterionCount();
        SortingProblem better = p.withRow(i, improved(p, i, j));
        Assignment before = r.assignments().get(i);
        Assignment after = sort(better).assignments().get(i);
        assertTrue(after.index() >= before.index(), "improving " + before.alternative() + " on "
            + p.criteria().get(j).id() + " moved it from class " + before.index() + " to " + after.index());
        assertTrue(after.upperIndex() >= before.upperIndex(), "improving " + before.alternative() + " on "
            + p.criteria().get(j).id() + " moved its optimistic class from " + before.upperIndex() + " to "
            + after.upperIndex());
      }
    }));
  }

  /**
   * The alternative's row with criterion j improved: to the value of the lowest profile better than
   * it there (so that equality with a profile is tried), or past the highest by a quarter of the
   * profiles' spread.
   */
  private static List<Double> improved(SortingProblem p, int i, int j) {
    double sign = p.criteria().get(j).direction() == Direction.BENEFIT ? 1 : -1;
    double x = sign * p.value(i, j);
    double next = Double.NaN;
    for (int h = 0; h < p.profiles().size() && Double.isNaN(next); h++) {
      if (sign * p.profile(h, j) > x) {
        next = sign * p.profile(h, j);
      }
    }
    if (Double.isNaN(next)) {
      double spread = Math.abs(p.profile(p.profiles().size() - 1, j) - p.profile(0, j));
      next = x + 0.25 * spread + 0.01 * Math.abs(x) + 1e-6;
    }
    List<Double> row = new ArrayList<>(p.matrix().get(i));
    row.set(j, sign * next);
    return row;
  }

  /** Removing an alternative changes no other's assignment. */
  @Test
  default void sortsEachAlternativeOnItsOwnWhereDeclaredRankReversalFree() {
    assumeTrue(method().has(Trait.RANK_REVERSAL_FREE), "skipped: " + method().name()
        + " does not declare RANK_REVERSAL_FREE");
    forAll().check(p -> {
      if (p.alternativeCount() < 2) {
        return;
      }
      Outcome.of(() -> sort(p)).ifPresent(full -> {
        SortingProblem smaller = SortingProblem.builder().from(p).alternatives(p.alternatives().subList(1, p.alternativeCount()))
            .matrix(p.matrix().subList(1, p.alternativeCount())).build();
        assertEquals(full.assignments().subList(1, p.alternativeCount()), sort(smaller).assignments(),
            "removing " + p.alternatives().get(0) + " changed the others' assignments");
      });
    });
  }
}
