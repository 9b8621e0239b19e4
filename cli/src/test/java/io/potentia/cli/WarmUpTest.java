package io.potentia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.interop.MatrixCsv;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The warm-up's synthetic matrix is a file the reader reads whole, in every shape of number a U1
 * file has (so that the compiled reader meets no branch it was compiled without), and the switch
 * that asks for it takes effect or is refused by name.
 */
class WarmUpTest {
  @Test
  void theSyntheticFileIsAValidMatrixOfDistinctRowsInEveryShapeOfNumber() {
    byte[] file = WarmUp.syntheticFile(800, 40);
    MatrixCsv.Matrix matrix = MatrixCsv.read("warm-up", new ByteArrayInputStream(file));
    assertEquals(800, matrix.rows().size());
    assertEquals(40, matrix.names().size());
    assertEquals(800, new HashSet<>(matrix.rows()).size(), "every row its own id, as a repeat would be refused");
    List<String> cells = Arrays.stream(new String(file, StandardCharsets.US_ASCII).split("\n")).skip(1)
        .flatMap(line -> Arrays.stream(line.split(",")).skip(1)).toList();
    assertEquals(800 * 40, cells.size());
    for (int c = 0; c < cells.size(); c++) {
      assertEquals(Double.parseDouble(cells.get(c)), matrix.columns()[c % 40][c / 40], cells.get(c));
    }
    // the shapes its Javadoc promises: 6.24225, 12.2521, 385.053, 0.830382, 0.02345, 5.2, 12, -3.5e+06, 1.2e-05
    for (String shape : List.of("\\d\\.\\d{5}", "\\d{2}\\.\\d{4}", "\\d{3}\\.\\d{3}", "0\\.[1-9]\\d{5}", "0\\.0\\d{4}",
        "\\d\\.\\d{1,2}", "\\d{2}", "-\\d\\.\\de\\+06", "\\d\\.\\de-05", "-\\d\\.\\de-06", "\\d\\.\\de\\+05")) {
      Pattern p = Pattern.compile(shape);
      assertTrue(cells.stream().anyMatch(x -> p.matcher(x).matches()), "a number shaped " + shape);
    }
  }

  @Test
  void aSyntheticFileOfMoreRowsThanItsIdsCanNumberIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> WarmUp.syntheticFile(9_000_001, 1));
  }

  /** The switch is read as every switch is (SwitchPropertyTest); here, that it is the one the warm-up reads, with its own advice. */
  @Test
  void theReaderWarmUpIsSwitchedOnByTrueOffByNothingAndRefusesAnythingElseByName() throws Exception {
    TemporaryProperty.with(WarmUp.READER_PROPERTY, null, () -> assertFalse(WarmUp.readerWanted(), "not set: off"));
    TemporaryProperty.with(WarmUp.READER_PROPERTY, "TRUE", () -> assertTrue(WarmUp.readerWanted()));
    TemporaryProperty.with(WarmUp.READER_PROPERTY, "yes", () -> assertEquals("system property: potentia.warmReader: 'yes' is"
        + " neither true nor false; set -Dpotentia.warmReader=true to have the warm-up read a synthetic matrix first (for a"
        + " data file of several MB)", assertThrows(InvalidInputException.class, WarmUp::readerWanted).getMessage()));
  }
}
