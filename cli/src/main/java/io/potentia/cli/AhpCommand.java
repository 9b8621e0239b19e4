package io.potentia.cli;

import io.potentia.scoring.weight.Ahp;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Priorities, lambda max, consistency index and ratio of a pairwise comparison matrix ({@code
 * {"matrix": [[...]]}}); the principal eigenvector unless geometric-mean priorities are asked for.
 */
@Command(name = "ahp", mixinStandardHelpOptions = true,
    description = "Priorities, lambda max, CI and CR of a pairwise comparison matrix; prints JSON.")
final class AhpCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PAIRWISE.json", description = "{\"matrix\": [[1, 3], [0.3333, 1]]}")
  Path file;

  @Option(names = "--method", defaultValue = "eigenvector", description = "eigenvector or geometric-mean (default: ${DEFAULT-VALUE})")
  String method;

  @Override
  public Integer call() {
    double[][] matrix = Ahp.readMatrix(file);
    Ahp.Method m = switch (method) {
      case "eigenvector" -> Ahp.Method.EIGENVECTOR;
      case "geometric-mean" -> Ahp.Method.GEOMETRIC_MEAN;
      default -> throw io.potentia.core.InvalidInputException.at("method", "unknown AHP method '" + method
          + "'; known: eigenvector, geometric-mean");
    };
    Ahp.Result r = Ahp.analyse(matrix, m);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("method", method);
    out.put("priorities", RankCommand.toList(r.priorities()));
    out.put("lambdaMax", r.lambdaMax());
    out.put("consistencyIndex", r.consistencyIndex());
    out.put("consistencyRatio", r.consistencyRatio());
    out.put("consistent", r.consistent());
    out.put("randomIndexTable", "Saaty (1980), n = 1..15: 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51,"
        + " 1.48, 1.56, 1.57, 1.59");
    out.put("note", "CI = (lambda_max - n)/(n - 1); CR = CI / RI(n); both are 0 for n <= 2; Saaty asks for CR <= 0.1");
    Json.print(spec.commandLine().getOut(), out);
    return 0;
  }
}
