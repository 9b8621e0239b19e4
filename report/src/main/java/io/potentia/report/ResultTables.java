package io.potentia.report;

import io.potentia.scoring.analysis.balance.Balance;
import io.potentia.scoring.analysis.sensitivity.MethodAgreement;
import io.potentia.scoring.spi.TiePolicy;
import io.potentia.scoring.analysis.planning.BudgetPriorities;
import io.potentia.scoring.analysis.sensitivity.MethodologyComparison;
import io.potentia.scoring.analysis.sensitivity.OneAtATime;
import io.potentia.scoring.analysis.sensitivity.RankSensitivity;
import io.potentia.scoring.analysis.sensitivity.SobolIndices;
import io.potentia.scoring.analysis.uncertainty.MonteCarlo;
import io.potentia.scoring.analysis.whatif.WhatIf;
import io.potentia.scoring.result.ScoreReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CSV form of every result, one table per kind, so that the command line, the examples and
 * users' programs write the same columns. Missing numbers are empty cells; whole ranks are
 * written without a fraction, averaged ties keep theirs.
 */
public final class ResultTables {
  private ResultTables() {}

  /**
   * Scores in long form: {@code year,area,node,score,rank}, one row per year, area and node.
   *
   * @param reports the reports (for example one per year)
   * @return the table
   */
  public static CsvTable scores(Iterable<ScoreReport> reports) {
    CsvTable t = CsvTable.withColumns("year", "area", "node", "score", "rank");
    for (ScoreReport report : reports) {
      String year = Integer.toString(report.year());
      for (String node : report.nodes()) {
        double[] s = report.scores(node);
        double[] r = report.ranks(node);
        for (int a = 0; a < s.length; a++) {
          t.row(year, report.areas().get(a), node, CsvTable.decimal(s[a]), CsvTable.decimal(r[a]));
        }
      }
    }
    return t;
  }

  /**
   * Two methodologies compared per area: {@code
   * area,score_a,score_b,score_change,rank_a,rank_b,rank_change} (rank change positive = moves up
   * under the second). Areas without a score in either are not in the table (the comparison lists
   * them).
   *
   * @param comparison the comparison
   * @return the table
   */
  public static CsvTable comparison(MethodologyComparison.Comparison comparison) {
    CsvTable t = CsvTable.withColumns("area", "score_a", "score_b", "score_change", "rank_a", "rank_b", "rank_change");
    for (MethodologyComparison.AreaChange a : comparison.changes()) {
      t.row(a.area(), CsvTable.decimal(a.scoreA()), CsvTable.decimal(a.scoreB()), CsvTable.decimal(a.scoreChange()),
          CsvTable.number(a.rankA()), CsvTable.number(a.rankB()), CsvTable.number(a.rankChange()));
    }
    return t;
  }

  /**
   * One-at-a-time sensitivity: {@code
   * perturbation,node,factor,spearman,kendall,mean_abs_rank_shift,max_abs_rank_shift}, first the
   * indicators left out ({@code leave-out}, factor 0), then the weights scaled ({@code weight}).
   *
   * @param leftOut the impacts of leaving each indicator out (may be empty)
   * @param weights the impacts of scaling each node's weight
   * @return the table
   */
  public static CsvTable oneAtATime(List<OneAtATime.Impact> leftOut, List<OneAtATime.Impact> weights) {
    CsvTable t = CsvTable.withColumns("perturbation", "node", "factor", "spearman", "kendall", "mean_abs_rank_shift",
        "max_abs_rank_shift");
    leftOut.forEach(i -> oneAtATimeRow(t, "leave-out", i));
    weights.forEach(i -> oneAtATimeRow(t, "weight", i));
    return t;
  }

  private static void oneAtATimeRow(CsvTable t, String perturbation, OneAtATime.Impact i) {
    MethodologyComparison.Comparison c = i.comparison();
    t.row(perturbation, i.node(), CsvTable.decimal(i.factor()), CsvTable.decimal(c.spearman()), CsvTable.decimal(c.kendall()),
        CsvTable.decimal(c.meanAbsoluteRankShift()), CsvTable.decimal(c.maxAbsoluteRankShift()));
  }

  /**
   * Balance per area of one report: {@code area,spread,weakest,strongest}, then {@code
   * coordination} and {@code gap} when given. An area without a score at a node has empty cells
   * there.
   *
   * @param report the report the balance was measured on, whose areas give the rows
   * @param imbalances the imbalance of the potentials
   * @param coordination the coupling coordination degrees, if measured
   * @param gap the gap between outcome and resources, if measured
   * @return the table
   */
  public static CsvTable balance(ScoreReport report, Balance.Imbalances imbalances, Optional<Balance.Coordination> coordination,
      Optional<Balance.Gap> gap) {
    List<String> header = new ArrayList<>(List.of("area", "spread", "weakest", "strongest"));
    coordination.ifPresent(c -> header.add("coordination"));
    gap.ifPresent(g -> header.add("gap"));
    CsvTable t = CsvTable.withColumns(header);
    Map<String, Balance.Imbalance> byArea = new HashMap<>();
    imbalances.areas().forEach(i -> byArea.put(i.area(), i));
    for (String area : report.areas()) {
      Balance.Imbalance i = byArea.get(area);
      List<String> row = new ArrayList<>(List.of(area, i == null ? "" : CsvTable.decimal(i.spread()),
          i == null ? "" : i.weakest(), i == null ? "" : i.strongest()));
      coordination.ifPresent(c -> row.add(cell(c.degrees().get(area))));
      gap.ifPresent(g -> row.add(cell(g.gaps().get(area))));
      t.row(row);
    }
    return t;
  }

  private static String cell(Double value) {
    return value == null ? "" : CsvTable.decimal(value);
  }

  /**
   * Sobol indices of the rank shift, per factor: {@code
   * factor,first_order,first_low,first_high,total_order,total_low,total_high} (estimates and the
   * bootstrap confidence interval's bounds).
   *
   * @param result the sensitivity analysis
   * @return the table
   */
  public static CsvTable sobol(RankSensitivity.Result result) {
    CsvTable t = CsvTable.withColumns("factor", "first_order", "first_low", "first_high", "total_order", "total_low",
        "total_high");
    for (int f = 0; f < result.factors().size(); f++) {
      SobolIndices.Interval s = result.indices().firstOrder()[f];
      SobolIndices.Interval o = result.indices().totalOrder()[f];
      t.row(result.factors().get(f), CsvTable.decimal(s.estimate()), CsvTable.decimal(s.lower()), CsvTable.decimal(s.upper()),
          CsvTable.decimal(o.estimate()), CsvTable.decimal(o.lower()), CsvTable.decimal(o.upper()));
    }
    return t;
  }

  /**
   * A budget roadmap: {@code priority,project,year,gain}, the funded projects in priority order.
   *
   * @param roadmap the roadmap
   * @return the table
   */
  public static CsvTable roadmap(BudgetPriorities.Roadmap roadmap) {
    CsvTable t = CsvTable.withColumns("priority", "project", "year", "gain");
    int priority = 1;
    for (BudgetPriorities.Funded f : roadmap.funded()) {
      t.row(Integer.toString(priority++), f.project(), Integer.toString(f.year()), CsvTable.decimal(f.gain()));
    }
    return t;
  }

  /**
   * The marginal effects of one area's indicators: {@code
   * area,indicator,value,step,score_change,rank_change,per_unit}.
   *
   * @param marginals the marginal effects
   * @return the table
   */
  public static CsvTable marginals(WhatIf.Marginals marginals) {
    CsvTable t = CsvTable.withColumns("area", "indicator", "value", "step", "score_change", "rank_change", "per_unit");
    for (WhatIf.MarginalEffect e : marginals.effects()) {
      t.row(marginals.area(), e.indicator(), CsvTable.decimal(e.value()), CsvTable.decimal(e.step()),
          CsvTable.decimal(e.scoreChange()), CsvTable.number(e.rankChange()), CsvTable.decimal(e.perUnit()));
    }
    return t;
  }

  /**
   * The rank statistics of an uncertainty analysis, per node and area: {@code
   * node,area,nominal_rank,mean_rank,pNN_rank...,top_k_probability,replications}, one {@code pNN}
   * column per percentile ({@code p05}, {@code p50}, {@code p97.5}), and {@code replications} the
   * number of replications that gave the area a rank at the node. An area without a nominal rank at
   * a node has no row; one that no replication ranked has empty statistics.
   *
   * @param result the analysis
   * @return the table
   */
  public static CsvTable rankStatistics(MonteCarlo.Result result) {
    List<String> header = new ArrayList<>(List.of("node", "area", "nominal_rank", "mean_rank"));
    result.percentiles().forEach(p -> header.add("p" + percentile(p) + "_rank"));
    header.add("top_k_probability");
    header.add("replications");
    CsvTable t = CsvTable.withColumns(header);
    result.nodes().forEach((node, ranks) -> {
      for (int i = 0; i < result.areas().size(); i++) {
        if (Double.isNaN(ranks.nominal()[i])) {
          continue;
        }
        List<String> row = new ArrayList<>(List.of(node, result.areas().get(i), CsvTable.number(ranks.nominal()[i]),
            CsvTable.decimal(ranks.mean()[i])));
        for (double[] p : ranks.percentiles()) {
          row.add(CsvTable.decimal(p[i]));
        }
        row.add(CsvTable.decimal(ranks.topK()[i]));
        row.add(Integer.toString(ranks.counts()[i]));
        t.row(row);
      }
    });
    return t;
  }

  /**
   * One node's rank statistics in the columns of workload U1 (bench/WORKLOAD.md): {@code
   * id,nominal_score,nominal_rank,median_rank,pNN_rank...,mean_rank}, the median first when the
   * 50th percentile is reported, then the other percentiles in the plan's order; and last, beyond
   * the workload's columns, {@code top_k_probability}, the share of replications in the plan's top
   * k.
   *
   * @param result the analysis
   * @param node the node, usually the index
   * @return the table
   * @throws IllegalArgumentException if the analysis did not report the node
   */
  public static CsvTable workloadRanks(MonteCarlo.Result result, String node) {
    MonteCarlo.NodeRanks ranks = result.nodes().get(node);
    if (ranks == null) {
      throw new IllegalArgumentException("the analysis reported no node '" + node + "'; it reported " + result.nodes().keySet());
    }
    List<Integer> order = new ArrayList<>();
    List<Double> percentiles = result.percentiles();
    int median = percentiles.indexOf(50.0);
    if (median >= 0) {
      order.add(median);
    }
    for (int k = 0; k < percentiles.size(); k++) {
      if (k != median) {
        order.add(k);
      }
    }
    List<String> header = new ArrayList<>(List.of("id", "nominal_score", "nominal_rank"));
    order.forEach(k -> header.add(k == median ? "median_rank" : "p" + percentile(percentiles.get(k)) + "_rank"));
    header.add("mean_rank");
    header.add("top_k_probability");
    CsvTable t = CsvTable.withColumns(header);
    for (int i = 0; i < result.areas().size(); i++) {
      List<String> row = new ArrayList<>(List.of(result.areas().get(i), CsvTable.decimal(ranks.nominalScores()[i]),
          CsvTable.number(ranks.nominal()[i])));
      for (int k : order) {
        row.add(CsvTable.decimal(ranks.percentiles()[k][i]));
      }
      row.add(CsvTable.decimal(ranks.mean()[i]));
      row.add(CsvTable.decimal(ranks.topK()[i]));
      t.row(row);
    }
    return t;
  }

  /**
   * A problem ranked by several methods, side by side: {@code alternative} and one column of ranks
   * per method (1 = best in the method's own order, ties under {@code ties}), in the problem's
   * order of alternatives.
   *
   * @param result the comparison
   * @param ties how tied scores are ranked
   * @return the table
   */
  public static CsvTable methodRanks(MethodAgreement.Result result, TiePolicy ties) {
    List<String> header = new ArrayList<>(List.of("alternative"));
    header.addAll(result.methods());
    CsvTable t = CsvTable.withColumns(header);
    List<List<Double>> ranks = result.rankings().stream().map(r -> r.ranks(ties)).toList();
    for (int i = 0; i < result.alternatives().size(); i++) {
      List<String> row = new ArrayList<>(List.of(result.alternatives().get(i)));
      for (List<Double> r : ranks) {
        row.add(CsvTable.number(r.get(i)));
      }
      t.row(row);
    }
    return t;
  }

  /**
   * The agreement of every ordered pair of methods: {@code
   * reference,tested,spearman,weighted_spearman,ws} (WS takes the first as the reference; the other
   * two are symmetric), the diagonal included.
   *
   * @param result the comparison
   * @return the table
   */
  public static CsvTable methodAgreement(MethodAgreement.Result result) {
    CsvTable t = CsvTable.withColumns("reference", "tested", "spearman", "weighted_spearman", "ws");
    for (int a = 0; a < result.methods().size(); a++) {
      for (int b = 0; b < result.methods().size(); b++) {
        t.row(result.methods().get(a), result.methods().get(b), CsvTable.decimal(result.spearman().get(a).get(b)),
            CsvTable.decimal(result.weightedSpearman().get(a).get(b)), CsvTable.decimal(result.ws().get(a).get(b)));
      }
    }
    return t;
  }

  /** A percentile as a column name: two digits when whole ({@code 05}, {@code 95}), otherwise as written ({@code 97.5}). */
  private static String percentile(double p) {
    return p == Math.rint(p) ? String.format(java.util.Locale.ROOT, "%02.0f", p) : Double.toString(p);
  }
}
