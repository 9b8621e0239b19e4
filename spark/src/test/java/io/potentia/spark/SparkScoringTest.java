package io.potentia.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.result.ScoreReport;
import io.potentia.scoring.spec.StrategySpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scoring a panel on Spark (local[2]) gives the local engine's scores and ranks exactly. */
class SparkScoringTest {
  private static final StructType LONG = DataTypes.createStructType(List.of(
      DataTypes.createStructField("area", DataTypes.StringType, true),
      DataTypes.createStructField("indicator", DataTypes.StringType, true),
      DataTypes.createStructField("year", DataTypes.IntegerType, true),
      DataTypes.createStructField("value", DataTypes.StringType, true)));

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("SparkScoringTest").config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4").getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** The rows in their order (row n of a message is rows.get(n - 1)), over 3 partitions. */
  private static Dataset<Row> panel(List<Row> rows) {
    return spark.createDataFrame(spark.sparkContext().parallelize(scala.jdk.javaapi.CollectionConverters.asScala(rows).toSeq(),
        3, scala.reflect.ClassTag$.MODULE$.apply(Row.class)), LONG);
  }

  private static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    Panels.DATA.forEachObservation(o -> rows.add(RowFactory.create(o.area(), o.indicator(), o.year(),
        Double.toString(o.value().getAsDouble()))));
    return rows;
  }

  @Test
  void everyYearAndScenarioEqualsTheLocalEngineBitForBit() {
    List<Row> result = SparkScoring.score("panel", panel(rows()), Panels::pipeline, List.of("first-heavy")).collectAsList();
    ScoringPipeline plain = Panels.pipeline();
    ScoringPipeline heavy = plain.withSpec(StrategySpec.builder().from(plain.spec()).scenario("first-heavy").build());
    Map<String, Row> byKey = new HashMap<>();
    result.forEach(r -> byKey.put(r.getInt(1) + "/" + r.getString(2) + "/" + r.getString(3) + "/" + r.getString(0), r));
    int expected = 0;
    for (int year : Panels.YEARS) {
      ScoreReport report = heavy.score(Panels.DATA, year);
      ScoreReport unweighted = plain.score(Panels.DATA, year);
      for (String node : report.nodes()) {
        for (int i = 0; i < report.areas().size(); i++) {
          Row row = byKey.get(year + "/first-heavy/" + node + "/" + report.areas().get(i));
          assertEquals(report.scores(node)[i], row.getDouble(4), node + " " + year);
          assertEquals(report.ranks(node)[i], row.getDouble(5), node + " " + year);
          expected++;
        }
      }
      // the scenario takes effect: at the root it differs from the spec without it
      assertTrue(!java.util.Arrays.equals(report.scores("index"), unweighted.scores("index")));
    }
    assertEquals(expected, result.size());
  }

  @Test
  void withoutScenariosTheSpecAsGivenIsScoredAndTheScenarioIsNull() {
    List<Row> result = SparkScoring.score("panel", panel(rows()), Panels::pipeline, List.of())
        .filter("node = 'index' AND year = 2021").collectAsList();
    ScoreReport report = Panels.pipeline().score(Panels.DATA, 2021);
    assertEquals(Panels.AREAS, result.size());
    for (Row row : result) {
      int i = report.areas().indexOf(row.getString(0));
      assertEquals(report.scores("index")[i], row.getDouble(4));
      assertEquals(report.ranks("index")[i], row.getDouble(5));
      assertTrue(row.isNullAt(2));
    }
  }

  @Test
  void badRowsFailTheJobWithTheReadersMessageNamingEachRow() {
    List<Row> rows = rows();
    Row first = rows.get(0);
    rows.set(2, RowFactory.create("A000", "no.such", first.getInt(2), "5"));
    rows.set(6, RowFactory.create(first.getString(0), first.getString(1), first.getInt(2), "abc"));
    Exception e = assertThrows(Exception.class,
        () -> SparkScoring.score("panel", panel(rows), Panels::pipeline, List.of()).collectAsList());
    String message = e.getMessage();
    assertTrue(message.contains("panel, row 3") && message.contains("no.such"), message);
    assertTrue(message.contains("panel, row 7") && message.contains("abc"), message);
  }

  /** The panel in wide form: one row per area and year, the indicators' columns of the type given, over 3 partitions. */
  private static Dataset<Row> widePanel(List<Row> rows, List<String> indicators, org.apache.spark.sql.types.DataType type) {
    List<org.apache.spark.sql.types.StructField> fields = new ArrayList<>(List.of(
        DataTypes.createStructField("year", DataTypes.IntegerType, true),
        DataTypes.createStructField("area", DataTypes.StringType, true)));
    indicators.forEach(i -> fields.add(DataTypes.createStructField(i, type, true)));
    return spark.createDataFrame(spark.sparkContext().parallelize(scala.jdk.javaapi.CollectionConverters.asScala(rows).toSeq(),
        3, scala.reflect.ClassTag$.MODULE$.apply(Row.class)), DataTypes.createStructType(fields));
  }

  /** Panels.DATA in wide form, the year first (the reader finds columns by name, not place), values as numbers or text. */
  private static List<Row> wideRows(boolean numbers) {
    List<Row> rows = new ArrayList<>();
    for (int year : Panels.YEARS) {
      for (String area : Panels.DATA.areas()) {
        Object[] cells = new Object[2 + Panels.INDICATORS];
        cells[0] = year;
        cells[1] = area;
        for (int j = 0; j < Panels.INDICATORS; j++) {
          double v = Panels.DATA.value(area, Panels.DATA.indicators().get(j), year).getAsDouble();
          cells[2 + j] = numbers ? (Object) v : Double.toString(v);
        }
        rows.add(RowFactory.create(cells));
      }
    }
    return rows;
  }

  private static List<String> sorted(List<Row> rows) {
    return rows.stream().map(Row::toString).sorted().toList();
  }

  @Test
  void theWideFormGivesTheLongFormsRowsExactly() {
    List<Row> wide = SparkScoring.score("panel", widePanel(wideRows(true), Panels.DATA.indicators(), DataTypes.DoubleType),
        Panels::pipeline,
        List.of("first-heavy")).collectAsList();
    List<Row> longForm = SparkScoring.score("panel", panel(rows()), Panels::pipeline, List.of("first-heavy")).collectAsList();
    assertEquals(sorted(longForm), sorted(wide));
    // and therefore the local engine's: one spot check besides the long form's full comparison above
    ScoreReport report = Panels.pipeline().withSpec(StrategySpec.builder().from(Panels.pipeline().spec())
        .scenario("first-heavy").build()).score(Panels.DATA, 2022);
    Row a001 = wide.stream().filter(r -> r.getInt(1) == 2022 && r.getString(3).equals("index") && r.getString(0).equals("A001"))
        .findFirst().orElseThrow();
    assertEquals(report.scores("index")[report.areas().indexOf("A001")], a001.getDouble(4));
  }

  /** The wide rows with row {@code index} (0-based) changed in one cell. */
  private static Row changed(Row row, int cell, Object value) {
    Object[] cells = new Object[row.size()];
    for (int c = 0; c < row.size(); c++) {
      cells[c] = row.get(c);
    }
    cells[cell] = value;
    return RowFactory.create(cells);
  }

  @Test
  void badWideRowsOfAYearFailTheJobNamingEachRowColumnAndValue() {
    List<Row> rows = wideRows(false);
    List<String> indicators = Panels.DATA.indicators();
    // rows 3 and 5 are both of 2020, so one task reads both and reports both
    rows.set(4, changed(rows.get(4), 3, "abc"));
    rows.set(2, changed(rows.get(2), 1, null));
    String message = assertThrows(Exception.class,
        () -> SparkScoring.score("panel", widePanel(rows, indicators, DataTypes.StringType), Panels::pipeline, List.of())
            .collectAsList()).getMessage();
    assertTrue(message.contains("panel, row 5, column '" + indicators.get(1) + "'") && message.contains("abc"), message);
    assertTrue(message.contains("panel, row 3, column 'area'"), message);
  }

  @Test
  void aWideRowWithoutAYearFailsTheJobNamingTheRow() {
    List<Row> rows = wideRows(true);
    rows.set(8, changed(rows.get(8), 0, null));
    String message = assertThrows(Exception.class,
        () -> SparkScoring.score("panel", widePanel(rows, Panels.DATA.indicators(), DataTypes.DoubleType), Panels::pipeline,
            List.of()).collectAsList()).getMessage();
    assertTrue(message.contains("panel, row 9, column 'year': year is empty"), message);
  }

  @Test
  void aWideColumnThatIsNoIndicatorFailsTheJobNamingIt() {
    List<String> renamed = new ArrayList<>(Panels.DATA.indicators());
    renamed.set(2, "no.such");
    String message = assertThrows(Exception.class,
        () -> SparkScoring.score("panel", widePanel(wideRows(true), renamed, DataTypes.DoubleType), Panels::pipeline, List.of()).collectAsList())
        .getMessage();
    assertTrue(message.contains("panel, column 'no.such'") && message.contains("'no.such'"), message);
  }

  @Test
  void aPanelInNeitherFormIsRejectedAtOnceNamingWhatItLacks() {
    StructType noYear = DataTypes.createStructType(List.of(
        DataTypes.createStructField("area", DataTypes.StringType, true),
        DataTypes.createStructField("indicator", DataTypes.StringType, true),
        DataTypes.createStructField("value", DataTypes.StringType, true)));
    InvalidInputException longForm = assertThrows(InvalidInputException.class, () -> SparkScoring.score("panel",
        spark.createDataFrame(List.<Row>of(), noYear), Panels::pipeline, List.of()));
    assertTrue(longForm.getMessage().contains("lacks the long form's columns [year]"), longForm.getMessage());
    StructType areaOnly = DataTypes.createStructType(List.of(DataTypes.createStructField("area", DataTypes.StringType, true),
        DataTypes.createStructField("i0", DataTypes.DoubleType, true)));
    InvalidInputException wide = assertThrows(InvalidInputException.class, () -> SparkScoring.score("panel",
        spark.createDataFrame(List.<Row>of(), areaOnly), Panels::pipeline, List.of()));
    assertTrue(wide.getMessage().contains("it lacks [year]"), wide.getMessage());
  }
}
