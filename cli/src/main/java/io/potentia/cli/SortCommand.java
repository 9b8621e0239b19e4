package io.potentia.cli;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.sort.SortingMethod;
import io.potentia.scoring.sort.SortingProblem;
import io.potentia.scoring.sort.SortingResult;
import io.potentia.scoring.spec.Strategies;
import io.potentia.scoring.spi.Parameters;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Sorts the alternatives of a sorting problem into its ordered classes and prints JSON: {@code
 * method}, {@code parameters}, {@code categories}, and per alternative its {@code category} and
 * {@code index} (0 = the worst), what keeps it from the next class up ({@code heldBackBy}: the
 * class above, the boundary profile, the support against what is needed, and the criteria that
 * fall short) and, for ELECTRE TRI-B, the {@code optimistic} assignment; then the method's {@code
 * extras} and {@code notes}.
 */
@Command(name = "sort", mixinStandardHelpOptions = true,
    description = "Sorts the alternatives of a decision problem into ordered classes (categories, profiles, lambda,"
        + " q/p/v per criterion); prints JSON.")
final class SortCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @picocli.CommandLine.Parameters(paramLabel = "PROBLEM.json",
      description = "the decision problem with categories and profiles (see sorting-problem.schema.json)")
  Path problemFile;

  @Option(names = "--method", required = true, description = "electre-tri-b, mr-sort or conjunctive")
  String method;

  @Override
  public Integer call() {
    SortingProblem problem = SortingProblem.read(problemFile);
    SortingMethod m = Strategies.registry().sorting(method, Parameters.none(method)).strategy();
    SortingResult result;
    try {
      result = m.sort(problem);
    } catch (InvalidInputException e) {
      throw e.withSource(problemFile.toString());
    }
    Json.print(spec.commandLine().getOut(), result);
    return 0;
  }
}
