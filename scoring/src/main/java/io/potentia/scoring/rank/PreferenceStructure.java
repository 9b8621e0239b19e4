package io.potentia.scoring.rank;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.potentia.core.internal.PotentiaStyle;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * The preference structure of an outranking method that does not rank every pair (Roy 1985,
 * <i>Méthodologie multicritère d'aide à la décision</i>): for each pair of alternatives,
 * one is preferred to the other ({@code P}), they are indifferent ({@code I}), or they are
 * incomparable ({@code R}). PROMETHEE I and ELECTRE I give one; a {@link RankingResult} carries it
 * in {@link RankingResult#preferenceStructure()}, beside the complete ranking by the score that the
 * method declares. Every unordered pair of distinct alternatives appears in exactly one of the three
 * lists.
 */
@Value.Immutable
@PotentiaStyle
@JsonSerialize(as = ImmutablePreferenceStructure.class)
@JsonDeserialize(as = ImmutablePreferenceStructure.class)
@JsonPropertyOrder({"preferences", "indifferences", "incomparabilities"})
public abstract class PreferenceStructure {
  // only the generated implementation extends this type
  PreferenceStructure() {}

  /**
   * The strict preferences: {@code (a, b)} with {@code a} preferred to {@code b}.
   *
   * @return the pairs, in the problem's order of {@code a}, then of {@code b}
   */
  public abstract List<AlternativePair> preferences();

  /**
   * The indifferences, each unordered pair once, in the problem's order.
   *
   * @return the pairs
   */
  public abstract List<AlternativePair> indifferences();

  /**
   * The incomparabilities, each unordered pair once, in the problem's order.
   *
   * @return the pairs
   */
  public abstract List<AlternativePair> incomparabilities();

  /**
   * Whether one alternative is preferred to another.
   *
   * @param a an alternative's id
   * @param b another alternative's id
   * @return true if {@code a P b}
   */
  public boolean prefers(String a, String b) {
    return preferences().contains(new AlternativePair(a, b));
  }

  /**
   * Whether two alternatives are incomparable, in either order.
   *
   * @param a an alternative's id
   * @param b another alternative's id
   * @return true if {@code a R b}
   */
  public boolean incomparable(String a, String b) {
    return incomparabilities().contains(new AlternativePair(a, b))
        || incomparabilities().contains(new AlternativePair(b, a));
  }

  /**
   * Whether two alternatives are indifferent, in either order.
   *
   * @param a an alternative's id
   * @param b another alternative's id
   * @return true if {@code a I b}
   */
  public boolean indifferent(String a, String b) {
    return indifferences().contains(new AlternativePair(a, b)) || indifferences().contains(new AlternativePair(b, a));
  }

  /** Builds a {@link PreferenceStructure}. */
  public static final class Builder extends ImmutablePreferenceStructure.Builder {
    Builder() {}
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The structure of a relation given pair by pair: {@code relation[a][b]} is true when {@code a}
   * is at least as good as {@code b} (outranks it, {@code a S b}); {@code a P b} when {@code a S b}
   * and not {@code b S a}, {@code a I b} when both, {@code a R b} when neither.
   *
   * @param alternatives the alternatives' ids
   * @param outranks the relation, {@code m x m}
   * @return the structure
   */
  static PreferenceStructure of(List<String> alternatives, boolean[][] outranks) {
    List<AlternativePair> preferences = new ArrayList<>();
    List<AlternativePair> indifferences = new ArrayList<>();
    List<AlternativePair> incomparabilities = new ArrayList<>();
    int m = alternatives.size();
    for (int a = 0; a < m; a++) {
      for (int c = 0; c < m; c++) {
        if (a == c) {
          continue;
        }
        AlternativePair pair = new AlternativePair(alternatives.get(a), alternatives.get(c));
        if (outranks[a][c] && !outranks[c][a]) {
          preferences.add(pair);
        } else if (a < c && outranks[a][c]) {
          indifferences.add(pair);
        } else if (a < c && !outranks[c][a]) {
          incomparabilities.add(pair);
        }
      }
    }
    return builder().preferences(preferences).indifferences(indifferences).incomparabilities(incomparabilities).build();
  }
}
