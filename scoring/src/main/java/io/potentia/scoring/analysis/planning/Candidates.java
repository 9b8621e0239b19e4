package io.potentia.scoring.analysis.planning;

import io.potentia.core.data.Dataset;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.ScoringPipeline;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Candidate projects and yearly budgets, as a projects file writes them: {@code {"node": "index",
 * "budget": {"2025": 40}, "projects": [{"id", "area", "cost", "effects": {indicator: change},
 * "prerequisites", "earliestYear"}]}}.
 *
 * @param node the node whose mean score over the areas the roadmap maximises; null for the index
 * @param budget the budget of each year; unspent budget carries over
 * @param projects the candidate projects
 */
public record Candidates(String node, Map<Integer, Double> budget, List<BudgetPriorities.Project> projects) {
  /**
   * Checks that the budget and the projects are given.
   *
   * @param node the node, or null for the index
   * @param budget the budget of each year
   * @param projects the candidate projects
   * @throws io.potentia.core.InvalidInputException naming {@code budget} or {@code projects} when absent
   */
  public Candidates {
    List<io.potentia.core.Problem> missing = new java.util.ArrayList<>();
    if (budget == null) {
      missing.add(io.potentia.core.Problem.at("budget", "a projects file needs \"budget\": the budget of each year,"
          + " for example {\"2025\": 40}"));
    }
    if (projects == null) {
      missing.add(io.potentia.core.Problem.at("projects", "a projects file needs \"projects\": the candidate projects,"
          + " each with id, area, cost and effects"));
    }
    if (!missing.isEmpty()) {
      throw new io.potentia.core.InvalidInputException(missing);
    }
  }

  /**
   * Reads a projects file.
   *
   * @param file the JSON file
   * @return the candidates
   * @throws io.potentia.core.InvalidInputException naming the file, position, field and problem
   */
  public static Candidates read(Path file) {
    return PotentiaJson.read(file, Candidates.class);
  }

  /**
   * The roadmap of these candidates ({@link BudgetPriorities#plan}), for the node they name or,
   * when they name none, the framework's root.
   *
   * @param pipeline the pipeline
   * @param data the dataset
   * @param year the year whose data the projects change
   * @param method the search
   * @return the roadmap
   * @throws io.potentia.core.InvalidInputException as {@link BudgetPriorities#plan}
   */
  public BudgetPriorities.Roadmap roadmap(ScoringPipeline pipeline, Dataset data, int year, BudgetPriorities.Method method) {
    String target = node == null ? pipeline.framework().root().id() : node;
    return BudgetPriorities.plan(pipeline, data, year, target, projects, budget, method);
  }
}
