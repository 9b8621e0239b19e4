package io.potentia.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.potentia.scoring.sort.Assignment;
import io.potentia.scoring.sort.SortingMethod;
import io.potentia.scoring.sort.SortingMethods;
import io.potentia.scoring.sort.SortingProblem;
import io.potentia.scoring.spi.Described;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every built-in sorting method passes the sorting-method contract, and the methods agree where
 * the literature says one is a case of another: MR-Sort is ELECTRE TRI-B's pessimistic rule without
 * thresholds (Leroy, Mousseau and Pirlot 2011, section 2), and the conjunctive rule is MR-Sort with
 * {@code lambda = 1} and positive weights.
 */
class BuiltInSortingMethodsProperties {
  @Nested
  class Conjunctive implements SortingMethodContract {
    public Described<SortingMethod> method() {
      return Registered.sorting("conjunctive");
    }

    public Gen<SortingProblem> problems() {
      return Generators.sortingProblem(Generators.SortingModel.PROFILES);
    }
  }

  @Nested
  class MrSort implements SortingMethodContract {
    public Described<SortingMethod> method() {
      return Registered.sorting("mr-sort");
    }

    public Gen<SortingProblem> problems() {
      return Generators.sortingProblem(Generators.SortingModel.MAJORITY);
    }
  }

  @Nested
  class ElectreTriB implements SortingMethodContract {
    public Described<SortingMethod> method() {
      return Registered.sorting("electre-tri-b");
    }
  }

  private static List<Integer> classes(SortingMethod method, SortingProblem p) {
    return method.sort(p).assignments().stream().map(Assignment::index).toList();
  }

  @Test
  void mrSortIsElectreTriBPessimisticWithoutThresholds() {
    PropertyRunner.forAll(Generators.sortingProblem(Generators.SortingModel.MAJORITY))
        .check(p -> assertEquals(classes(SortingMethods.mrSort(), p), classes(SortingMethods.electreTriB(), p)));
  }

  @Test
  void theConjunctiveRuleIsMrSortWithLambdaOne() {
    PropertyRunner.forAll(Generators.sortingProblem(Generators.SortingModel.PROFILES))
        .check(p -> assertEquals(classes(SortingMethods.conjunctive(), p),
            classes(SortingMethods.mrSort(), SortingProblem.builder().from(p).lambda(1.0).build())));
  }
}
