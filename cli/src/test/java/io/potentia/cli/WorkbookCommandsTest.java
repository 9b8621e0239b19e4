package io.potentia.cli;

import static io.potentia.cli.PotentiaCliTest.DATA;
import static io.potentia.cli.PotentiaCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.cli.PotentiaCliTest.Run;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Datasets in Excel workbooks on the command line: --data FILE.xlsx, --sheet, validate, and template. */
class WorkbookCommandsTest {
  private static final Path CSV = DATA.resolve("synthetic-dataset.csv");
  private static final String AREAS = DATA.resolve("synthetic-areas.json").toString();

  /**
   * A workbook with an empty sheet "Notes" first and the lines of a CSV without quoted fields on sheet
   * "Data": label lines as one cell, decimal fields as numbers, empty fields as no cell.
   */
  private static Path workbook(Path dir, List<String> lines) throws IOException {
    Path xlsx = dir.resolve("data.xlsx");
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      wb.newWorksheet("Notes");
      Worksheet ws = wb.newWorksheet("Data");
      for (int r = 0; r < lines.size(); r++) {
        String line = lines.get(r);
        String[] cells = line.startsWith("#") ? new String[] {line} : line.split(",", -1);
        for (int c = 0; c < cells.length; c++) {
          if (cells[c].matches("-?[0-9]+(\\.[0-9]+)?")) {
            ws.value(r, c, Double.parseDouble(cells[c]));
          } else if (!cells[c].isEmpty()) {
            ws.value(r, c, cells[c]);
          }
        }
      }
      wb.finish();
    }
    return xlsx;
  }

  @Test
  void scoreAndReportReadTheBundledDataFromAWorkbookSheetAsFromItsCsv(@TempDir Path dir) throws Exception {
    Path xlsx = workbook(dir, Files.readAllLines(CSV));
    Run fromCsv = run("score", "--data", CSV.toString(), "--hierarchy", AREAS, "--level", "province");
    Run fromXlsx = run("score", "--data", xlsx.toString(), "--sheet", "Data", "--hierarchy", AREAS, "--level", "province");
    assertEquals(0, fromXlsx.code(), fromXlsx.err());
    assertTrue(fromCsv.out().contains("SYN-P"), fromCsv.out());
    assertEquals(fromCsv.out(), fromXlsx.out(), "the same ranking and scores, to the printed digit");
    Path html = dir.resolve("report.html");
    Run report = run("report", "--data", xlsx.toString(), "--sheet", "Data", "--hierarchy", AREAS, "--level", "province",
        "--out", html.toString());
    assertEquals(0, report.code(), report.err());
    assertTrue(Files.readString(html).contains("SYNTHETIC DATA"), "the workbook's label is in the methodology");
  }

  @Test
  void theFirstSheetIsReadWithoutSheetAndAnUnknownSheetListsTheWorkbooksSheets(@TempDir Path dir) throws Exception {
    Path xlsx = workbook(dir, List.of("area,year,economic.gdp", "P1,2023,1"));
    Run first = run("score", "--data", xlsx.toString());
    assertEquals(Potentia.BAD_INPUT, first.code());
    assertEquals("potentia: " + xlsx + ": Notes!1:1: the sheet has no header row", first.err().strip());
    Run unknown = run("score", "--data", xlsx.toString(), "--sheet", "data");
    assertEquals(Potentia.BAD_INPUT, unknown.code());
    assertEquals("potentia: " + xlsx + ": sheet: the workbook has no sheet 'data'; its sheets are 'Notes', 'Data'",
        unknown.err().strip());
  }

  @Test
  void sheetWithADataFileThatIsNoWorkbookIsRefusedByName(@TempDir Path dir) {
    Run r = run("score", "--data", CSV.toString(), "--sheet", "Data");
    assertEquals(Potentia.BAD_INPUT, r.code());
    assertEquals("potentia: --sheet: --sheet Data names a sheet of an Excel workbook (.xlsx), but the data file " + CSV
        + " is not one", r.err().strip());
    Run validate = run("validate", CSV.toString(), "--sheet", "Data");
    assertEquals(Potentia.BAD_INPUT, validate.code());
    assertTrue(validate.err().contains("--sheet: --sheet Data names a sheet of an Excel workbook (.xlsx), but no file"
        + " given is one"), validate.err());
  }

  @Test
  void validateReadsAWorkbookAndListsEveryProblemByCell(@TempDir Path dir) throws Exception {
    Path xlsx = workbook(dir, List.of("area,year,economic.gdp,political.trust_government", "P1,2023,-5,140",
        "P2,,1,2", "P3,2023,lots,2"));
    Run r = run("validate", xlsx.toString(), "--sheet", "Data");
    assertEquals(Potentia.BAD_INPUT, r.code());
    assertEquals(List.of(xlsx + ": 4 problems",
        "  " + xlsx + ": Data!C2: indicator 'economic.gdp' of area 'P1' in 2023 is -5.0; it must be >= 0.0",
        "  " + xlsx + ": Data!D2: indicator 'political.trust_government' of area 'P1' in 2023 is 140.0; it must be in"
            + " [0.0, 100.0]",
        "  " + xlsx + ": Data!B3: year is empty",
        "  " + xlsx + ": Data!C4: value of indicator 'economic.gdp' for area 'P3' in 2023: 'lots' is not a number"
            + " (leave the cell empty or write NA when missing)"), r.out().lines().toList());
    Path good = workbook(dir, List.of("area,year,economic.gdp", "P1,2023,1"));
    Run valid = run("validate", good.toString(), "--sheet", "Data");
    assertEquals(0, valid.code(), valid.out());
    assertEquals(good + ": valid dataset (XLSX)", valid.out().strip());
  }

  @Test
  void templateWritesAWorkbookForTheLevelThatReadsBackAsItIs(@TempDir Path dir) throws Exception {
    Path xlsx = dir.resolve("entry/provinces-2023.xlsx");
    Run r = run("template", "--hierarchy", AREAS, "--level", "province", "--year", "2022,2023", "--out", xlsx.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("wrote " + xlsx + ": 42 areas at level 'province' x "), r.out());
    assertTrue(r.out().strip().endsWith(" indicators, years [2022, 2023]"), r.out());
    try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
      List<Row> rows = wb.getFirstSheet().read();
      assertEquals(List.of("area", "# name", "year", "political.trust_government"),
          List.of(rows.get(0).getCellText(0), rows.get(0).getCellText(1), rows.get(0).getCellText(2),
              rows.get(0).getCellText(3)));
      assertEquals(5 + 2 * 42, rows.size());
    }
    Run validate = run("validate", xlsx.toString());
    assertEquals(0, validate.code(), validate.out());
    assertEquals(xlsx + ": valid dataset (XLSX)", validate.out().strip(), "an untouched template is all missing values");
  }

  @Test
  void aTemplateWithoutYearsLeavesTheYearToFillInAndValidateSaysSo(@TempDir Path dir) {
    Path xlsx = dir.resolve("blank.xlsx");
    assertEquals(0, run("template", "--hierarchy", AREAS, "--level", "province", "--out", xlsx.toString()).code());
    Run validate = run("validate", xlsx.toString());
    assertEquals(Potentia.BAD_INPUT, validate.code());
    assertTrue(validate.out().startsWith(xlsx + ": 42 problems\n  " + xlsx + ": Data!C6: year is empty\n"), validate.out());
  }

  @Test
  void templateRefusesALevelWithoutAreasAndABadYearByName(@TempDir Path dir) {
    Path xlsx = dir.resolve("t.xlsx");
    Run district = run("template", "--hierarchy", AREAS, "--level", "district", "--out", xlsx.toString());
    assertEquals(Potentia.BAD_INPUT, district.code());
    assertEquals("potentia: level: the hierarchy has no area at level 'district'", district.err().strip());
    Run year = run("template", "--hierarchy", AREAS, "--level", "province", "--year", "23", "--out", xlsx.toString());
    assertEquals(Potentia.BAD_INPUT, year.code());
    assertEquals("potentia: years[0]: year 23 must be in 1000..9999", year.err().strip());
    assertTrue(!Files.exists(xlsx), "nothing written");
    Run noOut = run("template", "--hierarchy", AREAS, "--level", "province");
    assertEquals(Potentia.BAD_INPUT, noOut.code());
    assertTrue(noOut.err().contains("Missing required option: '--out=FILE.xlsx'"), noOut.err());
  }
}
