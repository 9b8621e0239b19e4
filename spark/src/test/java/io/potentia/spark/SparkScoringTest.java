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

  @Test
  void aPanelWithoutTheLongFormsColumnsIsRejectedNamingThem() {
    StructType wide = DataTypes.createStructType(List.of(DataTypes.createStructField("area", DataTypes.StringType, true)));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> SparkScoring.score("panel",
        spark.createDataFrame(List.<Row>of(), wide), Panels::pipeline, List.of()));
    assertTrue(e.getMessage().contains("[indicator, year, value]"), e.getMessage());
  }
}
