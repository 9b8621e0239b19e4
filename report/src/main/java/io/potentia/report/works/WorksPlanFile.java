package io.potentia.report.works;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.data.Dataset;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.analysis.planning.works.Stage;
import io.potentia.scoring.analysis.planning.works.StageKind;
import io.potentia.scoring.analysis.planning.works.Work;
import io.potentia.scoring.analysis.planning.works.WorkKind;
import io.potentia.scoring.analysis.planning.works.WorksPlanner;
import io.potentia.scoring.analysis.planning.works.WorksProblem;
import io.potentia.scoring.analysis.planning.works.WorksSchedule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A works plan as a JSON file writes it (schema {@code io/potentia/report/schema/works-plan.schema.json}):
 * <pre>{@code
 * {"description": "...", "startYear": 2026, "node": "index", "budget": {"2026": 120, "2027": 120},
 *  "works": [{"id": "HQ-P01", "kind": "HEADQUARTERS", "area": "SYN-P01", "tier": 1,
 *             "stages": [{"kind": "SURVEY", "cost": 2, "years": 0}, ...],
 *             "dependsOn": [], "effects": {"military.indicator": 5}}]}
 * }</pre>
 *
 * @param node the node whose mean score the plan raises last (null: the index)
 * @param problem the works and budgets
 */
public record WorksPlanFile(String node, WorksProblem problem) {
  /** The JSON document, as written. */
  record Document(String description, Integer startYear, String node, Map<Integer, Double> budget, List<WorkEntry> works) {}

  /** One work, as written. */
  record WorkEntry(String id, String name, WorkKind kind, String area, Integer tier, List<StageEntry> stages,
      Set<String> dependsOn, Map<String, Double> effects) {}

  /** One stage, as written. */
  record StageEntry(StageKind kind, Double cost, Integer years) {}

  /**
   * Reads and checks a works plan file; every problem of the file is reported in one error.
   *
   * @param file the JSON file
   * @return the plan
   * @throws InvalidInputException naming the file and, for malformed JSON or a wrong type, the line
   *     and column; otherwise the JSON path of the work and field ({@code works.ID.stages[K].cost},
   *     {@code works.ID.dependsOn}, {@code budget.YEAR}) and the bad value
   */
  public static WorksPlanFile read(Path file) {
    Document doc = PotentiaJson.read(file, Document.class);
    try {
      return of(doc);
    } catch (InvalidInputException e) {
      throw e.withSource(file.toString());
    }
  }

  /**
   * Reads and checks a works plan from a stream (a bundled resource, for example).
   *
   * @param source the name the errors give the stream
   * @param in the JSON
   * @return the plan
   * @throws InvalidInputException as {@link #read(Path)}
   */
  public static WorksPlanFile read(String source, java.io.InputStream in) {
    Document doc = PotentiaJson.read(source, in, Document.class);
    try {
      return of(doc);
    } catch (InvalidInputException e) {
      throw e.withSource(source);
    }
  }

  static WorksPlanFile of(Document doc) {
    List<Problem> problems = new ArrayList<>();
    if (doc.startYear() == null) {
      problems.add(Problem.at("startYear", "a works plan needs \"startYear\": the first year of the plan"));
    }
    if (doc.works() == null) {
      problems.add(Problem.at("works", "a works plan needs \"works\": the works, each with id, kind, area and stages"));
    }
    List<Work> works = new ArrayList<>();
    List<WorkEntry> entries = doc.works() == null ? List.of() : doc.works();
    for (int i = 0; i < entries.size(); i++) {
      WorkEntry w = entries.get(i);
      if (w == null) {
        problems.add(Problem.at("works[" + i + "]", "a work is null"));
        continue;
      }
      List<Stage> stages = new ArrayList<>();
      List<StageEntry> given = w.stages() == null ? List.of() : w.stages();
      boolean stagesOk = true;
      for (int k = 0; k < given.size(); k++) {
        StageEntry s = given.get(k);
        String at = "works." + w.id() + ".stages[" + k + "]";
        if (s == null || s.kind() == null || s.cost() == null || s.years() == null) {
          problems.add(Problem.at(at, "stage " + k + " of work '" + w.id() + "' needs kind, cost and years"));
          stagesOk = false;
        } else {
          stages.add(new Stage(s.kind(), s.cost(), s.years()));
        }
      }
      if (!stagesOk) {
        continue;
      }
      try {
        works.add(new Work(w.id(), w.name(), w.kind(), w.area(), w.tier(), stages, w.dependsOn(), w.effects()));
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    WorksProblem problem = new WorksProblem(doc.startYear(), doc.budget() == null ? null : new TreeMap<>(doc.budget()),
        works);
    return new WorksPlanFile(doc.node(), problem);
  }

  /**
   * Plans the works ({@link WorksPlanner#plan(WorksProblem, WorksPlanner.Method, ScoringPipeline, Dataset, int, String)})
   * for the node the file names or, when it names none, the framework's root.
   *
   * @param pipeline the pipeline
   * @param data the dataset
   * @param year the year whose data the works' effects change
   * @param method the planner
   * @return the schedule
   * @throws InvalidInputException as the planner: an unknown area, an effect out of range
   */
  public WorksSchedule plan(ScoringPipeline pipeline, Dataset data, int year, WorksPlanner.Method method) {
    String target = node == null ? pipeline.framework().root().id() : node;
    return WorksPlanner.plan(problem, method, pipeline, data, year, target);
  }
}
