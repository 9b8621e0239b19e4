package io.potentia.cli.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import io.potentia.core.data.DatasetCsv;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.scoring.spec.Strategies;
import io.potentia.scoring.validate.FileCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chapter 2, load and validate data: the regions {@code read}, {@code refused} and {@code check}. */
class Chapter02Test {
  private final IndicatorCatalogue catalogue = IndicatorCatalogue.builtIn();

  @Test
  void theBundledDataReadsWithItsHierarchy() {
    Path folder = Guide.DATA;
    // region::read
    AreaHierarchy areas = AreaHierarchy.read(folder.resolve("synthetic-areas.json"));
    Dataset data = DatasetCsv.read(folder.resolve("synthetic-dataset.csv"), catalogue); // long or wide form
    int provinces = areas.at(AreaLevel.PROVINCE).size();
    double trust = data.value("SYN-P01", "political.trust_government", 2023).orElseThrow();
    // end::read
    assertEquals(42, provinces);
    assertTrue(trust > 0);
    assertEquals(49, data.areaCount(), "the nation, 42 provinces and six communes");
  }

  @Test
  void aBadValueIsRefusedNamingFileLineFieldAndValue(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("data.csv");
    Files.writeString(file, "area,indicator,year,value\nSYN-P01,economic.gdp_per_capita,2023,abc\n");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> {
      // region::refused
      try {
        DatasetCsv.read(file, catalogue);
      } catch (InvalidInputException e2) {
        e2.problems().forEach(System.err::println);   // every problem, each with file, line, column and value
        throw e2;
      }
      // end::refused
    });
    assertTrue(e.getMessage().contains("data.csv") && e.getMessage().contains("'abc'"), e.getMessage());
  }

  @Test
  void validateReportsEveryProblemOfAFileOfAnyKind(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("data.csv");
    Files.writeString(file, "area,indicator,year,value\nSYN-P01,economic.gdp_per_capita,2023,abc\nSYN-P02,nope,2023,1\n");
    // region::check
    FileCheck.Result result = FileCheck.check(file, catalogue, Strategies.registry());
    System.out.println(result.kind());                // "dataset (CSV)", "framework", ...; "file" when it cannot tell
    result.problems().forEach(System.out::println);   // empty when the file is valid
    // end::check
    assertFalse(result.valid());
    assertEquals(2, result.problems().size(), result.problems().toString());
  }
}
