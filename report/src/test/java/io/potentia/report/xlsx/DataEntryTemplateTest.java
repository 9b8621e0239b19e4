package io.potentia.report.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.area.Area;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import io.potentia.core.data.DatasetCsv;
import io.potentia.core.framework.DefaultFramework;
import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.core.indicator.Indicator;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.result.ScoreReport;
import io.potentia.scoring.spec.StrategySpec;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.CellAddress;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data-entry template: laid out for people, read back by {@link DatasetXlsx} without edits once
 * filled in, and scored.
 */
class DataEntryTemplateTest {
  static final Path AREAS = Path.of("..", "examples", "src", "main", "resources", "io", "potentia", "examples", "data",
      "synthetic-areas.json");
  private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.builtIn();
  private static final AreaHierarchy HIERARCHY = AreaHierarchy.read(AREAS);

  @TempDir
  Path dir;

  private static ScoringPipeline provinces() {
    return ScoringPipeline.builder().framework(DefaultFramework.of(CATALOGUE, AreaLevel.PROVINCE)).catalogue(CATALOGUE)
        .spec(StrategySpec.defaults()).build();
  }

  /**
   * The brief's round trip: write the template for the 42 synthetic provinces, fill in every cell
   * with the bundled data's 2023 value (NA or nothing where the data has none), read it back as it
   * is, and score it: the same dataset, the same scores and ranks as the bundled data gives.
   */
  @Test
  void aTemplateFilledInReadsBackWithoutEditsAndScoresAsTheDataItHolds() {
    ScoringPipeline pipeline = provinces();
    DataEntryTemplate template = DataEntryTemplate.of(pipeline, HIERARCHY, AreaLevel.PROVINCE).withYears(List.of(2023));
    Path xlsx = dir.resolve("provinces.xlsx");
    template.write(xlsx);

    Dataset bundled = DatasetCsv.read(DatasetXlsxTest.BUNDLED, CATALOGUE);
    Map<String, String> cells = new HashMap<>();
    Dataset.Builder expected = Dataset.builder();
    List<Area> areas = template.areas();
    List<Indicator> indicators = template.indicators();
    for (int a = 0; a < areas.size(); a++) {
      for (int i = 0; i < indicators.size(); i++) {
        String area = areas.get(a).id();
        String indicator = indicators.get(i).id();
        String ref = CellAddress.convertNumToColString(DataEntryTemplate.FIRST_INDICATOR_COLUMN + i)
            + (DataEntryTemplate.FIRST_AREA_ROW + 1 + a);
        OptionalDouble v = bundled.value(area, indicator, 2023);
        if (v.isPresent()) {
          cells.put(ref, Workbooks.number(Double.toString(v.getAsDouble())));
          expected.put(area, indicator, 2023, v.getAsDouble());
        } else {
          if ((a + i) % 2 == 0) {
            cells.put(ref, Workbooks.text("NA"));
          }
          expected.putMissing(area, indicator, 2023);
        }
      }
    }
    Workbooks.put(xlsx, 1, cells);

    Dataset read = DatasetXlsx.read(xlsx, CATALOGUE);
    assertEquals(expected.build(), read);
    List<String> provinces = areas.stream().map(Area::id).toList();
    ScoreReport fromTemplate = pipeline.score(read, 2023);
    ScoreReport fromBundled = pipeline.score(bundled.restrictTo(provinces), 2023);
    String root = fromBundled.root();
    assertEquals(fromBundled.ranking(root), fromTemplate.ranking(root));
    for (String area : provinces) {
      assertEquals(fromBundled.score(root, area), fromTemplate.score(root, area), 0.0, area);
    }
  }

  @Test
  void theDataSheetHasTheHeaderNotesForPeopleAndOneRowPerAreaForEachYear() throws Exception {
    DataEntryTemplate template = DataEntryTemplate.of(provinces(), HIERARCHY, AreaLevel.PROVINCE)
        .withYears(List.of(2022, 2023));
    Path xlsx = dir.resolve("two-years.xlsx");
    template.write(xlsx);
    Indicator first = template.indicators().get(0);
    try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
      assertEquals(List.of("Data", "Indicators"), wb.getSheets().map(s -> s.getName()).toList());
      List<Row> rows = wb.getFirstSheet().read();
      assertEquals(List.of("area", "# name", "year", first.id()), rows.get(0).getCells(0, 4).stream()
          .map(c -> c.getText()).toList());
      assertEquals(List.of("# indicator name", first.name()), List.of(rows.get(1).getCellText(0), rows.get(1).getCellText(3)));
      assertEquals(List.of("# unit", first.unit()), List.of(rows.get(2).getCellText(0), rows.get(2).getCellText(3)));
      assertEquals(List.of("# direction", "benefit: higher is better"),
          List.of(rows.get(3).getCellText(0), rows.get(3).getCellText(3)));
      assertEquals(List.of("# valid values", "0 to 100"), List.of(rows.get(4).getCellText(0), rows.get(4).getCellText(3)));
      assertEquals(DataEntryTemplate.FIRST_AREA_ROW + 2 * 42, rows.size());
      Area p01 = HIERARCHY.area("SYN-P01");
      assertEquals(List.of("SYN-P01", p01.name(), "2022"), List.of(rows.get(5).getCellText(0), rows.get(5).getCellText(1),
          rows.get(5).getCellText(2)));
      assertEquals(List.of("SYN-P01", "2023"), List.of(rows.get(5 + 42).getCellText(0), rows.get(5 + 42).getCellText(2)));
      List<Row> explained = wb.getSheet(1).orElseThrow().read();
      Row firstIndicator = explained.stream().filter(r -> first.id().equals(r.getCellText(1))).findFirst().orElseThrow();
      assertEquals(List.of("D", first.id(), first.name(), first.unit(), "benefit: higher is better", "0 to 100"),
          firstIndicator.getCells(0, 6).stream().map(c -> c.getText()).toList());
      assertEquals(template.indicators().size(), explained.stream().filter(r -> r.getCellCount() > 10).count() - 1,
          "a row per indicator under the header");
    }
    assertEquals("political.trust_government", first.id(), "the first column checked below");
  }

  @Test
  void everyValueCellTakesANumberInItsIndicatorsRangeOrNaAndEveryYearCellAWholeYear() throws Exception {
    DataEntryTemplate template = DataEntryTemplate.of(provinces(), HIERARCHY, AreaLevel.PROVINCE);
    Path xlsx = dir.resolve("validated.xlsx");
    template.write(xlsx);
    String sheet = Workbooks.sheetXml(xlsx, 1);
    Matcher m = Pattern.compile("<dataValidation sqref=\"([A-Z]+6:[A-Z]+47)\" type=\"custom\" allowBlank=\"true\"[^>]*"
        + "errorStyle=\"stop\" showErrorMessage=\"true\"[^>]*><formula1>([^<]*)</formula1>").matcher(sheet);
    Map<String, String> formulas = new HashMap<>();
    while (m.find()) {
      formulas.put(m.group(1), m.group(2).replace("&quot;", "\"").replace("&gt;", ">").replace("&lt;", "<"));
    }
    assertEquals(template.indicators().size() + 1, formulas.size(), "the year column and every indicator's");
    assertEquals("AND(ISNUMBER(C6),C6=INT(C6),C6>=1000,9999>=C6)", formulas.get("C6:C47"));
    assertEquals("OR(D6=\"NA\",AND(ISNUMBER(D6),D6>=0,100>=D6))", formulas.get("D6:D47"), "trust: a percentage");
    assertTrue(!sheet.contains("<=") && sheet.contains("</dataValidations>"), "no bare '<' inside the validations");
    // the sheet is well-formed XML, and each message reads back as written, an "R&D" included
    org.w3c.dom.NodeList validations = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(sheet.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .getElementsByTagName("dataValidation");
    for (int i = 1; i < validations.getLength(); i++) {
      Indicator ind = template.indicators().get(i - 1);
      String error = ((org.w3c.dom.Element) validations.item(i)).getAttribute("error");
      assertTrue(error.startsWith(ind.name() + " (" + ind.unit() + "): "), error);
    }
  }

  @Test
  void aRangeBoundedOnOneSideOrNotAtAllIsCheckedOnlyAsFarAsItGoes() {
    Indicator trust = CATALOGUE.get("political.trust_government");
    Indicator gdp = CATALOGUE.get("economic.gdp");
    assertEquals("OR(E9=\"NA\",AND(ISNUMBER(E9),E9>=0))", DataEntryTemplate.rangeFormula(gdp, "E9"));
    Indicator anyNumber = Indicator.builder().from(trust).validRange(io.potentia.core.indicator.ValidRange.unbounded()).build();
    assertEquals("OR(E9=\"NA\",AND(ISNUMBER(E9)))", DataEntryTemplate.rangeFormula(anyNumber, "E9"));
    Indicator small = Indicator.builder().from(trust).validRange(io.potentia.core.indicator.ValidRange.of(-2.5, 1e12)).build();
    assertEquals("OR(E9=\"NA\",AND(ISNUMBER(E9),E9>=-2.5,1000000000000>=E9))", DataEntryTemplate.rangeFormula(small, "E9"));
    Indicator huge = Indicator.builder().from(trust).validRange(io.potentia.core.indicator.ValidRange.of(0, 1e20)).build();
    assertEquals("OR(E9=\"NA\",AND(ISNUMBER(E9),E9>=0,1E+20>=E9))", DataEntryTemplate.rangeFormula(huge, "E9"));
  }

  @Test
  void withoutYearsTheYearIsLeftToFillInAndATemplateLeftAsItIsSaysSoForEveryRow() {
    Path xlsx = dir.resolve("blank.xlsx");
    DataEntryTemplate.of(provinces(), HIERARCHY, AreaLevel.PROVINCE).write(xlsx);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> DatasetXlsx.read(xlsx, CATALOGUE));
    assertEquals(42, e.problems().size());
    assertEquals(xlsx + ": Data!C6: year is empty", e.problems().get(0).toString());
    assertEquals(xlsx + ": Data!C47: year is empty", e.problems().get(41).toString());
  }

  @Test
  void yearsOutOfRangeOrGivenTwiceAreRefusedNamingEach() {
    DataEntryTemplate template = DataEntryTemplate.of(provinces(), HIERARCHY, AreaLevel.PROVINCE);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> template.withYears(List.of(2023, 999, 2023)));
    assertEquals(List.of("years[1]: year 999 must be in 1000..9999", "years[2]: year 2023 is given twice"),
        e.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void aLevelWithoutAreasIsRefusedByName() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> DataEntryTemplate.of(provinces(), HIERARCHY, AreaLevel.DISTRICT));
    assertEquals("level: the hierarchy has no area at level 'district'", e.getMessage());
  }

  /** A spec that divides a leaf by another indicator needs that indicator's values: it gets a column too. */
  @Test
  void anIndicatorTheSpecDividesByIsAColumnAfterTheFrameworksOwn() {
    Framework own = Framework.builder().id("own").name("Own").nodes(List.of(
        FrameworkNode.builder().id("index").name("Index").build(),
        FrameworkNode.builder().id("investment").name("Investment").parent("index")
            .indicator("economic.defence_economic_investment").build(),
        FrameworkNode.builder().id("readiness").name("Readiness").parent("index").indicator("military.combat_readiness")
            .build())).build();
    StrategySpec spec = StrategySpec.builder().putOverride("investment",
        StrategySpec.NodeOverride.builder().denominator("economic.gdp").build()).build();
    ScoringPipeline pipeline = ScoringPipeline.builder().framework(own).catalogue(CATALOGUE).spec(spec).build();
    DataEntryTemplate template = DataEntryTemplate.of(pipeline, HIERARCHY, AreaLevel.PROVINCE);
    assertEquals(List.of("economic.defence_economic_investment", "military.combat_readiness", "economic.gdp"),
        template.indicators().stream().map(Indicator::id).toList());
  }
}
