package io.potentia.spark;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.result.ScoreReport;
import io.potentia.scoring.spec.StrategySpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Scores every year of a panel held in a Spark {@code Dataset<Row>}, under every scenario asked
 * for, on the cluster. The panel is in long form, the columns {@code area}, {@code indicator},
 * {@code year} and {@code value} (other columns are not read), one row per observation; or in wide
 * form, the columns {@code area} and {@code year} and one column per indicator named by its id, one
 * row per area and year (every other column is an indicator's, save those named {@code #...}).
 * A schema with the columns {@code indicator} and {@code value} is long form, any other wide, as
 * for a CSV file. A value may be a number or its decimal text, empty (null or {@code NA}) where
 * missing; both forms give the same scores.
 *
 * <p>The work splits by year and scenario, the unit that cannot be split further (a year's
 * normalisation needs all its areas): each (year, scenario) group is read by the project's table
 * reader and scored by the pipeline an executor builds from the {@link PipelineSource}, so the
 * scores and ranks are exactly those of {@link ScoringPipeline#score} on one machine.
 *
 * <p>Bad input fails the job with the reader's message, every problem of a year in one error,
 * each naming the panel, the row (counted from 1 in the input's order), the column and the bad
 * value: an unknown indicator (in wide form, a column that is not an indicator's), a value that
 * is not a number or outside its indicator's valid range, an area missing, a year missing or not a
 * whole number in 1000..9999. On Spark, the message arrives inside the
 * {@code SparkException} that the action throws.
 */
public final class SparkScoring {
  /** The result's columns: area, year, scenario (null for the spec as given), node, score, rank (null where none). */
  public static final StructType SCHEMA = DataTypes.createStructType(List.of(
      DataTypes.createStructField("area", DataTypes.StringType, false),
      DataTypes.createStructField("year", DataTypes.IntegerType, false),
      DataTypes.createStructField("scenario", DataTypes.StringType, true),
      DataTypes.createStructField("node", DataTypes.StringType, false),
      DataTypes.createStructField("score", DataTypes.DoubleType, true),
      DataTypes.createStructField("rank", DataTypes.DoubleType, true)));

  /** The key of the run under the spec as given, where no scenario is asked for (a group key cannot be null). */
  private static final String AS_SPECIFIED = "";

  private SparkScoring() {}

  /**
   * Scores every year of the panel under each scenario.
   *
   * @param name the panel's name in messages, such as its table or file
   * @param panel the panel in long or wide form
   * @param pipeline builds the pipeline on each executor
   * @param scenarios the scenarios of the pipeline's framework to score under, each as the spec's
   *     {@code scenario}; empty to score under the spec as given (the result's scenario is then null)
   * @return one row per year, scenario, reported node and area: the score and the rank, null where
   *     the area has none; computed lazily, when an action runs
   * @throws InvalidInputException at once if the panel is in neither form (a long form lacking a
   *     column, a wide form lacking {@code area}, {@code year} or any indicator) or a scenario is
   *     blank, naming it; when the action runs, inside Spark's exception, if a year's
   *     rows are bad or cannot be scored (an unknown scenario among them)
   */
  public static Dataset<Row> score(String name, Dataset<Row> panel, PipelineSource pipeline, List<String> scenarios) {
    PanelRows.Layout layout = PanelRows.layout(name, panel.schema());
    for (String s : scenarios) {
      if (s == null || s.isBlank()) {
        throw InvalidInputException.at("scenarios", "a scenario of " + scenarios + " is blank; name each scenario");
      }
    }
    ArrayList<String> runs = new ArrayList<>(scenarios.isEmpty() ? List.of(AS_SPECIFIED) : scenarios);
    int yearColumn = layout.year();
    JavaRDD<Row> scored = panel.javaRDD().zipWithIndex()
        .flatMapToPair(row -> {
          String key = yearKey(row._1().get(yearColumn));
          List<Tuple2<Tuple2<String, String>, Tuple2<Long, Row>>> out = new ArrayList<>();
          for (String scenario : runs) {
            out.add(new Tuple2<>(new Tuple2<>(key, scenario), new Tuple2<>(row._2() + 1, row._1())));
          }
          return out.iterator();
        })
        .groupByKey()
        .flatMap(group -> scoreGroup(name, group._2(), layout, pipeline, group._1()._2()).iterator());
    return panel.sparkSession().createDataFrame(scored, SCHEMA);
  }

  /** One year's rows under one scenario, read and scored as one machine would. */
  private static List<Row> scoreGroup(String name, Iterable<Tuple2<Long, Row>> rows, PanelRows.Layout layout, PipelineSource source,
      String scenario) {
    List<Tuple2<Long, Row>> sorted = new ArrayList<>();
    rows.forEach(sorted::add);
    // problems are reported in the input's order, as a file's would be
    sorted.sort(Comparator.comparingLong(Tuple2::_1));
    ScoringPipeline pipeline = source.build();
    io.potentia.core.data.Dataset data = PanelRows.read(name, sorted.iterator(), layout, pipeline.catalogue());
    if (!AS_SPECIFIED.equals(scenario)) {
      pipeline = pipeline.withSpec(StrategySpec.builder().from(pipeline.spec()).scenario(scenario).build());
    }
    List<Row> out = new ArrayList<>();
    for (int year : data.years()) {
      ScoreReport report = pipeline.score(data, year);
      String scenarioColumn = AS_SPECIFIED.equals(scenario) ? report.spec().scenario().orElse(null) : scenario;
      for (String node : report.nodes()) {
        double[] scores = report.scores(node);
        double[] ranks = report.ranks(node);
        for (int i = 0; i < scores.length; i++) {
          out.add(RowFactory.create(report.areas().get(i), year, scenarioColumn, node, orNull(scores[i]), orNull(ranks[i])));
        }
      }
    }
    return out;
  }

  /**
   * The group of a row's year: the whole number where the cell reads as one, so that "2020" and
   * " 2020 " are scored together; otherwise the text as given, left to the reader to reject.
   */
  static String yearKey(Object year) {
    String text = year == null ? "" : year.toString().trim();
    try {
      return Integer.toString(Integer.parseInt(text));
    } catch (NumberFormatException e) {
      return text;
    }
  }

  private static Double orNull(double v) {
    return Double.isNaN(v) ? null : v;
  }
}
