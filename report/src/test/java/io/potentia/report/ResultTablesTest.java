package io.potentia.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.potentia.scoring.analysis.balance.Balance;
import io.potentia.scoring.analysis.planning.BudgetPriorities;
import io.potentia.scoring.analysis.sensitivity.MethodologyComparison;
import io.potentia.scoring.analysis.sensitivity.OneAtATime;
import io.potentia.scoring.result.ReportFixture;
import io.potentia.scoring.result.ScoreReport;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultTablesTest {
  private static ReportFixture fixture;

  @BeforeAll
  static void score() {
    fixture = new ReportFixture();
  }

  @Test
  void theScoreTableHasARowPerYearAreaAndNode(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("scores.csv");
    ResultTables.scores(fixture.reports).write(file);
    List<String> lines = Files.readAllLines(file);
    assertEquals("year,area,node,score,rank", lines.get(0));
    ScoreReport first = fixture.reports.get(0);
    assertEquals(1 + fixture.reports.size() * first.areas().size() * first.nodes().size(), lines.size());
    String node = first.nodes().get(0);
    assertEquals(first.year() + "," + first.areas().get(0) + "," + node + "," + first.scores(node)[0] + ","
        + first.ranks(node)[0], lines.get(1));
    StringWriter w = new StringWriter();
    ResultTables.scores(fixture.reports).write(w);
    assertEquals(String.join("\n", lines) + "\n", w.toString());
  }

  @Test
  void aMissingNumberIsAnEmptyCellAndTextWithCommasOrQuotesIsQuoted() throws Exception {
    CsvTable t = CsvTable.withColumns("a", "b", "c").row("x, y", "say \"hi\"", CsvTable.decimal(Double.NaN));
    StringWriter w = new StringWriter();
    t.write(w);
    assertEquals("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\n", w.toString());
    assertFalse(w.toString().contains("NaN"));
  }

  @Test
  void wholeRanksAreWrittenWithoutAFractionAndAveragedTiesKeepTheirs() {
    assertEquals("3", CsvTable.number(3.0));
    assertEquals("2.5", CsvTable.number(2.5));
    assertEquals("-4", CsvTable.number(-4.0));
    assertEquals("", CsvTable.number(Double.NaN));
    assertEquals("3.0", CsvTable.decimal(3.0));
  }

  @Test
  void aRowOfTheWrongWidthIsRefusedNamingBothWidths() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CsvTable.withColumns("a", "b").row("1", "2", "3"));
    assertEquals("a row of 3 cells in a table of 2 columns [a, b]", e.getMessage());
  }

  @Test
  void theComparisonTableGivesEachAreasScoresRanksAndChanges() {
    ScoreReport a = fixture.reports.get(0);
    ScoreReport b = fixture.reports.get(1);
    MethodologyComparison.Comparison c = MethodologyComparison.compare(a, b);
    CsvTable t = ResultTables.comparison(c);
    assertEquals(List.of("area", "score_a", "score_b", "score_change", "rank_a", "rank_b", "rank_change"), t.header());
    assertEquals(c.changes().size(), t.rows().size());
    MethodologyComparison.AreaChange first = c.changes().get(0);
    assertEquals(List.of(first.area(), Double.toString(first.scoreA()), Double.toString(first.scoreB()),
        Double.toString(first.scoreB() - first.scoreA()), CsvTable.number(first.rankA()), CsvTable.number(first.rankB()),
        CsvTable.number(first.rankA() - first.rankB())), t.rows().get(0));
  }

  @Test
  void theOneAtATimeTableListsLeftOutIndicatorsBeforeScaledWeights() {
    ScoreReport last = fixture.reports.get(fixture.reports.size() - 1);
    List<OneAtATime.Impact> left = OneAtATime.leaveOneOut(fixture.pipeline, fixture.dataset, last.year());
    OneAtATime.WeightSensitivity weights = OneAtATime.weights(fixture.pipeline, fixture.dataset, last.year(), 0.5);
    CsvTable t = ResultTables.oneAtATime(left, weights.impacts());
    assertEquals(left.size() + weights.impacts().size(), t.rows().size());
    assertEquals("leave-out", t.rows().get(0).get(0));
    assertEquals(left.get(0).node(), t.rows().get(0).get(1));
    assertEquals("weight", t.rows().get(left.size()).get(0));
    assertEquals("0.5", t.rows().get(left.size()).get(2));
  }

  @Test
  void theBalanceTableHasColumnsOnlyForWhatWasMeasured() {
    ScoreReport last = fixture.reports.get(fixture.reports.size() - 1);
    List<String> pillars = List.of("economic", "military");
    Balance.Imbalances imbalances = Balance.imbalance(last, pillars);
    CsvTable plain = ResultTables.balance(last, imbalances, Optional.empty(), Optional.empty());
    assertEquals(List.of("area", "spread", "weakest", "strongest"), plain.header());
    Balance.Coordination coordination = Balance.coupling(last, pillars, 100);
    CsvTable both = ResultTables.balance(last, imbalances, Optional.of(coordination),
        Optional.of(Balance.gap(last, "economic", "military")));
    assertEquals(List.of("area", "spread", "weakest", "strongest", "coordination", "gap"), both.header());
    assertEquals(last.areas().size(), both.rows().size());
    String area = last.areas().get(0);
    assertEquals(Double.toString(coordination.degrees().get(area)), both.rows().get(0).get(4));
  }

  @Test
  void theRoadmapTableNumbersTheFundedProjectsInPriorityOrder() {
    BudgetPriorities.Roadmap roadmap = new BudgetPriorities.Roadmap(List.of(new BudgetPriorities.Funded("hq", 2025, 1.5),
        new BudgetPriorities.Funded("base", 2026, 0.25)), 50, 51.75, 30, BudgetPriorities.Method.EXACT, true);
    CsvTable t = ResultTables.roadmap(roadmap);
    assertEquals(List.of(List.of("1", "hq", "2025", "1.5"), List.of("2", "base", "2026", "0.25")), t.rows());
  }
}
