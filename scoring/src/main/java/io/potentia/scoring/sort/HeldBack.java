package io.potentia.scoring.sort;

import java.util.List;
import java.util.Objects;

/**
 * What keeps an alternative from the class above its own: the profile at the upper boundary of
 * its class, how much support it has for reaching that profile against what is needed, and the
 * criteria on which it falls short.
 *
 * @param category the class above
 * @param profile the index of the boundary profile (0 = the lowest), the lower boundary of {@code
 *     category}
 * @param support the support for "the alternative reaches the profile": the credibility {@code
 *     sigma(a, b)} (ELECTRE TRI-B), the weight of the criteria on which it is at least as good as
 *     the profile, weights summing to 1 (MR-Sort), or the share of such criteria (conjunctive)
 * @param needed the support needed: {@code lambda}, or 1 for the conjunctive rule
 * @param criteria the criteria that fall short, in the problem's order; never empty
 */
public record HeldBack(String category, int profile, double support, double needed, List<Gap> criteria) {

  /**
   * Copies the criteria.
   *
   * @param category the class above
   * @param profile the boundary profile
   * @param support the support
   * @param needed the support needed
   * @param criteria the criteria that fall short
   */
  public HeldBack {
    Objects.requireNonNull(category, "category");
    criteria = List.copyOf(criteria);
  }
}
