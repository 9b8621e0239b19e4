package io.potentia.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.indicator.IndicatorCatalogue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetCsvTest {
  private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.builtIn();

  private static Dataset read(String csv) {
    return DatasetCsv.read("data.csv", new StringReader(csv), CATALOGUE);
  }

  private static InvalidInputException rejected(String csv) {
    return assertThrows(InvalidInputException.class, () -> read(csv));
  }

  /**
   * Every way a value cell is read gives the number Double.parseDouble gives: a plain decimal, one
   * amid spaces, one of 17 significant digits (past the fast path), an exponent; NA and an empty
   * cell are missing; a value outside the catalogue's range, and an indicator the catalogue lacks,
   * are refused naming them.
   */
  @Test
  void everyFormOfAValueCellReadsAsTheLibraryReadsIt() {
    Dataset d = read("area,year,political.trust_government,political.government_effectiveness\n"
        + "P1,2023, 12.5 ,0.12345678901234567\nP2,2023,NA,1.5e-1\nP3,2023,,-0.25\n");
    assertEquals(OptionalDouble.of(12.5), d.value("P1", "political.trust_government", 2023));
    assertEquals(OptionalDouble.of(Double.parseDouble("0.12345678901234567")),
        d.value("P1", "political.government_effectiveness", 2023));
    assertEquals(OptionalDouble.of(0.15), d.value("P2", "political.government_effectiveness", 2023));
    assertEquals(OptionalDouble.of(-0.25), d.value("P3", "political.government_effectiveness", 2023));
    assertEquals(OptionalDouble.empty(), d.value("P2", "political.trust_government", 2023));
    assertEquals(OptionalDouble.empty(), d.value("P3", "political.trust_government", 2023));
    InvalidInputException e = rejected("area,year,political.trust_government,political.government_effectiveness\n"
        + "P1,2023,101,0.5\nP2,2023, 150 ,3.5e0\n");
    assertTrue(e.getMessage().contains("data.csv:2:3") && e.getMessage().contains("101"), e.getMessage());
    assertTrue(e.getMessage().contains("data.csv:3:3") && e.getMessage().contains("150"), e.getMessage());
    assertTrue(e.getMessage().contains("data.csv:3:4") && e.getMessage().contains("3.5"), e.getMessage());
    e = rejected("area,year,no.such_indicator\nP1,2023,1\n");
    assertTrue(e.getMessage().contains("no.such_indicator"), e.getMessage());
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedAtTheBadBytesLineAndColumn(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path file = dir.resolve("latin1.csv");
    java.nio.file.Files.write(file, "area,indicator,year,value\nP1,economic.gdp,2023,1\nH\u00e0,economic.gdp,2023,2\n"
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> DatasetCsv.read(file));
    assertTrue(e.getMessage().contains("latin1.csv:3:2: the file is not valid UTF-8: byte 0xE0 does not begin or"
        + " continue a UTF-8 character"), e.getMessage());
    assertTrue(!e.getMessage().contains("java."), "no Java internals: " + e.getMessage());
  }

  @Test
  void aHeaderWithoutDataRowsIsRefusedNotReadAsAnEmptyDataset() {
    InvalidInputException e = rejected("# label\narea,indicator,year,value\n");
    assertTrue(e.getMessage().contains("data.csv:3: the file has a header but no data rows"), e.getMessage());
    e = rejected("area,year,economic.gdp\n\n");
    assertTrue(e.getMessage().contains("data.csv:2: the file has a header but no data rows"), e.getMessage());
  }

  @Test
  void aLabelLineOfAnyLengthIsRead() {
    String label = "x".repeat(100_000);
    Dataset d = read("\uFEFF# " + label + "\n#second\narea,indicator,year,value\nP1,economic.gdp,2023,1\n");
    assertEquals(List.of(label, "second"), d.labels());
  }

  @Test
  void aRowOfMoreFieldsThanADatasetCanHaveIsRejectedNamingTheLimit() {
    StringBuilder header = new StringBuilder("area,year");
    for (int k = 0; k < DatasetCsv.MAX_FIELDS; k++) {
      header.append(",i").append(k);
    }
    InvalidInputException e = rejected(header + "\nP1,2023\n");
    assertTrue(e.getMessage().contains("data.csv:1:100001: the row has more than 100000 fields"), e.getMessage());
  }

  @Test
  void theLongFormCarriesValuesMissingMarkersAndProvenance() {
    Dataset d = read("""
        # SYNTHETIC DATA
        area,indicator,year,value,source,note
        P1,economic.gdp,2023,1500.5,GSO,provisional
        P1,economic.gdp,2022,NA,,
        P2,economic.gdp,2023,,,
        """);
    assertEquals(List.of("SYNTHETIC DATA"), d.labels());
    assertEquals(OptionalDouble.of(1500.5), d.value("P1", "economic.gdp", 2023));
    assertEquals(OptionalDouble.empty(), d.value("P1", "economic.gdp", 2022));
    assertEquals(Provenance.of("GSO", "provisional"), d.provenance("P1", "economic.gdp", 2023).orElseThrow());
    assertTrue(d.provenance("P2", "economic.gdp", 2023).isEmpty());
  }

  @Test
  void theWideFormHasOneRowPerAreaAndYear() {
    Dataset d = read("area,year,economic.gdp,military.combat_readiness\r\nP1,2023,100,3\r\nP2,2023,,5\r\n");
    assertEquals(OptionalDouble.of(3), d.value("P1", "military.combat_readiness", 2023));
    assertEquals(OptionalDouble.empty(), d.value("P2", "economic.gdp", 2023));
  }

  @Test
  void aByteOrderMarkAndQuotedCellsAreAccepted() {
    Dataset d = read("\uFEFFarea,year,economic.gdp\n\"P,1\",2023,\"7\"\n");
    assertEquals(OptionalDouble.of(7), d.value("P,1", "economic.gdp", 2023));
  }

  @Test
  void aBadNumberIsReportedWithFileLineColumnAreaIndicatorAndText() {
    InvalidInputException e = rejected("area,year,economic.gdp\nP1,2023,12x\n");
    Problem p = e.problems().get(0);
    assertEquals(new Problem("data.csv", 2, 3, "", p.message()), p);
    assertTrue(p.message().contains("indicator 'economic.gdp' for area 'P1' in 2023: '12x' is not a number"), p.message());
    assertTrue(e.getMessage().startsWith("data.csv:2:3: "), e.getMessage());
  }

  @Test
  void javaOnlyNumberSyntaxIsNotAccepted() {
    for (String bad : List.of("0x1p3", "1d", "Infinity", "NaN", "1e999")) {
      InvalidInputException e = rejected("area,year,economic.gdp\nP1,2023," + bad + "\n");
      assertEquals(2, e.problems().get(0).line(), bad);
    }
  }

  @Test
  void aValueOutsideItsRangeNamesTheRule() {
    InvalidInputException e = rejected("area,indicator,year,value\nP1,political.trust_government,2023,101\n");
    assertEquals("data.csv:2:4: indicator 'political.trust_government' of area 'P1' in 2023 is 101.0; it must be in [0.0, 100.0]",
        e.problems().get(0).toString());
  }

  @Test
  void everyBadRowIsReportedNotOnlyTheFirst() {
    InvalidInputException e = rejected("""
        area,indicator,year,value
        P1,economic.gdp,twenty,1
        P1,economic.gdpp,2023,1
        P1,economic.gdp,2023
        """);
    assertEquals(3, e.problems().size(), e.getMessage());
    assertTrue(e.problems().get(0).message().contains("'twenty' is not a year"));
    assertTrue(e.problems().get(1).message().contains("'economic.gdpp' is not in catalogue"));
    assertTrue(e.problems().get(2).message().contains("the row has 3 fields; the header has 4"));
  }

  @Test
  void aDuplicateCellNamesBothLinesAndBothValues() {
    InvalidInputException e = rejected("area,indicator,year,value\nP1,economic.gdp,2023,1\nP1,economic.gdp,2023,2\n");
    assertEquals(3, e.problems().get(0).line());
    assertEquals("data.csv:3:4: indicator 'economic.gdp' of area 'P1' in 2023 is given twice: 2.0"
        + " (first at line 2, column 4: 1.0)", e.getMessage());
  }

  /** Issue 15, item 5: the duplicate row used to be missing from a file with other faults. */
  @Test
  void aDuplicateRowIsListedWithEveryOtherProblemOfTheFileInLineOrder() {
    InvalidInputException e = rejected("""
        area,indicator,year,value
        VN-HN,economic.gdp,2023,11.0
        VN-HN,economic.gdpp,2023,1
        VN-HP,economic.gdp,2023,12x
        VN-DN,economic.gdp,,5
        VN-HN,economic.gdp,2023,12.5
        """);
    List<String> problems = e.problems().stream().map(Problem::toString).toList();
    assertEquals(List.of(
        "data.csv:3:2: indicator 'economic.gdpp' is not in catalogue '" + CATALOGUE.id() + "'",
        "data.csv:4:4: value of indicator 'economic.gdp' for area 'VN-HP' in 2023: '12x' is not a number"
            + " (leave the cell empty or write NA when missing)",
        "data.csv:5:3: year is empty",
        "data.csv:6:4: indicator 'economic.gdp' of area 'VN-HN' in 2023 is given twice: 12.5"
            + " (first at line 2, column 4: 11.0)"), problems);
  }

  @Test
  void aRepeatedAreaAndYearOfTheWideFormNamesEachCellWithItsColumnAndBothValues() {
    InvalidInputException e = rejected("""
        area,year,economic.gdp,military.combat_readiness
        P1,2023,100,3
        P2,2023,lots,5
        P1,2023,120,
        """);
    List<String> problems = e.problems().stream().map(Problem::toString).toList();
    assertEquals(List.of(
        "data.csv:3:3: value of indicator 'economic.gdp' for area 'P2' in 2023: 'lots' is not a number"
            + " (leave the cell empty or write NA when missing)",
        "data.csv:4:3: indicator 'economic.gdp' of area 'P1' in 2023 is given twice: 120.0"
            + " (first at line 2, column 3: 100.0)",
        "data.csv:4:4: indicator 'military.combat_readiness' of area 'P1' in 2023 is given twice: missing"
            + " (first at line 2, column 4: 3.0)"), problems);
  }

  @Test
  void aHeaderWithoutAreaOrWithARepeatedIndicatorIsRejected() {
    assertTrue(rejected("region,year,economic.gdp\nP1,2023,1\n").getMessage().contains("no 'area' column"));
    assertTrue(rejected("area,year,economic.gdp,economic.gdp\nP1,2023,1,2\n").getMessage()
        .contains("header of columns 3 and 4"));
  }

  /** Each problem's line and column (the 1-based field) are exact, in both forms, after two label lines. */
  @Test
  void everyProblemNamesItsExactLineAndField() {
    String longForm = """
        # a label
        # another
        area,indicator,year,value,source,note
        P1,economic.gdp,2023,1
        ,economic.gdp,2023,1,,
        P1,,2023,1,,
        P1,economic.gdp,20x3,1,,
        P1,economic.gdp,2023,1e999,,
        P1,no.such,2023,1,,
        P1,economic.gdp,999,1,,
        P1,economic.gdp,10000,1,,
        """;
    String m = rejected(longForm).getMessage();
    String header = rejected("# a label\narea,indicator,year,value,source,colour\n").getMessage();
    assertTrue(header.contains("data.csv:2:6: unknown column 'colour'"), header);
    assertTrue(m.contains("data.csv:4: the row has 4 fields; the header has 6"), m);
    assertTrue(m.contains("data.csv:5:1: area is empty"), m);
    assertTrue(m.contains("data.csv:6:2: indicator is empty"), m);
    assertTrue(m.contains("data.csv:7:3: year: '20x3' is not a year"), m);
    assertTrue(m.contains("data.csv:8:4:"), m);
    assertTrue(m.contains("data.csv:9:2:"), m);
    assertTrue(m.contains("data.csv:10:3: year: '999' is not a year in 1000..9999"), m);
    assertTrue(m.contains("data.csv:11:3: year: '10000' is not a year in 1000..9999"), m);

    String wideHeader = rejected("# a label\nyear,area,economic.gdp,,economic.gdp,no.such\n").getMessage();
    assertTrue(wideHeader.contains("data.csv:2:4: the header of column 4 is empty"), wideHeader);
    assertTrue(wideHeader.contains("data.csv:2:5: indicator 'economic.gdp' is the header of columns 3 and 5"), wideHeader);
    assertTrue(wideHeader.contains("data.csv:2:6:"), wideHeader);
    String wideForm = """
        # a label
        year,area,economic.gdp,military.combat_readiness
        2023,P1,1
        2023,,1,2
        20x3,P1,1,2
        2023,P1,lots,2
        """;
    String w = rejected(wideForm).getMessage();
    assertTrue(w.contains("data.csv:3: the row has 3 fields; the header has 4"), w);
    assertTrue(w.contains("data.csv:4:2: area is empty"), w);
    assertTrue(w.contains("data.csv:5:1: year: '20x3'"), w);
    assertTrue(w.contains("data.csv:6:3: value of indicator 'economic.gdp' for area 'P1' in 2023: 'lots' is not a number"), w);
  }

  /** Rows and columns for people, as a data-entry template has them: a first cell or a header starting with #. */
  @Test
  void commentRowsAfterTheHeaderAndCommentColumnsAreNotRead() {
    Dataset wide = read("""
        # SYNTHETIC
        area,# name,year,economic.gdp
        # unit,,,VND bn
        P1,"Province one, north",2023,5
        # direction,,,benefit
        P2,,2023,
        """);
    assertEquals(List.of("SYNTHETIC"), wide.labels());
    assertEquals(List.of("economic.gdp"), wide.indicators());
    assertEquals(List.of("P1", "P2"), wide.areas());
    assertEquals(OptionalDouble.of(5), wide.value("P1", "economic.gdp", 2023));
    Dataset longForm = read("area,indicator,year,value,#checked by\nP1,economic.gdp,2023,7,Lan\n#,,,,\n");
    assertEquals(OptionalDouble.of(7), longForm.value("P1", "economic.gdp", 2023));
    assertEquals(1, longForm.areaCount());
  }

  @Test
  void anEmptyYearIsReportedAsEmpty() {
    assertEquals(List.of("data.csv:2:2: year is empty", "data.csv:3:2: year is empty"),
        rejected("area,year,economic.gdp\nP1,,1\nP2,  ,1\n").problems().stream().map(Problem::toString).toList());
  }

  @Test
  void yearsAtTheEdgesOfTheRangeAreAccepted() {
    Dataset d = read("area,indicator,year,value\nP1,economic.gdp,1000,1\nP1,economic.gdp,9999,2\n");
    assertEquals(OptionalDouble.of(1), d.value("P1", "economic.gdp", 1000));
    assertEquals(OptionalDouble.of(2), d.value("P1", "economic.gdp", 9999));
  }

  @Test
  void anEmptyFileHasNoHeader() {
    assertTrue(rejected("").getMessage().contains("no header row"));
  }

  @Test
  void bytesThatAreNotUtf8AreRejectedNamingTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("latin1.csv");
    Files.write(file, "area,year,economic.gdp\nH\u00e0 N\u1ed9i,2023,1\n".getBytes(StandardCharsets.ISO_8859_1));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> DatasetCsv.read(file));
    assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains("not valid UTF-8"), e.getMessage());
  }

  @Test
  void longFormAndJsonRoundTripEveryValueBitForBit(@TempDir Path dir) {
    Dataset original = randomDataset(new SplittableRandom(20261122L), true);
    Path csv = dir.resolve("long.csv");
    DatasetCsv.writeLong(original, csv);
    assertEquals(original, DatasetCsv.read(csv));
    Path json = dir.resolve("data.json");
    DatasetJson.write(original, json);
    assertEquals(original, DatasetJson.read(json, null));
  }

  @Test
  void theWideFormRoundTripsValuesAndMissingMarkers(@TempDir Path dir) {
    Dataset original = randomDataset(new SplittableRandom(7L), false);
    Path csv = dir.resolve("wide.csv");
    DatasetCsv.writeWide(original, csv);
    assertEquals(original, DatasetCsv.read(csv));
  }

  /** Values of every magnitude, subnormals and negative zero included, with gaps and provenance. */
  static Dataset randomDataset(SplittableRandom rng, boolean provenance) {
    Dataset.Builder b = Dataset.builder().label("random test data").label("seeded");
    double[] special = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_NORMAL, Double.MAX_VALUE, 1e-300, 0.1 + 0.2};
    for (int y = 2020; y < 2023; y++) {
      for (int a = 0; a < 7; a++) {
        for (int i = 0; i < 5; i++) {
          double r = rng.nextDouble();
          if (r < 0.15) {
            b.putMissing("A" + a, "x.i" + i, y);
            continue;
          }
          double v = r < 0.3 ? special[rng.nextInt(special.length)]
              : Double.longBitsToDouble(rng.nextLong()) % 1e12;
          if (!Double.isFinite(v)) {
            v = rng.nextGaussian();
          }
          if (provenance && rng.nextBoolean()) {
            b.add(Observation.builder().area("A" + a).indicator("x.i" + i).year(y).value(v)
                .source("source, \"quoted\"" + rng.nextInt(3)).build());
          } else {
            b.put("A" + a, "x.i" + i, y, v);
          }
        }
      }
    }
    return b.build();
  }

  @Test
  void aWideFileOfManyChunksReadsAsItsValuesGivenOneByOne() {
    // 431 areas x 120 indicators x 2 years: 103,440 values, over three chunks of the builder, whose
    // keys are then held as runs; 3% of the cells empty, the second year's rows in the other order
    SplittableRandom random = new SplittableRandom(29);
    StringBuilder csv = new StringBuilder("area,year");
    for (int i = 0; i < 120; i++) {
      csv.append(",x.i").append(i);
    }
    csv.append('\n');
    Dataset.Builder expected = Dataset.builder();
    for (int i = 0; i < 120; i++) {
      expected.indicator("x.i" + i);
    }
    for (int y = 2020; y <= 2021; y++) {
      for (int k = 0; k < 431; k++) {
        int a = y == 2020 ? k : 430 - k;
        csv.append("P").append(a).append(',').append(y);
        for (int i = 0; i < 120; i++) {
          csv.append(',');
          if (random.nextInt(100) < 3) {
            expected.putMissing("P" + a, "x.i" + i, y);
          } else {
            double v = Math.round(random.nextDouble() * 1e7) / 1e3;
            csv.append(v);
            expected.put("P" + a, "x.i" + i, y, v);
          }
        }
        csv.append('\n');
      }
    }
    Dataset read = DatasetCsv.read("wide.csv", new StringReader(csv.toString()), null);
    assertEquals(expected.build(), read);
    assertEquals(431 * 120 * 2, read.cellCount());
  }
}
