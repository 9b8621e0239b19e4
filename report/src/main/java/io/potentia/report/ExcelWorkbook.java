package io.potentia.report;

import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.result.ScoreReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes score reports as an Excel workbook (with fastexcel, which streams the file without the
 * weight of Apache POI): one sheet per level of the framework (the index, the pillars, and so on
 * down to the indicators' normalised scores), one row per year and area; a sheet of ranks; and a
 * sheet with the methodology (spec, framework, tie policy, input hash). Written to a temporary
 * file and moved into place, so a failure leaves no half-written workbook.
 */
public final class ExcelWorkbook {
  private ExcelWorkbook() {}

  /**
   * Writes the workbook.
   *
   * @param reports the reports, one per year, oldest first; not empty
   * @param framework the framework that produced them, whose levels become the sheets
   * @param file the target; replaced whole, or left as it was if writing fails
   * @throws java.io.UncheckedIOException if the file cannot be written
   */
  public static void write(List<ScoreReport> reports, Framework framework, Path file) {
    Path target = file.toAbsolutePath();
    Path tmp = null;
    try {
      Files.createDirectories(target.getParent());
      tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        Workbook wb = new Workbook(out, "Potentia", "0.1");
        Map<Integer, List<String>> byDepth = new TreeMap<>();
        for (FrameworkNode node : framework.nodes()) {
          byDepth.computeIfAbsent(framework.depth(node.id()), k -> new ArrayList<>()).add(node.id());
        }
        for (Map.Entry<Integer, List<String>> level : byDepth.entrySet()) {
          table(wb.newWorksheet("Level " + level.getKey()), reports, level.getValue(), false);
        }
        List<String> ranked = new ArrayList<>(byDepth.getOrDefault(0, List.of()));
        ranked.addAll(byDepth.getOrDefault(1, List.of()));
        table(wb.newWorksheet("Ranks"), reports, ranked, true);
        Worksheet method = wb.newWorksheet("Methodology");
        ScoreReport last = reports.get(reports.size() - 1);
        String[][] rows = {{"framework", framework.id() + " (" + framework.name() + ")"},
            {"years", reports.get(0).year() + " to " + last.year()}, {"tie policy", last.tiePolicy().name()},
            {"input hash (SHA-256)", last.inputHash()}, {"spec", PotentiaJson.write(last.spec())}};
        for (int r = 0; r < rows.length; r++) {
          method.value(r, 0, rows[r][0]);
          method.value(r, 1, rows[r][1]);
        }
        wb.finish();
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    } finally {
      try {
        if (tmp != null) {
          Files.deleteIfExists(tmp);
        }
      } catch (IOException ignored) {
        // the move succeeded, or the write already failed with its own message
      }
    }
  }

  private static void table(Worksheet ws, List<ScoreReport> reports, List<String> nodes, boolean ranks) {
    ws.value(0, 0, "year");
    ws.value(0, 1, "area");
    for (int j = 0; j < nodes.size(); j++) {
      ws.value(0, 2 + j, nodes.get(j));
    }
    int row = 1;
    for (ScoreReport r : reports) {
      for (String area : r.areas()) {
        ws.value(row, 0, r.year());
        ws.value(row, 1, area);
        for (int j = 0; j < nodes.size(); j++) {
          double v = ranks ? r.rank(nodes.get(j), area) : r.score(nodes.get(j), area);
          if (!Double.isNaN(v)) {
            ws.value(row, 2 + j, v);
          }
        }
        row++;
      }
    }
  }
}
