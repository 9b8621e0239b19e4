package io.potentia.scoring.engine;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.scoring.aggregate.Aggregator;
import io.potentia.scoring.aggregate.RuledAggregator;
import io.potentia.scoring.check.MethodologyCheck;
import io.potentia.scoring.check.MethodologyException;
import io.potentia.scoring.impute.ImputationResult;
import io.potentia.scoring.outlier.OutlierTreatment;
import io.potentia.scoring.result.NodeRun;
import io.potentia.scoring.result.ScoreReport;
import io.potentia.scoring.result.Stage;
import io.potentia.scoring.spec.NormalisationScope;
import io.potentia.scoring.spec.Transform;
import io.potentia.scoring.spi.Described;
import io.potentia.scoring.normalise.ColumnExtent;
import io.potentia.scoring.normalise.Normalisers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The steps of one year after the panel steps (denomination, imputation, changes over years),
 * following the OECD/JRC Handbook on Constructing Composite Indicators (2008): the data check of
 * each indicator, outlier treatment, normalisation of each leaf with its indicator's direction (of
 * this year's values, or with panel scope of every year's values at once), then weighting and
 * aggregation of each inner node from its children, children before parents. Every number is kept
 * for the report.
 */
final class YearRun {
  private static final ThreadLocal<double[]> BUFFER = ThreadLocal.withInitial(() -> new double[0]);

  private YearRun() {}

  /** Scores year {@code y}, normalising each leaf over this year's areas. */
  static ScoreReport score(Plan plan, Dataset data, PanelSteps.Prepared prepared, int y) {
    double[][] normalised = new double[plan.leafNodes.length][];
    Leaves leaves = leafSteps(plan, data, prepared, y, normalised);
    return score(plan, data, prepared, y, leaves, normalised);
  }

  /**
   * The leaf steps before normalisation of every year, for normalisation over the panel: every
   * year's data problems come together, as each year's values shape every year's scores.
   */
  static Leaves[] panelLeaves(Plan plan, Dataset data, PanelSteps.Prepared prepared) {
    Leaves[] out = new Leaves[data.years().length];
    List<Problem> problems = new ArrayList<>();
    for (int y = 0; y < out.length; y++) {
      try {
        out[y] = leafSteps(plan, data, prepared, y, null);
      } catch (MethodologyException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new MethodologyException(problems);
    }
    return out;
  }

  /** Scores year {@code y} from its leaf steps and its leaves' normalised columns, one per leaf. */
  static ScoreReport score(Plan plan, Dataset data, PanelSteps.Prepared prepared, int y, Leaves leaves,
      double[][] normalised) {
    int year = data.years()[y];
    int n = plan.order.size();
    double[][] scores = new double[n][];
    Map<Stage, Map<String, double[]>> stages = new EnumMap<>(Stage.class);
    for (Stage s : Stage.values()) {
      stages.put(s, new LinkedHashMap<>());
    }
    Map<String, NodeRun> runs = new LinkedHashMap<>();
    for (int k = 0; k < plan.leafNodes.length; k++) {
      String indicator = plan.leafIndicators.get(k);
      int i = plan.leafNodes[k];
      scores[i] = normalised[k];
      if (prepared.denominated() != null && prepared.denominated()[y][k] != null) {
        stages.get(Stage.DENOMINATED).put(indicator, prepared.denominated()[y][k]);
      }
      if (prepared.imputed() != null) {
        stages.get(Stage.IMPUTED).put(indicator, prepared.imputed()[y][k]);
      }
      if (prepared.transformed() != null && prepared.transformed()[y][k] != null) {
        stages.get(Stage.TRANSFORMED).put(indicator, prepared.transformed()[y][k]);
      }
      if (leaves.treated[k] != null) {
        stages.get(Stage.TREATED).put(indicator, leaves.treated[k]);
      }
      stages.get(Stage.NORMALISED).put(indicator, scores[i]);
      List<String> notes = leaves.notes[k] == null ? List.of() : leaves.notes[k];
      if (plan.scope == NormalisationScope.PANEL) {
        notes = new ArrayList<>(notes);
        int[] years = data.years();
        notes.add(plan.normalisers[i].name() + " over the panel " + years[0] + "-" + years[years.length - 1]
            + ": every year's values normalised as one column");
      }
      runs.put(plan.order.get(i).id(), new NodeRun(plan.order.get(i).id(), indicator, plan.normalisers[i].name(), "",
          List.of(), List.of(), notes));
    }
    Map<String, Described<Aggregator>> aggregatorByNode = new HashMap<>();
    NodeRun[] inner = aggregateAll(plan, data, year, scores);
    for (int i = 0; i < n; i++) {
      FrameworkNode node = plan.order.get(i);
      if (!node.isLeaf()) {
        runs.put(node.id(), inner[i]);
        aggregatorByNode.put(node.id(), plan.aggregators[i]);
      }
    }
    List<String> nodeIds = plan.order.stream().map(FrameworkNode::id).toList();
    List<ImputationResult.Imputed> yearImputed = prepared.log().stream().filter(e -> e.year() == year).toList();
    List<ImputationResult.Gap> yearGaps = prepared.none()
        ? Arrays.stream(leaves.gaps).flatMap(List::stream).toList()
        : prepared.gaps().stream().filter(g -> g.year() == year).toList();
    java.util.function.Function<String, double[]> rawColumn = indicator -> data.column(data.indicatorIndex(indicator), y);
    return new ScoreReport(year, plan.framework().id(), plan.choices().spec(), plan.choices().ties(),
        InputHash.lazy(data, plan.framework(), plan.choices().spec()), data.areas(), nodeIds, scores, rawColumn,
        plan.leafIndicators, stages, runs, aggregatorByNode, yearImputed, yearGaps);
  }

  /**
   * What the leaf steps of one year leave, one slot per leaf: the column normalisation takes
   * ({@code inputs}, kept only for normalisation over the panel), the treated column, the notes for
   * the report (null for a leaf without any) and, when no panel step ran, the gaps.
   */
  record Leaves(double[][] inputs, double[][] treated, List<String>[] notes, List<ImputationResult.Gap>[] gaps) {}

  /**
   * Checks and treats every leaf and, given {@code normalised}, normalises it there. Leaves are
   * independent: a large tree runs them on all cores, each into its own slot, so the result does
   * not depend on the number of threads. Every data problem of the year is reported together. A
   * leaf whose change over years has no year before to compare with is missing for every area,
   * with a note, rather than refused.
   */
  private static Leaves leafSteps(Plan plan, Dataset data, PanelSteps.Prepared prepared, int y, double[][] normalised) {
    int year = data.years()[y];
    int m = data.areaCount();
    int count = plan.leafNodes.length;
    boolean keep = normalised == null;
    double[][] inputs = keep ? new double[count][] : null;
    double[][] treated = new double[count][];
    @SuppressWarnings("unchecked")
    List<String>[] notes = new List[count];
    Problem[] dataProblems = new Problem[count];
    InvalidInputException[] failures = new InvalidInputException[count];
    @SuppressWarnings("unchecked")
    List<ImputationResult.Gap>[] gapsOf = new List[count];
    IntStream range = IntStream.range(0, count);
    (parallel(m, count) ? range.parallel() : range).forEach(k -> {
      int i = plan.leafNodes[k];
      String indicator = plan.leafIndicators.get(k);
      notes[k] = stepNotes(plan, i);
      double[] column;
      if (prepared.none()) {
        if (keep) {
          column = data.column(data.indicatorIndex(indicator), y);
        } else {
          // read into a reusable buffer: the report reads the raw stage back from the dataset
          column = BUFFER.get();
          if (column.length != m) {
            column = new double[m];
            BUFFER.set(column);
          }
          data.copyColumn(data.indicatorIndex(indicator), y, column, 0);
        }
      } else {
        column = prepared.values()[y][k];
      }
      // one pass serves the gaps, the data check and min-max normalisation, which each needed one
      ColumnExtent extent = ColumnExtent.of(column);
      gapsOf[k] = prepared.none() && extent.present() < m ? gaps(data, y, column, indicator) : List.of();
      if (prepared.noBase(y, k) && extent.present() == 0) {
        notes[k] = note(notes[k], plan.transforms[i].id() + ": no value of " + (year - 1) + " to compare with, so the"
            + " leaf is missing for every area in " + year);
        double[] missing = new double[m];
        Arrays.fill(missing, Double.NaN);
        if (keep) {
          inputs[k] = missing;
        } else {
          normalised[k] = missing;
        }
        return;
      }
      dataProblems[k] = MethodologyCheck.column(indicator, extent, year).orElse(null);
      if (dataProblems[k] != null) {
        return;
      }
      double[] input = column;
      if (plan.outliers().isPresent()) {
        Described<OutlierTreatment> outliers = plan.outliers().get();
        OutlierTreatment.Treated t = outliers.strategy().treat(column);
        input = t.values();
        treated[k] = input;
        notes[k] = note(notes[k], outliers.name() + ": " + t.note());
      }
      if (keep) {
        inputs[k] = input;
        return;
      }
      try {
        normalised[k] = input == column
            ? Normalisers.normalise(plan.normalisers[i].strategy(), input, plan.directions[i], extent)
            : plan.normalisers[i].strategy().normalise(input, plan.directions[i]);
      } catch (InvalidInputException e) {
        failures[k] = context(e, "indicator '" + indicator + "' in " + year + " (node '" + plan.order.get(i).id() + "')");
      }
    });
    List<Problem> problems = Arrays.stream(dataProblems).filter(Objects::nonNull).toList();
    if (!problems.isEmpty()) {
      throw new MethodologyException(problems);
    }
    for (InvalidInputException failure : failures) {
      if (failure != null) {
        throw failure;
      }
    }
    return new Leaves(inputs, treated, notes, gapsOf);
  }

  private static List<String> note(List<String> notes, String note) {
    List<String> out = notes == null ? new ArrayList<>(2) : notes;
    out.add(note);
    return out;
  }

  /** What the panel steps did to leaf {@code i}, for its notes; null when nothing, as for most leaves. */
  private static List<String> stepNotes(Plan plan, int i) {
    if (plan.denominators[i] == null && plan.transforms[i] == null) {
      return null;
    }
    List<String> notes = new ArrayList<>();
    String d = plan.denominators[i];
    if (d != null) {
      boolean fromAreas = d.equals(io.potentia.scoring.spec.StrategySpec.NodeOverride.POPULATION)
          || d.equals(io.potentia.scoring.spec.StrategySpec.NodeOverride.LAND_AREA);
      notes.add("divided by " + (fromAreas ? d : "indicator '" + d + "'")
          + (plan.scales[i] == 1 ? "" : ", times " + plan.scales[i]));
    }
    Transform t = plan.transforms[i];
    if (t != null) {
      notes.add(t == Transform.GROWTH ? "growth against the year before, (x_t - x_{t-1}) / |x_{t-1}|"
          : "change against the year before, x_t - x_{t-1}");
    }
    return notes;
  }

  /**
   * Weighs and aggregates every inner node, level by level from the leaves: the nodes of one level
   * are independent (their children are scored), so a large tree runs them on all cores, each into
   * its own slot; aggregators and weightings may therefore be called from several threads at once.
   * The error is the one scoring in the framework's order meets first: once a node fails, only
   * nodes before it in that order are started on later levels (the others of its own level may
   * have run, and their results are dropped), so the earliest failure is known.
   */
  private static NodeRun[] aggregateAll(Plan plan, Dataset data, int year, double[][] scores) {
    int n = plan.order.size();
    int[] level = new int[n];
    int levels = 0;
    for (int i = 0; i < n; i++) { // children before parents
      for (int child : plan.childIndex[i]) {
        level[i] = Math.max(level[i], level[child] + 1);
      }
      levels = Math.max(levels, level[i]);
    }
    NodeRun[] out = new NodeRun[n];
    RuntimeException[] failures = new RuntimeException[n];
    int firstFailure = n;
    for (int l = 1; l <= levels; l++) {
      int before = firstFailure;
      int depth = l;
      int[] nodes = IntStream.range(0, before).filter(i -> !plan.order.get(i).isLeaf() && level[i] == depth).toArray();
      long work = 0;
      for (int i : nodes) {
        work += (long) plan.childIndex[i].length * data.areaCount();
      }
      IntStream each = Arrays.stream(nodes);
      (nodes.length > 1 && work >= 200_000 ? each.parallel() : each).forEach(i -> {
        try {
          out[i] = aggregate(plan, data, i, year, scores);
        } catch (RuntimeException e) {
          failures[i] = e;
        }
      });
      for (int i : nodes) {
        if (failures[i] != null) {
          firstFailure = Math.min(firstFailure, i);
        }
      }
    }
    if (firstFailure < n) {
      throw failures[firstFailure];
    }
    return out;
  }

  /** Weighs and aggregates inner node {@code i} from its children's scores, and says how. */
  private static NodeRun aggregate(Plan plan, Dataset data, int i, int year, double[][] scores) {
    FrameworkNode node = plan.order.get(i);
    int[] kids = plan.childIndex[i];
    double[][] children = new double[kids.length][];
    List<String> childIds = new ArrayList<>();
    for (int c = 0; c < kids.length; c++) {
      children[c] = scores[kids[c]];
      childIds.add(plan.order.get(kids[c]).id());
    }
    double[] w;
    String weightSource;
    List<String> ruleNotes = new ArrayList<>();
    try {
      if (plan.weightings[i] != null) {
        w = plan.weightings[i].strategy().weigh(children);
        weightSource = plan.weightings[i].name();
      } else {
        w = plan.frameworkWeights[i];
        weightSource = plan.choices().spec().scenario().map(s -> "scenario '" + s + "'").orElse("framework");
      }
      if (plan.aggregators[i].strategy() instanceof RuledAggregator ruled) {
        RuledAggregator.Explained explained = ruled.explain(children, w);
        scores[i] = explained.scores();
        for (int a = 0; a < data.areaCount(); a++) {
          for (String note : explained.notes().get(a)) {
            ruleNotes.add("area '" + data.areas().get(a) + "': " + note);
          }
        }
      } else {
        scores[i] = plan.aggregators[i].strategy().aggregate(children, w);
      }
    } catch (InvalidInputException e) {
      throw context(e, "node '" + node.id() + "' in " + year);
    }
    double total = 0;
    for (double x : w) {
      total += x;
    }
    List<Double> unit = new ArrayList<>();
    for (double x : w) {
      unit.add(x / total);
    }
    return new NodeRun(node.id(), null, plan.aggregators[i].name(), weightSource, childIds, unit, ruleNotes);
  }

  private static List<ImputationResult.Gap> gaps(Dataset data, int y, double[] column, String indicator) {
    List<ImputationResult.Gap> gaps = null;
    List<String> areas = data.areas();
    int year = data.years()[y];
    for (int a = 0; a < column.length; a++) {
      if (column[a] != column[a]) {
        if (gaps == null) {
          gaps = new ArrayList<>();
        }
        gaps.add(new ImputationResult.Gap(areas.get(a), indicator, year, "no imputation was asked for"));
      }
    }
    return gaps == null ? List.of() : gaps;
  }

  /** Whether a year is large enough for the leaves to be worth spreading over cores. */
  private static boolean parallel(int areas, int leaves) {
    return (long) areas * leaves >= 200_000 && leaves > 1;
  }

  private static InvalidInputException context(InvalidInputException e, String where) {
    return new InvalidInputException(e.problems().stream()
        .map(p -> new Problem(p.source(), p.line(), p.column(), p.path(), where + ": " + p.message())).toList(), e);
  }
}
