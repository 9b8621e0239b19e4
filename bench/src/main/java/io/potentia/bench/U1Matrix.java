package io.potentia.bench;

import io.potentia.core.interop.MatrixCsv;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The synthetic matrices the benchmarks of workload U1 run on (synthetic, generated here): areas
 * {@code a0, a1, ...}, indicators {@code i000, i001, ...}, every value drawn from Uniform(1, 1001)
 * with seed 7, all benefits. U1 normalises each column by min-max, so the spread of the values does
 * not change the work.
 */
final class U1Matrix {
  private U1Matrix() {}

  /** The matrix of {@code areas} rows and {@code indicators} columns. */
  static MatrixCsv.Matrix of(int areas, int indicators) {
    SplittableRandom random = new SplittableRandom(7);
    double[][] columns = new double[indicators][areas];
    List<String> names = new ArrayList<>();
    List<String> rows = new ArrayList<>();
    for (int j = 0; j < indicators; j++) {
      names.add(String.format("i%03d", j));
      for (int i = 0; i < areas; i++) {
        columns[j][i] = 1 + 1000 * random.nextDouble();
      }
    }
    for (int i = 0; i < areas; i++) {
      rows.add("a" + i);
    }
    return new MatrixCsv.Matrix("bench", rows, names, columns);
  }

  /** The matrix as a CSV ({@code id,i000,...}), each value to six significant digits, as U1's generator writes them. */
  static String csv(MatrixCsv.Matrix matrix) {
    StringBuilder csv = new StringBuilder("id");
    matrix.names().forEach(name -> csv.append(',').append(name));
    csv.append('\n');
    double[][] columns = matrix.columns();
    for (int i = 0; i < matrix.rows().size(); i++) {
      csv.append(matrix.rows().get(i));
      for (double[] column : columns) {
        csv.append(',').append(String.format("%.6g", column[i]));
      }
      csv.append('\n');
    }
    return csv.toString();
  }
}
