package io.potentia.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.potentia.core.InvalidInputException;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.analysis.planning.mobilisation.MobilisationPlan;
import io.potentia.scoring.analysis.planning.mobilisation.MobilisationResult;
import java.nio.file.Path;

/**
 * The JSON forms of mobilisation: the plan read from a file ({@code mobilisation-plan.schema.json}
 * in this module's {@code io/potentia/report/schema}) and the result written as one document.
 *
 * <p>Plan form: {@code {"phases": [{"id", "startMonth", "endMonth"}], "demands": [{"area",
 * "category", "phase", "amount"}], "capacities": [{"category", "indicator", "rate",
 * "delayMonths"}], "links": [{"from", "to", "cost", "capacity": {category: amount}}], "groupLevel":
 * "military-region"}} or {@code "groups": {name: [areas]}} instead of {@code groupLevel}.
 */
public final class MobilisationJson {
  private MobilisationJson() {}

  /**
   * Reads and validates a plan.
   *
   * @param file the plan's JSON file
   * @return the plan
   * @throws InvalidInputException naming the file, position, JSON path, field and bad value of every
   *     problem at once (see {@link MobilisationPlan} for what is rejected)
   */
  public static MobilisationPlan read(Path file) {
    return PotentiaJson.read(file, MobilisationPlan.class);
  }

  /**
   * The result as a JSON tree: {@code year}, {@code phases}, {@code areas} (each area's {@code
   * firstPhaseMet} and {@code firstPhaseMetAlone}, null when never), {@code coverage} (one object
   * per area, category and phase with the fields of {@link MobilisationResult.Coverage}) and {@code
   * flows}.
   *
   * @param result the result
   * @return the tree
   */
  public static ObjectNode toJson(MobilisationResult result) {
    ObjectNode root = PotentiaJson.mapper().createObjectNode();
    root.put("year", result.year());
    ArrayNode phases = root.putArray("phases");
    result.phases().forEach(phases::add);
    ArrayNode areas = root.putArray("areas");
    result.firstPhaseMet().forEach((area, met) -> {
      ObjectNode a = areas.addObject();
      a.put("area", area);
      a.put("firstPhaseMet", met.orElse(null));
      a.put("firstPhaseMetAlone", result.firstPhaseMetAlone().get(area).orElse(null));
    });
    // the rows are records: Jackson writes their components by name, in order
    root.set("coverage", PotentiaJson.mapper().valueToTree(result.coverage()));
    root.set("flows", PotentiaJson.mapper().valueToTree(result.flows()));
    return root;
  }

  /**
   * Writes the result as indented JSON, atomically.
   *
   * @param result the result
   * @param file the file
   */
  public static void write(MobilisationResult result, Path file) {
    PotentiaJson.write(file, toJson(result));
  }
}
