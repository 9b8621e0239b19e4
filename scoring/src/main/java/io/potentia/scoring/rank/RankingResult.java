package io.potentia.scoring.rank;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.potentia.core.internal.PotentiaStyle;
import io.potentia.scoring.spi.TiePolicy;
import io.potentia.scoring.internal.Ranks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of ranking a decision problem: a score per alternative, ranks under the method's own
 * order (1 = best; for VIKOR and SPOTIS the lowest score is best), the method's own extra results
 * (TOPSIS distances, VIKOR's S, R and Q, PROMETHEE flows) and notes (for example that weights were
 * scaled to sum 1).
 */
@Value.Immutable
@PotentiaStyle
@JsonSerialize(as = ImmutableRankingResult.class)
@JsonDeserialize(as = ImmutableRankingResult.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"method", "parameters", "alternatives", "scores", "ranks", "higherIsBetter", "extras", "notes", "preferenceStructure"})
public abstract class RankingResult {
  // only the generated implementation extends this type
  RankingResult() {}


  /**
   * The method's name.
   *
   * @return the name
   */
  public abstract String method();

  /**
   * The parameters the method ran with.
   *
   * @return name to value, as text
   */
  public abstract Map<String, String> parameters();

  /**
   * The alternatives, in the problem's order.
   *
   * @return the alternatives
   */
  public abstract List<String> alternatives();

  /**
   * One score per alternative, in the order of {@link #alternatives()}.
   *
   * @return the scores
   */
  public abstract List<Double> scores();

  /**
   * Whether a higher score is better (false for VIKOR's Q and SPOTIS).
   *
   * @return the order of the scores
   */
  public abstract boolean higherIsBetter();

  /**
   * Ranks, 1 = best, ties given the best rank they share ({@link io.potentia.scoring.spi.TiePolicy#MIN}).
   *
   * @return the ranks
   */
  @Value.Derived
  public List<Double> ranks() {
    double[] s = scores().stream().mapToDouble(Double::doubleValue).toArray();
    return java.util.Arrays.stream(Ranks.rank(s, higherIsBetter(), TiePolicy.MIN)).boxed().toList();
  }

  /**
   * Ranks under another tie policy, 1 = best in the method's own order.
   *
   * @param ties how tied scores are ranked
   * @return one rank per alternative
   */
  public List<Double> ranks(io.potentia.scoring.spi.TiePolicy ties) {
    double[] s = scores().stream().mapToDouble(Double::doubleValue).toArray();
    return java.util.Arrays.stream(Ranks.rank(s, higherIsBetter(), ties)).boxed().toList();
  }

  /**
   * Further per-alternative results of the method, by name.
   *
   * @return name to one value per alternative
   */
  public abstract Map<String, List<Double>> extras();

  /**
   * Notes: scaled weights, compromise sets, rules applied.
   *
   * @return the notes
   */
  public abstract List<String> notes();

  /**
   * The preference structure of a method that leaves pairs incomparable (PROMETHEE I, ELECTRE I):
   * which pairs are preferred, indifferent or incomparable. Such a method's {@link #scores()} rank
   * by a score it declares, which respects every preference but orders incomparable alternatives as
   * the preference structure does not; absent for methods that rank completely.
   *
   * @return the preference structure, if the method gives one
   */
  public abstract Optional<PreferenceStructure> preferenceStructure();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RankingResult}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableRankingResult.Builder {
    Builder() {}
  }

  /**
   * The score of each alternative as an array.
   *
   * @return the scores
   */
  public double[] scoreArray() {
    return scores().stream().mapToDouble(Double::doubleValue).toArray();
  }
}
