package io.potentia.scoring.analysis.planning.mobilisation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a mobilisation plan meets: coverage per area, category and phase, the flows of mutual
 * support, and the first phase at which each area meets all its demands.
 *
 * @param year the data's year the capacities come from
 * @param phases the phase ids, in order
 * @param coverage one row per area, category and phase, in the plan's order of areas, categories, phases
 * @param flows the support moved between areas, per category and phase
 * @param firstPhaseMet area to the first phase at which every category is met with support
 *     (absent: never within the year)
 * @param firstPhaseMetAlone the same without support
 */
public record MobilisationResult(int year, List<String> phases, List<Coverage> coverage, List<Flow> flows,
    Map<String, Optional<String>> firstPhaseMet, Map<String, Optional<String>> firstPhaseMetAlone) {

  /**
   * One area's position in one category and phase.
   *
   * <p>{@code available = capacity + received - sent}; {@code shortfall = max(0, demand -
   * available)}; {@code coverage = (demand - shortfall) / demand}, the share of the demand met, 1
   * when nothing is demanded; {@code coverageAlone} is the same before support.
   *
   * @param area the area
   * @param category the category
   * @param phase the phase
   * @param demand the demand
   * @param capacity the area's own capacity
   * @param received what other areas send it
   * @param sent what it sends other areas
   * @param shortfall the demand left unmet after support
   * @param coverage the share of the demand met after support, in [0, 1]
   * @param coverageAlone the share met by its own capacity, in [0, 1]
   */
  public record Coverage(String area, String category, String phase, double demand, double capacity, double received,
      double sent, double shortfall, double coverage, double coverageAlone) {}

  /**
   * Support moved along a link.
   *
   * @param category the category
   * @param phase the phase
   * @param from the sending area
   * @param to the receiving area
   * @param amount the amount, {@code > 0}
   * @param cost amount times the link's unit cost
   */
  public record Flow(String category, String phase, String from, String to, double amount, double cost) {}

  /**
   * The total unmet demand of a category in a phase, after support.
   *
   * @param category the category
   * @param phase the phase
   * @return the sum of shortfalls
   */
  public double shortfall(String category, String phase) {
    return coverage.stream().filter(c -> c.category().equals(category) && c.phase().equals(phase))
        .mapToDouble(Coverage::shortfall).sum();
  }
}
