package io.potentia.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.indicator.IndicatorCatalogue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON dataset reader reports every problem of a document at once, each with its JSON path. */
class DatasetJsonTest {
  private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.builtIn();

  private static InvalidInputException rejected(String json) {
    return assertThrows(InvalidInputException.class, () -> DatasetJson.read("data.json",
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), CATALOGUE));
  }

  private static String observation(String area, String indicator, int year, String value) {
    return "{\"area\": \"" + area + "\", \"indicator\": \"" + indicator + "\", \"year\": " + year + ", \"value\": "
        + value + "}";
  }

  @Test
  void aDocumentWithoutObservationsIsRefused() {
    InvalidInputException e = rejected("{\"labels\": [], \"observations\": []}");
    assertTrue(e.getMessage().contains("observations: the document has no observation"), e.getMessage());
  }

  @Test
  void anObservationGivenTwiceNamesBothPathsAndBothValues() {
    InvalidInputException e = rejected("{\"labels\": [], \"observations\": ["
        + observation("VN-HP", "economic.gdp", 2023, "3.0") + ", "
        + observation("VN-HN", "economic.gdp", 2023, "11.0") + ", "
        + observation("VN-HN", "economic.gdp", 2022, "10.0") + ", "
        + observation("VN-HN", "economic.gdp", 2023, "12.5") + "]}");
    assertEquals(List.of(new Problem("data.json", 0, 0, "observations[3]",
        "indicator 'economic.gdp' of area 'VN-HN' in 2023 is given twice: 12.5 (first at observations[1]: 11.0)")),
        e.problems());
  }

  @Test
  void anObservationGivenTwiceIsReportedWithTheDocumentsOtherProblems() {
    InvalidInputException e = rejected("{\"labels\": [], \"observations\": ["
        + observation("VN-HN", "economic.gdp", 2023, "11.0") + ", "
        + observation("VN-HN", "economic.gdpp", 2023, "1.0") + ", "
        + observation("VN-HN", "political.trust_government", 2023, "101") + ", "
        + observation("VN-HN", "economic.gdp", 2023, "null") + "]}");
    List<String> problems = e.problems().stream().map(Problem::toString).toList();
    assertEquals(List.of(
        "data.json: observations[1].indicator: indicator 'economic.gdpp' is not in catalogue '" + CATALOGUE.id() + "'",
        "data.json: observations[2].value: indicator 'political.trust_government' of area 'VN-HN' in 2023 is 101.0;"
            + " it must be in [0.0, 100.0]",
        "data.json: observations[3]: indicator 'economic.gdp' of area 'VN-HN' in 2023 is given twice: missing"
            + " (first at observations[0]: 11.0)"), problems);
  }

  /** Issue 15, item 5: the JSON readers stopped at the first wrong type. */
  @Test
  void everyWrongTypeAndUnknownFieldOfADatasetFileComesInOneErrorWithItsPlaceAndValue() {
    InvalidInputException e = rejected("""
        {"labels": ["survey"],
         "observations": [
           {"area": "VN-HN", "indicator": "economic.gdp", "year": 2023.5, "value": 11.0},
           {"area": "VN-HP", "indicator": "economic.gdp", "year": 2023, "value": "12.5"},
           {"area": "VN-DN", "indicator": "economic.gdp", "year": 2023, "value": 9.0, "unit": "bn"}]}
        """);
    assertEquals(List.of(
        "data.json:3:59: observations[0].year: expected a whole number, found the number 2023.5",
        "data.json:4:74: observations[1].value: expected a number, found the string \"12.5\"",
        "data.json:5:87: observations[2].unit: unknown field 'unit'; known: area, indicator, note, source, value, year"),
        e.problems().stream().map(Problem::toString).toList());
  }
}
