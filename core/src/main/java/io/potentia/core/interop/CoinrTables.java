package io.potentia.core.interop;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.core.indicator.Direction;
import io.potentia.core.indicator.Indicator;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.indicator.RollUp;
import io.potentia.core.indicator.Scale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an index defined in COINr's table form (Becker et al., the COINr R package, {@code
 * new_coin(iData, iMeta)}), so that analysts trained on the JRC tools can bring an existing index:
 *
 * <ul>
 *   <li>the indicator data table: a column {@code uCode} (the unit, an area), optionally {@code
 *       uName} and {@code Time} (the year), and one column per indicator code;
 *   <li>the indicator metadata table: {@code iCode}, {@code iName}, {@code Level} (1 for
 *       indicators, higher for aggregates), {@code Direction} (1 or -1), {@code Weight}, {@code
 *       Parent} (the code of the aggregate above; empty at the top) and {@code Type} ({@code
 *       Indicator}, {@code Aggregate}, or {@code Group}, {@code Denominator}, {@code Other}, which
 *       are not scored); optionally {@code Unit}.
 * </ul>
 *
 * <p>The result is a framework, a catalogue of its indicators (no potential is assumed for them)
 * and a dataset. Codes become ids by lower-casing and replacing other characters with {@code _}
 * ({@code ConEcFin} becomes {@code conecfin}). Without a {@code Time} column every value is given
 * the year passed in. Empty cells and {@code NA} are missing. Errors name the file, line, column,
 * code and bad value; codes that collide once lower-cased, indicators without data, data columns
 * without metadata, and parents that are not aggregates are rejected. A code, a column or a unit
 * and year given twice names the line or column of the first ({@code iData.csv:5:1: unit 'AA' in
 * 2021 is given twice (first at line 2)}); every problem found in the two tables comes in one error.
 */
public final class CoinrTables {
  private static final CsvFactory CSV = CsvFactory.builder().build();

  private CoinrTables() {}


  /**
   * Reads the two tables.
   *
   * @param data the indicator data table (CSV)
   * @param meta the indicator metadata table (CSV)
   * @param year the year of the values when the data has no {@code Time} column
   * @return the index
   * @throws InvalidInputException naming the file, line, column and problem
   */
  public static ImportedIndex read(Path data, Path meta, int year) {
    Table metaTable = Table.read(meta);
    Table dataTable = Table.read(data);
    List<Problem> problems = new ArrayList<>(metaTable.problems);
    problems.addAll(dataTable.problems);
    Map<String, String> idOf = new LinkedHashMap<>();
    Map<String, String> codeOfId = new HashMap<>();
    Map<String, Integer> rowOfId = new HashMap<>(); // id to the metadata row that gave it first
    List<Indicator> indicators = new ArrayList<>();
    List<FrameworkNode> nodes = new ArrayList<>();
    List<String> tops = new ArrayList<>();
    for (String column : List.of("iCode", "Level", "Parent", "Type")) {
      metaTable.require(column, problems);
    }
    if (!List.of("iCode", "Level", "Parent", "Type").stream().allMatch(metaTable::has)) {
      dataTable.require("uCode", problems);
      throw new InvalidInputException(problems); // the metadata cannot be read without them
    }
    Map<String, String> typeOf = new HashMap<>();
    for (int r = 0; r < metaTable.rows.size(); r++) {
      String code = metaTable.get(r, "iCode");
      String id = ImportedIndex.idOf(code);
      String previous = codeOfId.putIfAbsent(id, code);
      Integer first = rowOfId.putIfAbsent(id, r);
      if (previous != null) {
        problems.add(metaTable.problem(r, "iCode", (previous.equals(code) ? "code '" + code + "' is given twice"
            : "codes '" + previous + "' and '" + code + "' both become id '" + id + "'")
            + " (first at line " + metaTable.lines.get(first) + ")"));
      }
      idOf.put(code, id);
      typeOf.put(code, metaTable.get(r, "Type"));
    }
    for (int r = 0; r < metaTable.rows.size(); r++) {
      String code = metaTable.get(r, "iCode");
      String type = metaTable.get(r, "Type");
      if (!type.equals("Indicator") && !type.equals("Aggregate") || rowOfId.get(idOf.get(code)) != r) {
        continue; // not scored, or a repeat of an id, reported above
      }
      String parent = metaTable.get(r, "Parent");
      String name = metaTable.has("iName") && !metaTable.get(r, "iName").isBlank() ? metaTable.get(r, "iName") : code;
      double weight = metaTable.has("Weight") ? metaTable.number(r, "Weight", 1, problems) : 1;
      if (Double.isNaN(weight)) {
        weight = 1; // reported already; the row's other cells are still checked
      }
      FrameworkNode.Builder node = FrameworkNode.builder().id(idOf.get(code)).name(name).weight(weight);
      if (parent.isEmpty() || parent.equals("NA")) {
        tops.add(idOf.get(code));
      } else if (!"Aggregate".equals(typeOf.get(parent))) {
        problems.add(metaTable.problem(r, "Parent", "the parent '" + parent + "' of '" + code + "' is "
            + (typeOf.containsKey(parent) ? "of type " + typeOf.get(parent) : "not in the metadata") + "; it must be an Aggregate"));
        continue;
      } else {
        node.parent(idOf.get(parent));
      }
      if (type.equals("Indicator")) {
        double direction = metaTable.has("Direction") ? metaTable.number(r, "Direction", 1, problems) : 1;
        if (direction != 1 && direction != -1) {
          problems.add(metaTable.problem(r, "Direction", "Direction of '" + code + "' is " + direction + "; it must be 1 or -1"));
        }
        node.indicator(idOf.get(code));
        try {
          indicators.add(Indicator.builder().id(idOf.get(code)).name(name)
              .unit(metaTable.has("Unit") && !metaTable.get(r, "Unit").isBlank() ? metaTable.get(r, "Unit") : "as given")
              .direction(direction < 0 ? Direction.COST : Direction.BENEFIT).scale(Scale.INTERVAL).rollUp(RollUp.NOT_AGGREGABLE)
              .levels(EnumSet.allOf(AreaLevel.class)).description(name + " (COINr code " + code + ")").build());
        } catch (InvalidInputException e) {
          metaTable.rowProblems(r, e, problems);
        }
        if (!dataTable.has(code)) {
          problems.add(metaTable.problem(r, "iCode", "indicator '" + code + "' has no column in " + dataTable.file));
        }
      }
      try {
        nodes.add(node.build());
      } catch (InvalidInputException e) {
        metaTable.rowProblems(r, e, problems);
      }
    }
    if (tops.isEmpty()) {
      problems.add(Problem.inFile(meta.toString(), 0, 0, "no aggregate has an empty Parent: the index has no top"));
    }
    checkLevels(metaTable, idOf, typeOf, problems);
    dataTable.require("uCode", problems);
    for (String column : dataTable.header) {
      if (!List.of("uCode", "uName", "Time").contains(column) && !typeOf.containsKey(column)) {
        problems.add(Problem.inFile(data.toString(), 1, dataTable.header.indexOf(column) + 1, "column '" + column
            + "' is neither uCode, uName, Time nor a code of the metadata"));
      }
    }
    Dataset.Builder values = Dataset.builder().source(data.toString()).label("imported from COINr tables " + data.getFileName()
        + " and " + meta.getFileName());
    indicators.forEach(i -> values.indicator(i.id()));
    Map<String, Integer> rowOfUnit = new HashMap<>(); // unit and year to the data row that gave them first
    // the data's cells are checked even when the metadata has problems, so that one error lists them all
    for (int r = 0; r < dataTable.rows.size() && dataTable.has("uCode"); r++) {
      String unit = dataTable.get(r, "uCode");
      if (unit.isEmpty()) {
        problems.add(dataTable.problem(r, "uCode", "uCode is empty"));
        continue;
      }
      int y = year;
      if (dataTable.has("Time")) {
        double time = dataTable.number(r, "Time", year, problems);
        if (!Double.isNaN(time) && (time != Math.rint(time) || time < 1000 || time > 9999)) {
          problems.add(dataTable.problem(r, "Time", "Time: '" + dataTable.get(r, "Time") + "' is not a year in 1000..9999"));
        }
        // a bad year is a problem already; the row's cells are still checked, and nothing is kept
        y = Double.isNaN(time) || time != Math.rint(time) || time < 1000 || time > 9999 ? -1 : (int) time;
      }
      if (y > 0) {
        Integer first = rowOfUnit.putIfAbsent(unit + "\u0000" + y, r);
        if (first != null) {
          problems.add(dataTable.problem(r, "uCode", "unit '" + unit + "'" + (dataTable.has("Time") ? " in " + y : "")
              + " is given twice (first at line " + dataTable.lines.get(first) + ")"));
          continue; // its values would be given twice too
        }
      }
      for (Indicator indicator : indicators) {
        String code = codeOfId.get(indicator.id());
        if (!dataTable.has(code)) {
          continue; // reported with the metadata
        }
        String text = dataTable.get(r, code);
        if (text.isEmpty() || text.equals("NA")) {
          if (y > 0) {
            values.putMissing(unit, indicator.id(), y);
          }
        } else {
          double v = dataTable.number(r, code, Double.NaN, problems);
          if (!Double.isNaN(v) && y > 0) {
            values.put(unit, indicator.id(), y, v);
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (tops.size() > 1) {
      nodes.add(0, FrameworkNode.builder().id("index").name("Index").build());
      List<FrameworkNode> reparented = new ArrayList<>();
      for (FrameworkNode n : nodes) {
        reparented.add(tops.contains(n.id()) ? FrameworkNode.builder().from(n).parent("index").build() : n);
      }
      nodes = reparented;
    }
    IndicatorCatalogue catalogue = IndicatorCatalogue.builder().id("coinr." + meta.getFileName().toString()
        .replaceAll("[^A-Za-z0-9]", "_").toLowerCase(Locale.ROOT)).indicators(indicators).build();
    Framework framework = Framework.builder().id("coinr").name("Index from " + meta.getFileName()).nodes(nodes).build();
    return new ImportedIndex(framework.checkAgainst(catalogue), catalogue, values.build());
  }

  /** A CSV table with a header, each row with the line it started on. */
  private static final class Table {
    final String file;
    final List<String> header = new ArrayList<>();
    final List<List<String>> rows = new ArrayList<>();
    final List<Integer> lines = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>(); // of the rows and the header, which are left out

    private Table(String file) {
      this.file = file;
    }

    static Table read(Path path) {
      Table t = new Table(path.toString());
      try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
          CsvParser csv = (CsvParser) CSV.createParser(in)) {
        csv.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        csv.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        JsonToken token = csv.nextToken(); // the array that wraps the file
        while (token != null && (token = csv.nextToken()) == JsonToken.START_ARRAY) {
          List<String> cells = new ArrayList<>();
          int line = 0;
          while (csv.nextToken() == JsonToken.VALUE_STRING) {
            if (line == 0) {
              line = csv.currentTokenLocation().getLineNr();
            }
            cells.add(csv.getText().strip());
          }
          if (t.header.isEmpty()) {
            cells.set(0, cells.get(0).replace("\uFEFF", ""));
            t.header.addAll(cells);
            for (int c = 0; c < cells.size(); c++) {
              int first = cells.indexOf(cells.get(c));
              if (first != c) {
                t.problems.add(Problem.inFile(t.file, line, c + 1, "column '" + cells.get(c)
                    + "' appears twice in the header (first at column " + (first + 1) + ")"));
              }
            }
          } else if (cells.size() != t.header.size()) {
            t.problems.add(Problem.inFile(t.file, line, 0, "the row has " + cells.size() + " fields; the header has "
                + t.header.size()));
          } else {
            t.rows.add(cells);
            t.lines.add(line);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
      }
      if (t.header.isEmpty()) {
        throw InvalidInputException.of(Problem.inFile(t.file, 1, 0, "the file has no header row"));
      }
      return t;
    }

    boolean has(String column) {
      return header.contains(column);
    }

    void require(String column, List<Problem> problems) {
      if (!has(column)) {
        problems.add(Problem.inFile(file, 1, 0, "the header has no '" + column + "' column; it has " + header));
      }
    }

    String get(int row, String column) {
      return rows.get(row).get(header.indexOf(column));
    }

    double number(int row, String column, double fallback, List<Problem> problems) {
      String text = get(row, column);
      if (text.isEmpty() || text.equals("NA")) {
        return fallback;
      }
      try {
        double v = Double.parseDouble(text);
        if (Double.isFinite(v)) {
          return v;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      problems.add(problem(row, column, column + ": '" + text + "' is not a finite number"));
      return Double.NaN;
    }

    Problem problem(int row, String column, String message) {
      return Problem.inFile(file, lines.get(row), header.indexOf(column) + 1, message);
    }

    /** Records the problems of a model built from a row: a weight's at the Weight column, others at the code. */
    void rowProblems(int row, InvalidInputException e, List<Problem> problems) {
      for (Problem p : e.problems()) {
        problems.add(problem(row, p.path().equals("weight") ? "Weight" : "iCode", p.message()));
      }
    }
  }

  /**
   * The {@code Level} column against the structure: an indicator is at level 1 and a parent one
   * level above each of its children (COINr's convention); a level that says otherwise is an error
   * in the file, not a detail to pass over.
   */
  private static void checkLevels(Table metaTable, Map<String, String> idOf, Map<String, String> typeOf,
      List<Problem> problems) {
    Map<String, Double> levelOf = new HashMap<>();
    for (int r = 0; r < metaTable.rows.size(); r++) {
      String type = metaTable.get(r, "Type");
      if (type.equals("Indicator") || type.equals("Aggregate")) {
        double level = metaTable.number(r, "Level", 1, problems);
        if (!Double.isNaN(level) && (level != Math.rint(level) || level < 1)) {
          problems.add(metaTable.problem(r, "Level", "Level of '" + metaTable.get(r, "iCode") + "' is " + level
              + "; it must be a whole number from 1"));
          continue;
        }
        levelOf.putIfAbsent(metaTable.get(r, "iCode"), level);
        if (type.equals("Indicator") && !Double.isNaN(level) && level != 1) {
          problems.add(metaTable.problem(r, "Level", "indicator '" + metaTable.get(r, "iCode") + "' is at Level "
              + (int) level + "; indicators are at level 1"));
        }
      }
    }
    for (int r = 0; r < metaTable.rows.size(); r++) {
      String code = metaTable.get(r, "iCode");
      String parent = metaTable.get(r, "Parent");
      Double level = levelOf.get(code);
      Double above = levelOf.get(parent);
      if (level != null && above != null && !level.isNaN() && !above.isNaN() && "Aggregate".equals(typeOf.get(parent))
          && above != level + 1) {
        problems.add(metaTable.problem(r, "Level", "'" + code + "' is at Level " + level.intValue() + " under '" + parent
            + "' at Level " + above.intValue() + "; a parent is one level above its children"));
      }
    }
  }

}
