package io.potentia.scoring.rank;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.spi.Trait;
import io.potentia.scoring.normalise.Normaliser;
import io.potentia.scoring.normalise.Normalisers;
import java.util.EnumSet;
import java.util.Set;

/**
 * Grey relational analysis (Deng 1982; as applied by Kuo, Yang and Huang 2008, "The use of grey
 * relational analysis in solving multiple attribute decision-making problems", Computers and
 * Industrial Engineering 55): each criterion is min-max normalised to [0, 1] so that higher is
 * better ("larger-the-better" and "smaller-the-better" generation); against the reference sequence
 * of ones the deviation is {@code D_ij = |1 - r_ij|}; the grey relational coefficient is {@code
 * (D_min + zeta D_max)/(D_ij + zeta D_max)} with {@code D_min}, {@code D_max} over the whole matrix
 * and the distinguishing coefficient {@code zeta} (default 0.5); the grade is the weighted mean of
 * the coefficients. Higher is better; grades lie in (0, 1].
 *
 * <p>Rejects {@code zeta} outside (0, 1] and constant criteria (the normalisation is undefined).
 */
final class GreyRelational implements RankingMethod {
  private final double zeta;

  GreyRelational(double zeta) {
    if (!(zeta > 0 && zeta <= 1)) {
      throw InvalidInputException.at("parameters.zeta", "grey-relational: zeta " + zeta + " must be in (0, 1]");
    }
    this.zeta = zeta;
  }

  @Override
  public String name() {
    return "gra";
  }

  @Override
  public Set<Trait> traits() {
    return EnumSet.of(Trait.MONOTONE, Trait.BOUNDED, Trait.SCALE_INVARIANT, Trait.TRANSLATION_INVARIANT,
        Trait.ANONYMOUS, Trait.DETERMINISTIC, Trait.ACCEPTS_NON_POSITIVE);
  }

  @Override
  public RankingResult rank(DecisionProblem problem) {
    Normaliser unit = Normalisers.minMax(0, 1);
    double[][] r = MatrixSteps.normalise(problem, unit);
    double[] w = problem.unitWeights();
    int m = problem.alternativeCount();
    int n = problem.criterionCount();
    double dMin = Double.POSITIVE_INFINITY;
    double dMax = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < m; i++) {
        double d = Math.abs(1 - r[j][i]);
        dMin = Math.min(dMin, d);
        dMax = Math.max(dMax, d);
      }
    }
    double[] grade = new double[m];
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < m; i++) {
        double d = Math.abs(1 - r[j][i]);
        grade[i] += w[j] * (dMin + zeta * dMax) / (d + zeta * dMax);
      }
    }
    return Results.start(name(), problem, grade, true).putParameter("zeta", Double.toString(zeta)).build();
  }
}
