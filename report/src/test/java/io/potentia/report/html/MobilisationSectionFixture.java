package io.potentia.report.html;

import io.potentia.scoring.analysis.planning.mobilisation.MobilisationResult;
import io.potentia.scoring.analysis.planning.mobilisation.MobilisationResult.Coverage;
import io.potentia.scoring.analysis.planning.mobilisation.MobilisationResult.Flow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A hand-made mobilisation result: two areas, two categories, two phases, one flow. */
public final class MobilisationSectionFixture {
  private MobilisationSectionFixture() {}

  /**
   * The result.
   *
   * @return it
   */
  public static MobilisationResult result() {
    Map<String, Optional<String>> met = new LinkedHashMap<>();
    met.put("A", Optional.of("3-6"));
    met.put("B", Optional.empty());
    Map<String, Optional<String>> alone = new LinkedHashMap<>();
    alone.put("A", Optional.empty());
    alone.put("B", Optional.empty());
    return new MobilisationResult(2023, List.of("0-3", "3-6"), List.of(
        new Coverage("A", "personnel", "0-3", 100, 40, 0, 0, 60, 0.4, 0.4),
        new Coverage("A", "personnel", "3-6", 100, 80, 20, 0, 0, 1, 0.8),
        new Coverage("A", "transport", "0-3", 10, 5, 0, 0, 5, 0.5, 0.5),
        new Coverage("A", "transport", "3-6", 10, 10, 0, 0, 0, 1, 1),
        new Coverage("B", "personnel", "0-3", 100, 100, 0, 0, 0, 1, 1),
        new Coverage("B", "personnel", "3-6", 100, 150, 0, 20, 0, 1, 1),
        new Coverage("B", "transport", "0-3", 10, 2, 0, 0, 8, 0.2, 0.2),
        new Coverage("B", "transport", "3-6", 10, 0, 0, 0, 10, 0, 0)),
        List.of(new Flow("personnel", "3-6", "B", "A", 20, 60)), met, alone);
  }
}
