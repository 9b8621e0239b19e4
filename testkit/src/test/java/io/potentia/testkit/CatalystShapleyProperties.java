package io.potentia.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.potentia.scoring.aggregate.Aggregator;
import io.potentia.scoring.spi.Described;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The catalyst's contributions are the Shapley values of its children (Shapley 1953, "A value for
 * n-person games", Contributions to the Theory of Games II, pp. 307-317), baseline every child at
 * 0: checked on seeded cases against the definition, {@code phi_i = sum over S not holding i of
 * |S|! (n - |S| - 1)! / n! (v(S + i) - v(S))}, with {@code v(S)} the registered aggregator's score
 * when the children outside {@code S} are set to 0; and they sum to the score.
 */
class CatalystShapleyProperties {

  /** One area: child scores on [0, 100] and positive weights, with the catalyst at a random place. */
  record Case(List<String> children, double[] x, double[] w, double strength) {
    @Override
    public String toString() {
      return children + " x " + Arrays.toString(x) + " w " + Arrays.toString(w) + " g " + strength;
    }
  }

  private static final Gen<Case> CASES = (random, size) -> {
    int n = 2 + random.nextInt(4);
    List<String> ids = new ArrayList<>();
    for (int j = 0; j < n - 1; j++) {
      ids.add("other" + j);
    }
    ids.add(random.nextInt(n), "political");
    double[] x = new double[n];
    double[] w = new double[n];
    for (int j = 0; j < n; j++) {
      x[j] = random.nextDouble() < 0.1 ? 0 : 100 * random.nextDouble();
      w[j] = 0.05 + random.nextDouble();
    }
    return new Case(ids, x, w, 0.25 + 3 * random.nextDouble());
  };

  private static Aggregator catalyst(Case c) {
    Described<Aggregator> named = Registered.aggregator("catalyst", "strength=" + c.strength());
    return named.strategy().forChildren(c.children());
  }

  private static double value(Aggregator a, Case c, int coalition) {
    double[][] columns = new double[c.x().length][1];
    for (int j = 0; j < columns.length; j++) {
      columns[j][0] = (coalition & (1 << j)) != 0 ? c.x()[j] : 0;
    }
    return a.aggregate(columns, c.w())[0];
  }

  private static double[] shapleyByDefinition(Aggregator a, Case c) {
    int n = c.x().length;
    double[] factorial = new double[n + 1];
    factorial[0] = 1;
    for (int k = 1; k <= n; k++) {
      factorial[k] = factorial[k - 1] * k;
    }
    double[] phi = new double[n];
    for (int i = 0; i < n; i++) {
      for (int s = 0; s < (1 << n); s++) {
        if ((s & (1 << i)) == 0) {
          int size = Integer.bitCount(s);
          phi[i] += factorial[size] * factorial[n - size - 1] / factorial[n]
              * (value(a, c, s | (1 << i)) - value(a, c, s));
        }
      }
    }
    return phi;
  }

  @Test
  void theContributionsAreTheShapleyValuesByDefinition() {
    PropertyRunner.forAll(CASES).cases(300).check(c -> {
      Aggregator a = catalyst(c);
      double[] parts = a.decompose(c.x(), c.w()).orElseThrow();
      double[] phi = shapleyByDefinition(a, c);
      for (int j = 0; j < phi.length; j++) {
        assertEquals(phi[j], parts[j], 1e-9, "child " + c.children().get(j));
      }
    });
  }

  @Test
  void theContributionsSumToTheScore() {
    PropertyRunner.forAll(CASES).cases(500).check(c -> {
      Aggregator a = catalyst(c);
      double[][] columns = new double[c.x().length][];
      for (int j = 0; j < columns.length; j++) {
        columns[j] = new double[] {c.x()[j]};
      }
      double score = a.aggregate(columns, c.w())[0];
      double sum = Arrays.stream(a.decompose(c.x(), c.w()).orElseThrow()).sum();
      assertEquals(score, sum, 1e-9);
    });
  }
}
