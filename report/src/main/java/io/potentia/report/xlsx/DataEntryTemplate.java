package io.potentia.report.xlsx;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.area.Area;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.core.indicator.Indicator;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.json.AtomicFiles;
import io.potentia.core.potential.Dimension;
import io.potentia.scoring.ScoringPipeline;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.CellAddress;

/**
 * A workbook for entering the data of one level of areas, to be filled in by hand and read back by
 * {@link DatasetXlsx} as it is.
 *
 * <p>The first sheet, {@value #DATA_SHEET}, is the wide form of {@link
 * io.potentia.core.data.DatasetTable}: the header {@code area, # name, year} and one column per
 * indicator the scoring pipeline reads ({@link io.potentia.scoring.engine.Plan#indicatorsRead()}:
 * the framework's indicators, then those a leaf is divided by); under it four comment rows (first
 * cell starting with {@code #}, so not read) give each indicator's name, unit, direction and valid
 * values; then one row per area of the level (its id, and its name in the comment column), for
 * each year asked for, or once with the year left to fill in. The header and the areas are frozen
 * in view. The second sheet, {@value #INDICATORS_SHEET}, explains each indicator: its column, id,
 * name, unit, direction, valid values, dimension, place in the framework, the levels at which it
 * applies, its usual source and its description, with how to fill the workbook in.
 *
 * <p>Data validation: every value cell of an area row takes only a number within its indicator's
 * valid range, or the text {@code NA}, or nothing; every year cell a whole number in 1000..9999.
 * fastexcel writes these as custom-formula validations ({@code OR(D6="NA",AND(ISNUMBER(D6),
 * D6>=0,100>=D6))}), which spreadsheet programs enforce as values are typed; they cover the
 * template's area rows only, and a value pasted in escapes them, as in any workbook. The reader
 * checks every value again.
 */
public final class DataEntryTemplate {
  /** The name of the sheet that holds the data. */
  public static final String DATA_SHEET = "Data";

  /** The name of the sheet that explains the indicators. */
  public static final String INDICATORS_SHEET = "Indicators";

  /** The 0-based row of the first area: under the header and the four comment rows. */
  public static final int FIRST_AREA_ROW = 5;

  /** The 0-based column of the first indicator: after area, name and year. */
  public static final int FIRST_INDICATOR_COLUMN = 3;

  private final Framework framework;
  private final List<Indicator> indicators;
  private final AreaLevel level;
  private final List<Area> areas;
  private final List<Integer> years;

  private DataEntryTemplate(Framework framework, List<Indicator> indicators, AreaLevel level, List<Area> areas,
      List<Integer> years) {
    this.framework = framework;
    this.indicators = indicators;
    this.level = level;
    this.areas = areas;
    this.years = years;
  }

  /**
   * The template of the indicators a pipeline reads, for the areas of one level, with the year left
   * to fill in.
   *
   * @param pipeline the pipeline whose framework, spec and catalogue say which indicators are read
   * @param hierarchy the areas
   * @param level the level whose areas get a row each
   * @return the template
   * @throws InvalidInputException if the hierarchy has no area at the level
   */
  public static DataEntryTemplate of(ScoringPipeline pipeline, AreaHierarchy hierarchy, AreaLevel level) {
    List<Area> areas = hierarchy.at(level);
    if (areas.isEmpty()) {
      throw InvalidInputException.at("level", "the hierarchy has no area at level '" + level.id() + "'");
    }
    IndicatorCatalogue catalogue = pipeline.catalogue();
    List<Indicator> indicators = pipeline.plan().indicatorsRead().stream().map(catalogue::get).toList();
    return new DataEntryTemplate(pipeline.plan().framework(), indicators, level, List.copyOf(areas), List.of());
  }

  /**
   * The same template with the years filled in: one row per area for each year, year by year.
   *
   * @param newYears the years, each in 1000..9999, none twice; empty to leave the year to fill in
   * @return the template
   * @throws InvalidInputException naming a year out of range or given twice
   */
  public DataEntryTemplate withYears(List<Integer> newYears) {
    List<Problem> problems = new ArrayList<>();
    TreeSet<Integer> seen = new TreeSet<>();
    for (int i = 0; i < newYears.size(); i++) {
      int y = newYears.get(i);
      if (y < 1000 || y > 9999) {
        problems.add(Problem.at("years[" + i + "]", "year " + y + " must be in 1000..9999"));
      } else if (!seen.add(y)) {
        problems.add(Problem.at("years[" + i + "]", "year " + y + " is given twice"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new DataEntryTemplate(framework, indicators, level, areas, List.copyOf(newYears));
  }

  /**
   * The indicators, in the order of their columns.
   *
   * @return the indicators
   */
  public List<Indicator> indicators() {
    return indicators;
  }

  /**
   * The areas, in the order of their rows (repeated for each year).
   *
   * @return the areas
   */
  public List<Area> areas() {
    return areas;
  }

  /**
   * Writes the workbook, through a temporary file and an atomic move.
   *
   * @param file the target, usually {@code NAME.xlsx}
   * @throws java.io.UncheckedIOException if the file cannot be written; the target is then unchanged
   */
  public void write(Path file) {
    AtomicFiles.writeStream(file, out -> {
      Workbook wb = new Workbook(out, "Potentia", "0.1");
      data(wb.newWorksheet(DATA_SHEET));
      explanation(wb.newWorksheet(INDICATORS_SHEET));
      wb.finish();
    });
  }

  private void data(Worksheet ws) {
    String[] notes = {"# indicator name", "# unit", "# direction", "# valid values"};
    ws.value(0, 0, "area");
    ws.value(0, 1, "# name");
    ws.value(0, 2, "year");
    for (int r = 0; r < notes.length; r++) {
      ws.value(r + 1, 0, notes[r]);
    }
    for (int i = 0; i < indicators.size(); i++) {
      Indicator ind = indicators.get(i);
      int c = FIRST_INDICATOR_COLUMN + i;
      ws.value(0, c, ind.id());
      ws.value(1, c, ind.name());
      ws.value(2, c, ind.unit());
      ws.value(3, c, direction(ind));
      ws.value(4, c, validValues(ind));
      ws.width(c, Math.min(40, Math.max(14, ind.id().length() + 2)));
    }
    int last = FIRST_INDICATOR_COLUMN + indicators.size() - 1;
    ws.range(0, 0, 0, last).style().bold().fillColor("DDEBF7").set();
    ws.range(1, 0, FIRST_AREA_ROW - 1, last).style().italic().fontColor("595959").fillColor("F2F2F2").wrapText(true).set();
    ws.width(0, 14);
    ws.width(1, 24);
    ws.width(2, 8);
    int row = FIRST_AREA_ROW;
    for (Integer year : years.isEmpty() ? Collections.<Integer>singletonList(null) : years) { // null: left to fill in
      for (Area area : areas) {
        ws.value(row, 0, area.id());
        ws.value(row, 1, area.name());
        if (year != null) {
          ws.value(row, 2, year);
        }
        row++;
      }
    }
    int lastRow = row - 1;
    ws.range(FIRST_AREA_ROW, 1, lastRow, 1).style().italic().fontColor("595959").set();
    ws.freezePane(FIRST_INDICATOR_COLUMN, FIRST_AREA_ROW);
    String yearCell = cell(FIRST_AREA_ROW, 2);
    ws.range(FIRST_AREA_ROW, 2, lastRow, 2)
        .validateWithFormula("AND(ISNUMBER(" + yearCell + ")," + yearCell + "=INT(" + yearCell + ")," + yearCell
            + ">=1000,9999>=" + yearCell + ")") // no "<": see rangeFormula
        .allowBlank(true).errorStyle(DataValidationErrorStyle.STOP).showErrorMessage(true)
        .errorTitle("year").error(escaped("A year is a whole number in 1000..9999."));
    for (int i = 0; i < indicators.size(); i++) {
      Indicator ind = indicators.get(i);
      int c = FIRST_INDICATOR_COLUMN + i;
      ws.range(FIRST_AREA_ROW, c, lastRow, c).validateWithFormula(rangeFormula(ind, cell(FIRST_AREA_ROW, c)))
          .allowBlank(true).errorStyle(DataValidationErrorStyle.STOP).showErrorMessage(true)
          .errorTitle(escaped(clip(ind.id(), 32)))
          .error(escaped(clip(ind.name() + " (" + ind.unit() + "): " + validValues(ind)
              + ". Leave the cell empty or write NA when the value is missing.", 225)));
    }
  }

  /**
   * Excel's validation formula: NA, or a number within the indicator's valid range. Every
   * comparison is written with {@code >=}: fastexcel 0.19 puts the formula into the sheet's XML
   * unescaped, where a {@code <} would break the file.
   */
  static String rangeFormula(Indicator ind, String cell) {
    StringBuilder number = new StringBuilder("ISNUMBER(" + cell + ")");
    ind.validRange().min().ifPresent(min -> number.append(',').append(cell).append(">=").append(decimal(min)));
    ind.validRange().max().ifPresent(max -> number.append(',').append(decimal(max)).append(">=").append(cell));
    return "OR(" + cell + "=\"NA\",AND(" + number + "))";
  }

  private void explanation(Worksheet ws) {
    String[] intro = {
        "Data-entry template: framework '" + framework.id() + "' (" + framework.name() + "), " + areas.size()
            + " areas at level '" + level.id() + "'.",
        "Fill in sheet '" + DATA_SHEET + "': one number per cell, in the unit of its column; leave a cell empty or"
            + " write NA when the value is missing; fill in the year where it is empty.",
        "Rows and columns whose first cell starts with # are notes and are not read; keep the header row as it is."};
    for (int r = 0; r < intro.length; r++) {
      ws.value(r, 0, intro[r]);
    }
    String[] header = {"column", "indicator", "name", "unit", "direction", "valid values", "dimension",
        "place in the framework", "applies at", "usual source", "description"};
    int top = intro.length + 1;
    for (int c = 0; c < header.length; c++) {
      ws.value(top, c, header[c]);
    }
    ws.range(top, 0, top, header.length - 1).style().bold().fillColor("DDEBF7").set();
    for (int i = 0; i < indicators.size(); i++) {
      Indicator ind = indicators.get(i);
      int r = top + 1 + i;
      ws.value(r, 0, CellAddress.convertNumToColString(FIRST_INDICATOR_COLUMN + i));
      ws.value(r, 1, ind.id());
      ws.value(r, 2, ind.name());
      ws.value(r, 3, ind.unit());
      ws.value(r, 4, direction(ind));
      ws.value(r, 5, validValues(ind));
      ws.value(r, 6, ind.dimension().map(Dimension::id).orElse(""));
      ws.value(r, 7, place(ind));
      ws.value(r, 8, String.join(", ", ind.levels().stream().map(AreaLevel::id).toList()));
      ws.value(r, 9, ind.source().orElse(""));
      ws.value(r, 10, ind.description());
    }
    double[] widths = {8, 36, 36, 18, 24, 16, 18, 40, 30, 30, 80};
    for (int c = 0; c < widths.length; c++) {
      ws.width(c, widths[c]);
    }
    ws.freezePane(0, top + 1);
  }

  /** The names from the root to the leaf's parent, or what the indicator is read for when no leaf has it. */
  private String place(Indicator ind) {
    for (FrameworkNode leaf : framework.leaves()) {
      if (leaf.indicator().orElseThrow().equals(ind.id())) {
        List<String> path = new ArrayList<>();
        for (var n = framework.parent(leaf.id()); n.isPresent(); n = framework.parent(n.get().id())) {
          path.add(0, n.get().name());
        }
        return String.join(" > ", path);
      }
    }
    return "read as a denominator (the strategy spec divides a leaf by it)";
  }

  private static String direction(Indicator ind) {
    return switch (ind.direction()) {
      case BENEFIT -> "benefit: higher is better";
      case COST -> "cost: lower is better";
    };
  }

  private static String validValues(Indicator ind) {
    var range = ind.validRange();
    if (range.min().isPresent() && range.max().isPresent()) {
      return decimal(range.min().getAsDouble()) + " to " + decimal(range.max().getAsDouble());
    }
    if (range.min().isPresent()) {
      return ">= " + decimal(range.min().getAsDouble());
    }
    if (range.max().isPresent()) {
      return "<= " + decimal(range.max().getAsDouble());
    }
    return "any number";
  }

  /** A bound as people and Excel's formulas read it: {@code 100}, {@code 2.5}, {@code 1E+20}. */
  private static String decimal(double v) {
    BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
    return d.scale() < 0 && d.precision() - d.scale() <= 15 ? d.toPlainString() : d.toString();
  }

  /**
   * Text for a validation's title or message: fastexcel 0.19 writes both into XML attributes as
   * they are, so that an {@code &} (as in "R&D") or a quote would break the file.
   */
  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String cell(int row, int column) {
    return CellAddress.convertNumToColString(column) + (row + 1);
  }

  /** Excel limits a validation's title to 32 characters and its message to 255. */
  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }
}
