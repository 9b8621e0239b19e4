package io.potentia.scoring.weight;

import static io.potentia.scoring.spi.Trait.ACCEPTS_MISSING;
import static io.potentia.scoring.spi.Trait.ACCEPTS_NON_POSITIVE;
import static io.potentia.scoring.spi.Trait.ANONYMOUS;
import static io.potentia.scoring.spi.Trait.DETERMINISTIC;
import static io.potentia.scoring.spi.Trait.SCALE_INVARIANT;
import static io.potentia.scoring.spi.Trait.TRANSLATION_INVARIANT;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.spi.Described;
import io.potentia.scoring.spi.StrategyKind;
import io.potentia.scoring.internal.Checks;
import io.potentia.scoring.spi.StrategyDescriptor;
import java.util.EnumSet;
import java.util.List;

/**
 * The built-in weighting methods.
 *
 * <table>
 *   <caption>Built-in weighting methods, by spec name</caption>
 *   <tr><th>name</th><th>what</th><th>parameters</th></tr>
 *   <tr><td>equal</td><td>1/n each</td><td></td></tr>
 *   <tr><td>explicit</td><td>given weights, scaled to sum 1</td><td>weights</td></tr>
 *   <tr><td>budget-allocation</td><td>mean of each expert's points, each expert scaled to sum 1</td><td>points (experts x criteria)</td></tr>
 *   <tr><td>ahp</td><td>Saaty's priorities from pairwise comparisons</td><td>matrix, method = eigenvector, consistency = reject</td></tr>
 *   <tr><td>entropy</td><td>Shannon entropy divergence</td><td></td></tr>
 *   <tr><td>critic</td><td>contrast times conflict, each criterion min-max oriented by its direction</td><td></td></tr>
 *   <tr><td>pca</td><td>squared loadings of retained components</td><td></td></tr>
 *   <tr><td>rank-order-centroid</td><td>(1/n) sum_{i=k..n} 1/i for rank k</td><td>ranks</td></tr>
 *   <tr><td>optimised</td><td>weights whose importances match targets</td><td>targets, tolerance = 1e-4, maxIterations = 1000</td></tr>
 *   <tr><td>merec</td><td>removal effects of criteria (Keshavarz-Ghorabaee et al. 2021)</td><td></td></tr>
 *   <tr><td>standard-deviation</td><td>spread of each criterion after min-max</td><td></td></tr>
 *   <tr><td>gini</td><td>Gini coefficient of each criterion</td><td></td></tr>
 *   <tr><td>bwm</td><td>best-worst method, linear model (Rezaei 2016)</td><td>bestToOthers, othersToWorst</td></tr>
 *   <tr><td>swara</td><td>step-wise weight assessment ratio analysis (Keršulienė et al. 2010)</td><td>ranks, s</td></tr>
 * </table>
 *
 * <p>Every method returns weights {@code >= 0} summing to 1, one per criterion, and fails with an
 * {@link InvalidInputException} that gives the reason. Equal, explicit, budget-allocation, AHP and
 * rank-order-centroid weights are fixed when built and only check the number of criteria, as are
 * the subjective BWM and SWARA weights; entropy, CRITIC, PCA, optimised, MEREC, standard-deviation
 * and Gini weights read the data.
 */
public final class Weightings {
  private Weightings() {}

  /**
   * Equal weights: {@code w_j = 1/n} for n criteria, whatever the data.
   *
   * <p>Rejects, when weighing, an empty set of criteria. Traits: {@code DETERMINISTIC}, {@code
   * ANONYMOUS}, {@code ACCEPTS_MISSING}, {@code ACCEPTS_NON_POSITIVE}.
   *
   * @return the method, named {@code equal}
   */
  public static WeightingMethod equal() {
    return new FixedWeights("equal", null);
  }

  /**
   * Explicit weights, scaled to sum 1: {@code w_j = v_j / sum v}, whatever the data.
   *
   * <p>Rejects, when weighing, a number of criteria other than the number of weights. Traits:
   * {@code DETERMINISTIC}, {@code ANONYMOUS}, {@code ACCEPTS_MISSING}, {@code
   * ACCEPTS_NON_POSITIVE}.
   *
   * @param weights the weights {@code v}, one per criterion; finite, {@code >= 0}, not all zero
   * @return the method, named {@code explicit}
   * @throws InvalidInputException if a weight is negative or not finite, or none is positive
   */
  public static WeightingMethod explicit(double... weights) {
    Checks.weights("explicit", weights, weights.length);
    return new FixedWeights("explicit", Checks.unit(weights));
  }

  /**
   * Budget allocation (OECD/JRC Handbook 2008, section 6.1.5): each expert e distributes points
   * {@code p_ej} over the criteria; each expert's points are scaled to sum 1 and the weights are
   * their mean, {@code w_j = (1/E) sum_e p_ej / sum_k p_ek} over the E experts. Fixed once built.
   *
   * <p>Rejects, when weighing, a number of criteria other than the number of columns. Traits:
   * {@code DETERMINISTIC}, {@code ANONYMOUS}, {@code ACCEPTS_MISSING}, {@code
   * ACCEPTS_NON_POSITIVE}.
   *
   * @param points one row per expert, one column per criterion, every row as long as the first;
   *     finite, {@code >= 0}, each row not all zero
   * @return the method, named {@code budget-allocation}
   * @throws InvalidInputException if there is no expert, or a row is of another length, has a
   *     negative or non-finite entry, or is all zero (naming the expert)
   */
  public static WeightingMethod budgetAllocation(double[][] points) {
    if (points.length == 0) {
      throw InvalidInputException.at("parameters.points", "budget-allocation: no expert gave points");
    }
    int n = points[0].length;
    double[] w = new double[n];
    for (int e = 0; e < points.length; e++) {
      try {
        Checks.weights("budget-allocation", points[e], n);
      } catch (InvalidInputException ex) {
        throw InvalidInputException.at("parameters.points[" + e + "]", "budget-allocation: expert " + e + ": "
            + ex.problems().get(0).message());
      }
      double[] unit = Checks.unit(points[e]);
      for (int j = 0; j < n; j++) {
        w[j] += unit[j] / points.length;
      }
    }
    return new FixedWeights("budget-allocation", w);
  }

  /**
   * AHP priorities (Saaty 1980, The Analytic Hierarchy Process) from a positive reciprocal matrix
   * of pairwise comparisons {@code a[i][j]} (how much more important i is than j, on Saaty's 1 to 9
   * scale; {@code a[j][i] = 1/a[i][j]}): the principal right eigenvector scaled to sum 1, or the
   * row geometric means scaled to sum 1 (Crawford and Williams 1985). Consistency: {@code CI =
   * (lambda_max - n)/(n - 1)} and {@code CR = CI / RI(n)} with Saaty's random indices, 0 for n &le;
   * 2; Saaty asks for {@code CR <= 0.1}. {@link Ahp#analyse} gives the details. Fixed once built.
   *
   * <p>Rejects, when weighing, a number of criteria other than n. Traits: {@code DETERMINISTIC},
   * {@code ANONYMOUS}, {@code ACCEPTS_MISSING}, {@code ACCEPTS_NON_POSITIVE}.
   *
   * @param pairwise the n x n comparison matrix, 1 &le; n &le; 15, entries positive and finite,
   *     diagonal 1, reciprocal within 1e-6
   * @param method eigenvector or geometric mean
   * @param rejectInconsistent whether {@code CR > 0.1} is an error (otherwise the priorities are
   *     used; read the ratio with {@link Ahp#analyse})
   * @return the method, named {@code ahp}
   * @throws InvalidInputException if the matrix is not square, has fewer than 1 or more than 15
   *     rows, an entry that is not positive and finite, a diagonal other than 1, or is not
   *     reciprocal; or if it is inconsistent and {@code rejectInconsistent}
   */
  public static WeightingMethod ahp(double[][] pairwise, Ahp.Method method, boolean rejectInconsistent) {
    Ahp.Result result = Ahp.analyse(pairwise, method);
    if (rejectInconsistent && !result.consistent()) {
      throw InvalidInputException.at("parameters.matrix", "ahp: the consistency ratio is " + result.consistencyRatio()
          + " (CI " + result.consistencyIndex() + ", lambda max " + result.lambdaMax()
          + "); Saaty asks for at most 0.1: revise the comparisons, or set consistency = warn");
    }
    return new FixedWeights("ahp", result.priorities());
  }

  /**
   * Entropy weights (Shannon entropy; Zeleny 1982; as in Elsayed, Dawood and Karthikeyan 2017):
   * {@code p_ij = x_ij / sum_i x_ij}, {@code E_j = -sum_i p_ij ln p_ij / ln m} (with {@code 0 ln 0
   * = 0}), divergence {@code d_j = max(0, 1 - E_j)}, weights {@code w_j = d_j / sum d}. A criterion
   * whose values differ more between alternatives carries more information and more weight; a
   * uniform criterion gets 0. The shares are of the values as given, whatever the criterion's
   * direction, as the method is published: the directions given to {@link
   * WeightingMethod#weigh(double[][], java.util.List)} are checked for number and otherwise not
   * used.
   *
   * <p>Missing values are skipped: m counts the present values of each criterion. Rejects an empty
   * set of criteria; a criterion with a negative or infinite value, with fewer than two present
   * values, or with every value 0; and data in which every criterion is uniform (no divergence
   * anywhere, so no weights). Traits: {@code DETERMINISTIC}, {@code ANONYMOUS}, {@code
   * SCALE_INVARIANT}, {@code ACCEPTS_MISSING}.
   *
   * @return the method, named {@code entropy}
   */
  public static WeightingMethod entropy() {
    return new Entropy();
  }

  /**
   * CRITIC weights (CRiteria Importance Through Intercriteria Correlation; Diakoulaki, Mavrotas and
   * Papayannakis 1995, "Determining objective weights in multiple criteria problems: The CRITIC
   * method", Computers and Operations Research 22(7)): each criterion is min-max normalised to
   * {@code [0, 1]} by its direction, {@code z_ij = (x_ij - min_j)/(max_j - min_j)} for a benefit
   * and {@code z_ij = (max_j - x_ij)/(max_j - min_j)} for a cost, so that 1 is the best value; its
   * contrast is the standard deviation {@code sigma_j} of the {@code z} (population, divisor m;
   * the divisor cancels in the weights), its conflict {@code sum_k (1 - r_jk)} with {@code r}
   * Pearson's correlation of the {@code z}; information {@code C_j = sigma_j sum_k (1 - r_jk)} and
   * weights {@code w_j = C_j / sum_k C_k}.
   *
   * <p>Directions matter. Turning a cost criterion around leaves its {@code sigma_j} unchanged but
   * changes the sign of its correlations with the benefit criteria, and so the weights: give the
   * directions of raw data with {@link WeightingMethod#weigh(double[][], java.util.List)} (the
   * command line's {@code potentia weights} gives the decision problem's). {@link
   * WeightingMethod#weigh(double[][])} takes every criterion as a benefit, which is right for data
   * on which higher is already better (normalised indicators, as a scoring pipeline weighs them).
   *
   * <p>Rejects fewer than two criteria, missing values (correlations need complete pairs; impute
   * first) or criteria of unequal length, infinite values, fewer than two alternatives, a constant
   * criterion (no contrast, correlation undefined), and data in which every criterion is perfectly
   * correlated with the others (every {@code C_j} is 0). Traits: {@code DETERMINISTIC}, {@code
   * ANONYMOUS}, {@code SCALE_INVARIANT}, {@code TRANSLATION_INVARIANT}, {@code
   * ACCEPTS_NON_POSITIVE}.
   *
   * @return the method, named {@code critic}
   */
  public static WeightingMethod critic() {
    return new Critic();
  }

  /**
   * Weights from principal component analysis, after Nicoletti, Scarpetta and Boylaud (2000) as the
   * OECD/JRC Handbook 2008 (section 6.1) describes them: eigen-decompose the correlation matrix of
   * the criteria; retain the components with eigenvalue above 1 (Kaiser's rule; at least the
   * first); give each criterion its largest squared loading {@code v_jk^2} over the retained
   * components, times that component's share {@code lambda_k / sum lambda} of the retained
   * variance; scale to sum 1. Unlike the handbook, the loadings are not rotated (varimax), which
   * keeps the method deterministic and free of iteration, and exact when one component is retained.
   *
   * <p>Rejects fewer than two criteria, fewer than three alternatives, missing values (impute
   * first) or criteria of unequal length, infinite values, and a constant criterion (its
   * correlations are undefined). Traits: {@code DETERMINISTIC}, {@code ANONYMOUS}, {@code
   * SCALE_INVARIANT}, {@code TRANSLATION_INVARIANT}, {@code ACCEPTS_NON_POSITIVE}.
   *
   * @return the method, named {@code pca}
   */
  public static WeightingMethod pca() {
    return new PcaWeights();
  }

  /**
   * Rank order centroid weights (Barron and Barrett 1996, "Decision quality using ranked attribute
   * weights", Management Science 42(11)): {@code w_k = (1/n) sum_{i=k..n} 1/i} for the criterion in
   * position k (1 = most important) of n. Only the order of the ranks counts; tied ranks share the
   * mean of the weights of the positions they occupy. Fixed once built.
   *
   * <p>Rejects, when weighing, a number of criteria other than n. Traits: {@code DETERMINISTIC},
   * {@code ANONYMOUS}, {@code ACCEPTS_MISSING}, {@code ACCEPTS_NON_POSITIVE}.
   *
   * @param ranks the rank of each criterion, a whole number from 1 (most important) to n
   * @return the method, named {@code rank-order-centroid}
   * @throws InvalidInputException if no rank is given, or a rank is not a whole number from 1 to n
   */
  public static WeightingMethod rankOrderCentroid(double... ranks) {
    int n = ranks.length;
    if (n == 0) {
      throw InvalidInputException.at("parameters.ranks", "rank-order-centroid: no ranks given");
    }
    double[] byPosition = new double[n];
    for (int k = 1; k <= n; k++) {
      for (int i = k; i <= n; i++) {
        byPosition[k - 1] += 1.0 / i / n;
      }
    }
    double[] w = new double[n];
    for (int j = 0; j < n; j++) {
      double r = ranks[j];
      if (!(r >= 1 && r <= n) || r != Math.rint(r)) {
        throw InvalidInputException.at("parameters.ranks[" + j + "]", "rank-order-centroid: rank " + r
            + " of criterion " + j + " must be a whole number from 1 to " + n);
      }
      int tiedBefore = 0;
      int tied = 0;
      for (double other : ranks) {
        if (other < r) {
          tiedBefore++;
        } else if (other == r) {
          tied++;
        }
      }
      for (int p = tiedBefore; p < tiedBefore + tied; p++) {
        w[j] += byPosition[p] / tied;
      }
    }
    return new FixedWeights("rank-order-centroid", w);
  }

  /**
   * Weights optimised so that each criterion's importance in the resulting weighted mean {@code y =
   * sum_j w_j x_j} matches a target (Becker, Saisana, Paruolo and Vandecasteele 2017, "Weights and
   * importance in composite indicators: Closing the gap", Ecological Indicators 80): importance is
   * the squared Pearson correlation {@code S_j = r(x_j, y)^2}, scaled to sum 1. From equal weights,
   * multiplicative updates {@code w_j <- w_j (t_j / S_j)^(1/2)} (doubling {@code w_j} where {@code
   * S_j = 0}), renormalised, run until the largest gap {@code |S_j - t_j|} is below {@code
   * tolerance}.
   *
   * <p>Rejects, when weighing, a number of criteria other than the number of targets, missing
   * values (impute first) or criteria of unequal length, a constant criterion, and targets not
   * reached within {@code maxIterations}: the gap is named, not approximated silently. Traits:
   * {@code DETERMINISTIC}, {@code ANONYMOUS}, {@code ACCEPTS_NON_POSITIVE}.
   *
   * @param targets the target importance {@code t_j} of each criterion, scaled to sum 1; finite,
   *     {@code >= 0}, not all zero
   * @param tolerance the largest acceptable gap between importance and target, {@code > 0} (1e-4 in
   *     specs)
   * @param maxIterations the most updates tried, {@code >= 1} (1000 in specs)
   * @return the method, named {@code optimised}
   * @throws InvalidInputException if {@code tolerance} is not {@code > 0}, {@code maxIterations <
   *     1}, or a target is negative or not finite, or none is positive
   */
  public static WeightingMethod optimised(double[] targets, double tolerance, int maxIterations) {
    if (!(tolerance > 0) || maxIterations < 1) {
      throw InvalidInputException.at("parameters", "optimised: tolerance " + tolerance + " must be > 0 and maxIterations "
          + maxIterations + " >= 1");
    }
    return new OptimisedWeights(targets, tolerance, maxIterations);
  }

  /**
   * MEREC weights, the MEthod based on the Removal Effects of Criteria (Keshavarz-Ghorabaee, Amiri,
   * Zavadskas, Turskis and Antucheviciene 2021, "Determination of objective weights using a new
   * method based on the removal effects of criteria (MEREC)", Symmetry 13(4), 525, section 3): each
   * value is turned into a ratio in {@code (0, 1]} on which smaller is better, {@code n_ij = min_k
   * x_kj / x_ij} for a benefit criterion and {@code n_ij = x_ij / max_k x_kj} for a cost one; the
   * overall performance of an alternative is {@code S_i = ln(1 + (1/n) sum_j |ln n_ij|)} and, with
   * criterion j removed, {@code S'_ij = ln(1 + (1/n) sum_{k != j} |ln n_ik|)} (the divisor stays
   * n); the removal effect is {@code E_j = sum_i |S'_ij - S_i|} and the weights {@code w_j = E_j /
   * sum_k E_k}. A criterion whose removal changes the alternatives' performances most weighs most.
   *
   * <p>Directions matter, as for CRITIC: give the directions of raw data with {@link
   * WeightingMethod#weigh(double[][], java.util.List)} (the command line's {@code potentia weights}
   * gives the decision problem's); {@link WeightingMethod#weigh(double[][])} takes every criterion as
   * a benefit. A constant criterion gets weight 0. Rejects no criteria, fewer than two alternatives,
   * criteria of unequal length, a missing (impute first) or infinite value, a value {@code <= 0}
   * (the method takes logarithms of ratios), naming the criterion and alternative, and data in which
   * every criterion is constant. Traits: {@code DETERMINISTIC}, {@code ANONYMOUS}, {@code
   * SCALE_INVARIANT}.
   *
   * <p>Checked against the paper's illustrative example (section 4.1) and the MEREC weights of its
   * comparative example (section 4.2); see {@code ObjectiveWeightsTest}.
   *
   * @return the method, named {@code merec}
   */
  public static WeightingMethod merec() {
    return new Merec();
  }

  /**
   * Standard-deviation weights (the contrast intensity of Zeleny 1982; in the form compared by
   * Diakoulaki, Mavrotas and Papayannakis 1995 and by Mukhametzyanov 2021, "Specific character of
   * objective methods for determining weights of criteria in MCDM problems: Entropy, CRITIC, SD",
   * Decision Making: Applications in Management and Engineering 4(2), section 2.3): each criterion
   * is min-max normalised to {@code [0, 1]}, {@code z_ij = (x_ij - min_j)/(max_j - min_j)} (a cost
   * criterion turned around, which leaves the spread unchanged), its standard deviation {@code
   * sigma_j} taken (population, divisor m; the divisor cancels), and {@code w_j = sigma_j / sum_k
   * sigma_k}. The more a criterion's values spread between the alternatives, the more it weighs.
   * Unlike CRITIC, correlated criteria are not discounted.
   *
   * <p>A constant criterion has no spread and gets weight 0. Rejects no criteria, fewer than two
   * alternatives, criteria of unequal length, a missing (impute first) or infinite value, naming the
   * criterion and alternative, and data in which every criterion is constant. Traits: {@code
   * DETERMINISTIC}, {@code ANONYMOUS}, {@code SCALE_INVARIANT}, {@code TRANSLATION_INVARIANT},
   * {@code ACCEPTS_NON_POSITIVE}.
   *
   * <p>Checked against Mukhametzyanov (2021), DM-1 and DM-2, and Jahan and Edwards (2013), Materials
   * and Design 49, 1000-1008; see {@code ObjectiveWeightsTest}.
   *
   * @return the method, named {@code standard-deviation}
   */
  public static WeightingMethod standardDeviation() {
    return new StandardDeviationWeights();
  }

  /**
   * Gini-coefficient weights (as compared by Bączkiewicz, Wątróbski, Kizielewicz and Sałabun 2021,
   * "Towards reliable results: a comparative analysis of selected MCDA techniques in the camera
   * selection problem", Information Technology for Management: Business and Social Issues, LNBIP
   * 442, 143-165): the Gini coefficient of each criterion's values, {@code G_j = sum_i sum_k |x_ij -
   * x_kj| / (2 m^2 mean_j)} (half the relative mean absolute difference; 0 when every value is equal,
   * near 1 when one alternative holds nearly all of it), and {@code w_j = G_j / sum_k G_k}. Computed
   * from the sorted values in {@code O(m log m)} per criterion. The values are taken as given,
   * whatever the criterion's direction, as the method is published: the inequality of a column does
   * not depend on which end of it is better.
   *
   * <p>A constant criterion gets weight 0. Rejects no criteria, fewer than two alternatives,
   * criteria of unequal length, a missing (impute first) or infinite value, a negative value, a
   * criterion whose values are all 0, naming the criterion, and data in which every criterion is
   * constant. Traits: {@code DETERMINISTIC}, {@code ANONYMOUS}, {@code SCALE_INVARIANT}.
   *
   * @return the method, named {@code gini}
   */
  public static WeightingMethod gini() {
    return new GiniWeights();
  }

  /**
   * Best-worst method weights, linear model (Rezaei 2016, "Best-worst multi-criteria decision-making
   * method: Some properties and a linear model", Omega 64, 126-130, model (19)): with B the best and
   * W the worst criterion, {@code a_Bj} how much more important B is than criterion j and {@code
   * a_jW} how much more important j is than W (1 to 9), the weights minimise {@code xi} subject to
   * {@code |w_B - a_Bj w_j| <= xi} and {@code |w_j - a_jW w_W| <= xi} for every j, {@code sum w =
   * 1}, {@code w >= 0}, a linear programme with a unique optimum, solved with Hipparchus's simplex
   * solver. {@link BestWorst#analyse} gives the details: B and W, the consistency indicator {@code
   * xi^L} (0 when {@code a_Bj a_jW = a_BW} for every j) and the input-based consistency ratio of
   * Liang, Brunelli and Rezaei (2020). Fixed once built.
   *
   * <p>Rejects, when built, what {@link BestWorst#analyse} rejects (comparisons off the 1 to 9
   * scale, no self-comparison of 1, B against W given differently in the two vectors, a criterion
   * better than the best or worse than the worst), naming the vector, the criterion and the value;
   * when weighing, a number of criteria other than the vectors' length. Traits: {@code
   * DETERMINISTIC}, {@code ANONYMOUS}, {@code ACCEPTS_MISSING}, {@code ACCEPTS_NON_POSITIVE}.
   *
   * @param bestToOthers {@code a_B}, one comparison per criterion in criterion order, the best's own 1
   * @param othersToWorst {@code a_W}, one comparison per criterion in criterion order, the worst's own
   *     1
   * @return the method, named {@code bwm}
   * @throws InvalidInputException if the comparisons are refused, naming them
   */
  public static WeightingMethod bestWorst(double[] bestToOthers, double[] othersToWorst) {
    return new FixedWeights("bwm", BestWorst.analyse(bestToOthers, othersToWorst).weights());
  }

  /**
   * SWARA weights, step-wise weight assessment ratio analysis (Keršulienė, Zavadskas and Turskis
   * 2010, "Selection of rational dispute resolution method by applying new step-wise weight
   * assessment ratio analysis (SWARA)", Journal of Business Economics and Management 11(2),
   * 243-258, section 3): the criteria are put in order of importance, and each after the first is
   * given its comparative importance {@code s_k}, how much less important it is than the one just
   * above it (0.15: 15 % less; 0: as important). Then {@code k_1 = 1}, {@code k_k = s_k + 1}; {@code
   * q_1 = 1}, {@code q_k = q_{k-1} / k_k}; and {@code w_k = q_k / sum q}. Fixed once built.
   *
   * <p>Rejects, when built, ranks that are not a permutation of 1 to n (ties are given as {@code s
   * = 0}, not as equal ranks), a number of comparative importances other than n - 1, and one that
   * is negative or not finite (a criterion is never more important than the one above it), naming
   * it; when weighing, a number of criteria other than n. Traits: {@code DETERMINISTIC}, {@code
   * ANONYMOUS}, {@code ACCEPTS_MISSING}, {@code ACCEPTS_NON_POSITIVE}.
   *
   * @param ranks the position of each criterion in the order of importance, in criterion order (1 =
   *     most important)
   * @param s the n - 1 comparative importances in the order of importance: {@code s[k]} compares the
   *     criterion ranked {@code k + 2} with the one ranked {@code k + 1}
   * @return the method, named {@code swara}
   * @throws InvalidInputException if the ranks or comparative importances are refused, naming them
   */
  public static WeightingMethod swara(double[] ranks, double[] s) {
    return new FixedWeights("swara", Swara.weights(ranks, s));
  }

  /**
   * The descriptors of the built-in weighting methods.
   *
   * @return the descriptors
   */
  public static List<StrategyDescriptor> descriptors() {
    StrategyKind k = StrategyKind.WEIGHTING;
    return List.of(
        StrategyDescriptor.of(k, "equal", "1/n each",
            EnumSet.of(DETERMINISTIC, ACCEPTS_MISSING, ACCEPTS_NON_POSITIVE, ANONYMOUS),
            p -> equal()),
        StrategyDescriptor.of(k, "explicit", "given weights, scaled to sum 1; parameter weights",
            EnumSet.of(DETERMINISTIC, ACCEPTS_MISSING, ACCEPTS_NON_POSITIVE, ANONYMOUS),
            p -> explicit(p.numbers("weights").orElseThrow(() -> missing("explicit", "weights")))),
        StrategyDescriptor.of(k, "budget-allocation", "mean of expert point allocations; parameter points",
            EnumSet.of(DETERMINISTIC, ACCEPTS_MISSING, ACCEPTS_NON_POSITIVE, ANONYMOUS),
            p -> budgetAllocation(p.matrix("points").orElseThrow(() -> missing("budget-allocation", "points")))),
        StrategyDescriptor.of(k, "ahp", "Saaty's AHP priorities; parameters matrix, method = eigenvector"
            + " | geometric-mean, consistency = reject | warn",
            EnumSet.of(DETERMINISTIC, ACCEPTS_MISSING, ACCEPTS_NON_POSITIVE, ANONYMOUS),
            p -> ahp(p.matrix("matrix").orElseThrow(() -> missing("ahp", "matrix")),
                ahpMethod(p.text("method", "eigenvector")), consistency(p.text("consistency", "reject")))),
        StrategyDescriptor.of(k, "entropy", "Shannon entropy divergence",
            EnumSet.of(DETERMINISTIC, ANONYMOUS, SCALE_INVARIANT, ACCEPTS_MISSING),
            p -> entropy()),
        StrategyDescriptor.of(k, "critic", "CRITIC: contrast times conflict, after min-max by direction",
            EnumSet.of(DETERMINISTIC, ANONYMOUS, SCALE_INVARIANT, TRANSLATION_INVARIANT, ACCEPTS_NON_POSITIVE),
            p -> critic()),
        StrategyDescriptor.of(k, "pca", "principal components (Nicoletti et al. 2000)",
            EnumSet.of(DETERMINISTIC, ANONYMOUS, SCALE_INVARIANT, TRANSLATION_INVARIANT, ACCEPTS_NON_POSITIVE),
            p -> pca()),
        StrategyDescriptor.of(k, "rank-order-centroid", "Barron and Barrett 1996; parameter ranks",
            EnumSet.of(DETERMINISTIC, ACCEPTS_MISSING, ACCEPTS_NON_POSITIVE, ANONYMOUS),
            p -> rankOrderCentroid(p.numbers("ranks").orElseThrow(() -> missing("rank-order-centroid", "ranks")))),
        StrategyDescriptor.of(k, "optimised", "weights matching target importances (Becker et al. 2017);"
            + " parameters targets, tolerance = 1e-4, maxIterations = 1000",
            EnumSet.of(DETERMINISTIC, ANONYMOUS, ACCEPTS_NON_POSITIVE),
            p -> optimised(p.numbers("targets").orElseThrow(() -> missing("optimised", "targets")),
                p.number("tolerance", 1e-4), (int) p.number("maxIterations", 1000))),
        StrategyDescriptor.of(k, "merec", "removal effects of criteria (Keshavarz-Ghorabaee et al. 2021)",
            EnumSet.of(DETERMINISTIC, ANONYMOUS, SCALE_INVARIANT),
            p -> merec()),
        StrategyDescriptor.of(k, "standard-deviation", "standard deviation of each criterion after min-max",
            EnumSet.of(DETERMINISTIC, ANONYMOUS, SCALE_INVARIANT, TRANSLATION_INVARIANT, ACCEPTS_NON_POSITIVE),
            p -> standardDeviation()),
        StrategyDescriptor.of(k, "gini", "Gini coefficient of each criterion",
            EnumSet.of(DETERMINISTIC, ANONYMOUS, SCALE_INVARIANT),
            p -> gini()),
        StrategyDescriptor.of(k, "bwm", "best-worst method, linear model (Rezaei 2016); parameters bestToOthers,"
            + " othersToWorst",
            EnumSet.of(DETERMINISTIC, ACCEPTS_MISSING, ACCEPTS_NON_POSITIVE, ANONYMOUS),
            p -> bestWorst(p.numbers("bestToOthers").orElseThrow(() -> missing("bwm", "bestToOthers")),
                p.numbers("othersToWorst").orElseThrow(() -> missing("bwm", "othersToWorst")))),
        StrategyDescriptor.of(k, "swara", "step-wise weight assessment ratio analysis (Kersuliene et al. 2010);"
            + " parameters ranks, s",
            EnumSet.of(DETERMINISTIC, ACCEPTS_MISSING, ACCEPTS_NON_POSITIVE, ANONYMOUS),
            p -> swara(p.numbers("ranks").orElseThrow(() -> missing("swara", "ranks")),
                p.numbers("s").orElseThrow(() -> missing("swara", "s")))));
  }

  private static InvalidInputException missing(String strategy, String parameter) {
    return InvalidInputException.at("parameters." + parameter, "'" + strategy + "' needs parameter '" + parameter + "'");
  }

  private static Ahp.Method ahpMethod(String text) {
    return switch (text) {
      case "eigenvector" -> Ahp.Method.EIGENVECTOR;
      case "geometric-mean" -> Ahp.Method.GEOMETRIC_MEAN;
      default -> throw InvalidInputException.at("parameters.method", "ahp: method '" + text
          + "' is unknown; known: eigenvector, geometric-mean");
    };
  }

  private static boolean consistency(String text) {
    return switch (text) {
      case "reject" -> true;
      case "warn" -> false;
      default -> throw InvalidInputException.at("parameters.consistency", "ahp: consistency '" + text
          + "' is unknown; known: reject, warn");
    };
  }

  /**
   * A built-in weighting method by name, with its default parameters, for methods that take one as
   * a parameter (as TOPSIS takes its normalisation).
   *
   * @param name the name
   * @return the weighting method
   * @throws io.potentia.core.InvalidInputException if no built-in has this name; lists the known
   *     ones
   */
  public static Described<WeightingMethod> byName(String name) {
    return StrategyDescriptor.find(descriptors(), name, WeightingMethod.class);
  }
}
