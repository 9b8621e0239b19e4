package io.potentia.examples;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.indicator.Direction;
import io.potentia.scoring.aggregate.Aggregator;
import io.potentia.scoring.aggregate.Aggregators;
import io.potentia.scoring.normalise.Normaliser;
import io.potentia.scoring.normalise.Normalisers;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * National power indices from a Correlates of War National Material Capabilities file (NMC v6.0
 * format: {@code stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc,version}, missing values
 * coded -9; download it from the Correlates of War Project).
 *
 * <ul>
 *   <li>the Composite Index of National Capability (Singer, Bremer and Stuckey 1972): for each year
 *       and component, each state's share of the total of the states reporting it ({@code
 *       share-of-total}), then the mean of the shares the state reports ({@code arithmetic-mean},
 *       which skips missing components);
 *   <li>a distance-to-leader index: for each component, the relative distance to the year's leader
 *       ({@code distance-to-best}: 0 for the leader, -0.4 for a state at 60% of it), averaged.
 * </ul>
 *
 * <p>Usage: {@code NationalPowerIndices NMC.csv [YEAR]}; prints the top ten of the year (default:
 * the last) and how far the computed CINC is from the file's own column over every row.
 */
public final class NationalPowerIndices {
  /** The six NMC components, in file order. */
  public static final List<String> COMPONENTS = List.of("milex", "milper", "irst", "pec", "tpop", "upop");

  private NationalPowerIndices() {}

  /**
   * One state in one year: its components (NaN where missing) and the published CINC (NaN where
   * missing).
   *
   * @param state the state abbreviation
   * @param year the year
   * @param components the six components
   * @param publishedCinc the file's cinc column
   */
  public record StateYear(String state, int year, double[] components, double publishedCinc) {}

  /**
   * The indices of one year.
   *
   * @param year the year
   * @param states the states of the system that year
   * @param cinc each state's CINC
   * @param distanceToLeader each state's distance-to-leader index
   * @param published each state's published CINC
   */
  public record YearIndices(int year, List<String> states, double[] cinc, double[] distanceToLeader, double[] published) {}

  /**
   * Reads an NMC file.
   *
   * @param file the CSV file
   * @return its rows
   * @throws InvalidInputException naming the file, line and bad value
   */
  public static List<StateYear> read(Path file) {
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    List<StateYear> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(schema).readValues(file.toFile())) {
      int line = 1;
      while (it.hasNext()) {
        Map<String, String> row = it.next();
        line++;
        double[] c = new double[COMPONENTS.size()];
        for (int j = 0; j < c.length; j++) {
          c[j] = number(file, line, row, COMPONENTS.get(j));
        }
        rows.add(new StateYear(row.get("stateabb"), (int) number(file, line, row, "year"), c,
            number(file, line, row, "cinc")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return rows;
  }

  private static double number(Path file, int line, Map<String, String> row, String column) {
    String text = row.get(column);
    if (text == null) {
      throw InvalidInputException.of(Problem.inFile(file.toString(), line, 0, "column '" + column + "' is missing"));
    }
    try {
      double v = Double.parseDouble(text.strip());
      return v == -9 ? Double.NaN : v;
    } catch (NumberFormatException e) {
      throw InvalidInputException.of(Problem.inFile(file.toString(), line, 0, column + ": '" + text + "' is not a number"));
    }
  }

  /**
   * Computes both indices for every year.
   *
   * @param rows the NMC rows
   * @return the indices, by year
   */
  public static Map<Integer, YearIndices> compute(List<StateYear> rows) {
    Map<Integer, List<StateYear>> byYear = new TreeMap<>();
    for (StateYear r : rows) {
      byYear.computeIfAbsent(r.year(), k -> new ArrayList<>()).add(r);
    }
    Normaliser share = Normalisers.shareOfTotal();
    Normaliser toLeader = Normalisers.distanceToBest();
    Aggregator mean = Aggregators.arithmeticMean();
    double[] equal = new double[COMPONENTS.size()];
    Arrays.fill(equal, 1);
    Map<Integer, YearIndices> out = new LinkedHashMap<>();
    byYear.forEach((year, states) -> {
      int m = states.size();
      double[][] shares = new double[COMPONENTS.size()][];
      double[][] distances = new double[COMPONENTS.size()][];
      for (int j = 0; j < COMPONENTS.size(); j++) {
        double[] column = new double[m];
        for (int i = 0; i < m; i++) {
          column[i] = states.get(i).components()[j];
        }
        // a component no state reports in a year (or that all report as 0) has no shares: it is
        // left out of that year's means, as the CINC leaves out missing components
        boolean reported = Arrays.stream(column).anyMatch(v -> v > 0);
        shares[j] = reported ? share.normalise(column, Direction.BENEFIT) : nan(m);
        distances[j] = reported ? toLeader.normalise(column, Direction.BENEFIT) : nan(m);
      }
      out.put(year, new YearIndices(year, states.stream().map(StateYear::state).toList(), mean.aggregate(shares, equal),
          mean.aggregate(distances, equal), states.stream().mapToDouble(StateYear::publishedCinc).toArray()));
    });
    return out;
  }

  private static double[] nan(int m) {
    double[] x = new double[m];
    Arrays.fill(x, Double.NaN);
    return x;
  }

  /**
   * The largest difference between the computed and the published CINC over every row where the
   * file gives one.
   *
   * @param indices the computed indices
   * @return {rows compared, largest absolute difference}
   */
  public static double[] agreement(Map<Integer, YearIndices> indices) {
    double rows = 0;
    double worst = 0;
    for (YearIndices y : indices.values()) {
      for (int i = 0; i < y.states().size(); i++) {
        if (!Double.isNaN(y.published()[i])) {
          rows++;
          worst = Math.max(worst, Math.abs(y.cinc()[i] - y.published()[i]));
        }
      }
    }
    return new double[] {rows, worst};
  }

  /**
   * Runs the example.
   *
   * @param args the NMC file, and optionally a year
   */
  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: NationalPowerIndices NMC-60-abridged.csv [YEAR]");
      System.exit(2);
    }
    run(System.out, Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : -1);
  }

  /**
   * Runs the example.
   *
   * @param out where the text goes
   * @param file the NMC file
   * @param year the year to show, or -1 for the last
   */
  public static void run(PrintStream out, Path file, int year) {
    Map<Integer, YearIndices> indices = compute(read(file));
    int shown = year > 0 ? year : indices.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
    YearIndices y = indices.get(shown);
    if (y == null) {
      throw InvalidInputException.at("year", "the file has no year " + shown);
    }
    Integer[] order = new Integer[y.states().size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(nanLow(y.cinc()[b]), nanLow(y.cinc()[a])));
    out.printf("National power in %d (%d states)%n%-5s %10s %10s %10s%n", shown, order.length, "state", "CINC",
        "published", "to leader");
    for (int k = 0; k < Math.min(10, order.length); k++) {
      int i = order[k];
      out.printf("%-5s %10.6f %10.6f %10.4f%n", y.states().get(i), y.cinc()[i], y.published()[i], y.distanceToLeader()[i]);
    }
    double[] agreement = agreement(indices);
    out.printf("CINC recomputed for %.0f country-years; largest difference from the published column: %.2e%n",
        agreement[0], agreement[1]);
  }

  private static double nanLow(double v) {
    return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
  }
}
