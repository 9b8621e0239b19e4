package io.potentia.cli;

import io.potentia.core.InvalidInputException;
import io.potentia.report.MethodAgreementJson;
import io.potentia.report.ResultTables;
import io.potentia.report.html.MethodAgreementPage;
import io.potentia.scoring.analysis.sensitivity.MethodAgreement;
import io.potentia.scoring.rank.DecisionProblem;
import io.potentia.scoring.rank.RankingMethod;
import io.potentia.scoring.spec.Strategies;
import io.potentia.scoring.spi.Described;
import io.potentia.scoring.spi.TiePolicy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Ranks one decision problem with several registered ranking methods ({@link MethodAgreement}) and
 * prints the rankings side by side (one row per alternative, one column per method) and the
 * agreement of every pair of rankings: Spearman's rho, the weighted Spearman r_w and WS (row = the
 * reference). {@code --out FILE.json} writes all of it as JSON, any other {@code --out} the ranks
 * as CSV; {@code --agreement-out} the agreement pairs as CSV.
 */
@Command(name = "compare-methods", mixinStandardHelpOptions = true,
    description = "Rank a decision problem with several methods; print the rankings side by side and their"
        + " agreement (Spearman, weighted Spearman r_w, WS).")
final class CompareMethodsCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PROBLEM.json", description = "the decision problem (see problem.schema.json)")
  Path problemFile;

  @Option(names = "--methods", required = true, split = ",", paramLabel = "METHOD",
      description = "the registered ranking methods to compare, e.g. topsis,vikor,promethee-ii,wsm")
  List<String> methods;

  @Option(names = "--param", paramLabel = "METHOD.KEY=VALUE",
      description = "a parameter of one of the methods, e.g. vikor.v=0.3 or topsis.normalisation=vector")
  List<String> params = new ArrayList<>();

  @Option(names = "--ties", defaultValue = "MIN",
      description = "how the printed ranks treat ties: MIN (1, 1, 3), AVERAGE, MAX, DENSE or FIRST (default:"
          + " ${DEFAULT-VALUE}); agreement always uses average ranks")
  TiePolicy ties;

  @Option(names = "--out", paramLabel = "FILE",
      description = "write FILE.json (rankings, scores and the three matrices) or a CSV of the ranks side by side")
  Path out;

  @Option(names = "--agreement-out", paramLabel = "FILE.csv",
      description = "write reference,tested,spearman,weighted_spearman,ws for every ordered pair of methods")
  Path agreementOut;

  @Option(names = "--html", paramLabel = "FILE.html",
      description = "write a self-contained page: the ranks side by side and a heat map of each agreement matrix")
  Path html;

  @Override
  public Integer call() {
    DecisionProblem problem = DecisionProblem.read(problemFile);
    Map<String, List<String>> byMethod = new LinkedHashMap<>();
    methods.forEach(m -> byMethod.put(m, new ArrayList<>()));
    for (String p : params) {
      int dot = p.indexOf('.');
      int eq = p.indexOf('=');
      if (dot <= 0 || (eq >= 0 && eq < dot)) {
        throw InvalidInputException.at("--param", "parameter '" + p + "' must be METHOD.KEY=VALUE, such as vikor.v=0.3");
      }
      String method = p.substring(0, dot);
      if (!byMethod.containsKey(method)) {
        throw InvalidInputException.at("--param", "parameter '" + p + "' is for method '" + method
            + "', which --methods does not list (" + String.join(", ", methods) + ")");
      }
      byMethod.get(method).add(p.substring(dot + 1));
    }
    List<Described<RankingMethod>> ranking = new ArrayList<>();
    byMethod.forEach((name, pairs) -> ranking.add(Strategies.registry().ranking(name,
        io.potentia.scoring.spi.Parameters.parse(name, pairs))));
    MethodAgreement.Result result = MethodAgreement.compare(problem, ranking);
    if (out != null) {
      if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
        MethodAgreementJson.write(result, ties, out);
      } else {
        ResultTables.methodRanks(result, ties).write(out);
      }
    }
    if (agreementOut != null) {
      ResultTables.methodAgreement(result).write(agreementOut);
    }
    if (html != null) {
      new MethodAgreementPage("Ranking methods compared: " + problemFile.getFileName(), result, ties).write(html);
    }
    print(spec.commandLine().getOut(), result);
    return 0;
  }

  private void print(PrintWriter w, MethodAgreement.Result r) {
    List<String> header = new ArrayList<>(List.of("alternative"));
    header.addAll(r.methods());
    List<List<String>> rows = new ArrayList<>();
    List<List<Double>> ranks = r.rankings().stream().map(x -> x.ranks(ties)).toList();
    for (int i = 0; i < r.alternatives().size(); i++) {
      List<String> row = new ArrayList<>(List.of(r.alternatives().get(i)));
      for (List<Double> rank : ranks) {
        double v = rank.get(i);
        row.add(v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v));
      }
      rows.add(row);
    }
    w.println("ranks (1 = best in each method's own order; ties " + ties + ")");
    table(w, header, rows);
    matrix(w, "Spearman's rho", r, r.spearman());
    matrix(w, "weighted Spearman r_w", r, r.weightedSpearman());
    matrix(w, "WS similarity (row = reference ranking, column = tested)", r, r.ws());
    w.flush();
  }

  private static void matrix(PrintWriter w, String title, MethodAgreement.Result r, List<List<Double>> m) {
    List<String> header = new ArrayList<>(List.of(""));
    header.addAll(r.methods());
    List<List<String>> rows = new ArrayList<>();
    for (int a = 0; a < r.methods().size(); a++) {
      List<String> row = new ArrayList<>(List.of(r.methods().get(a)));
      m.get(a).forEach(v -> row.add(String.format(Locale.ROOT, "%.4f", v)));
      rows.add(row);
    }
    w.println();
    w.println(title + " (4 decimals; --out FILE.json or --agreement-out keep full precision)");
    table(w, header, rows);
  }

  private static void table(PrintWriter w, List<String> header, List<List<String>> rows) {
    int[] width = new int[header.size()];
    for (int c = 0; c < width.length; c++) {
      width[c] = header.get(c).length();
      for (List<String> row : rows) {
        width[c] = Math.max(width[c], row.get(c).length());
      }
    }
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (List<String> row : all) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.size(); c++) {
        String cell = row.get(c);
        // names left, numbers right, so that columns of ranks line up
        line.append(c == 0 ? String.format("%-" + width[c] + "s", cell) : String.format("  %" + width[c] + "s", cell));
      }
      w.println(line.toString().stripTrailing());
    }
  }
}
