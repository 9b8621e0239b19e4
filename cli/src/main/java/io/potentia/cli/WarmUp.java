package io.potentia.cli;

import io.potentia.core.InvalidInputException;
import io.potentia.core.interop.MatrixCsv;
import io.potentia.scoring.analysis.uncertainty.MonteCarlo;
import io.potentia.scoring.analysis.uncertainty.UncertaintyPlan;
import io.potentia.scoring.internal.Ranker;
import io.potentia.scoring.spec.StepSpec;
import io.potentia.scoring.spi.TiePolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * Has the just-in-time compiler ready for an uncertainty run before the real one starts: a command
 * lives for about a second, and on two cores the compiler would otherwise still be at work when
 * the run begins. A spare core runs the same analysis on a synthetic matrix (normalisation and
 * the fast path) while the main thread parses the command line and reads the input. Asked to
 * ({@value #READER_PROPERTY}), it reads a synthetic matrix file first, since the input is read
 * first: the reader's methods are then compiled when a large real file arrives, which a cold run
 * had read in profiling code for most of its parse (the optimising compiler took the row method
 * 100-190 ms after the parse began, its queue busy with the kernel). Then many tiny runs, so that
 * each loop is compiled whole after its first few hundred calls rather than in place, then a
 * small one for as long as it is let. Only the command line needs this; a long-lived program warms
 * up by itself.
 */
final class WarmUp {
  private static final int TINY_ROUNDS = 700;
  /**
   * The synthetic file's rows and columns: enough rows (the reader's row method called 800 times,
   * its number method 32,000) for the optimising compiler to take both, as it does after 600 calls
   * (with 15,000 calls and loop turns) and a few thousand calls. 500 rows did as well in one series
   * (the real file then brings the row method to that count), but 800 leaves a margin.
   */
  private static final int FILE_ROWS = 800;
  private static final int FILE_COLUMNS = 40;
  /** The rows of the synthetic file written number by number; the others repeat them. */
  private static final int PATTERN_ROWS = 64;
  /** The synthetic rows' ids: w1000000, w1000001, ... */
  private static final int ID_BASE = 1_000_000;
  private static final int ID_DIGITS = 7;
  private static Thread thread;

  /**
   * The system property that has the warm-up read a synthetic matrix file first: {@code true} or
   * {@code false} (the default). {@code bin/potentia} sets it for a data file of 4 MB or more
   * with many replications (workload U1 at size L), where the reader's compiled code then meets
   * the real file: U1 at L, 20 alternating cold pairs, load phase 0.131 -> 0.094 s (medians),
   * compute 0.707 -> 0.714 s, whole 1.240 -> 1.214 s, within the noise (in other series the
   * compute phase gave back up to 74 ms, the whole unchanged; docs/13-performance.md). At 1 MB
   * the compute phase gives back what the load phase gains, and at 160 KB nothing is gained.
   */
  static final String READER_PROPERTY = "potentia.warmReader";

  private WarmUp() {}

  /**
   * Whether {@value #READER_PROPERTY} asks for the reader's warm-up.
   *
   * @return the property's value, false when it is not set
   * @throws io.potentia.core.InvalidInputException if it is anything but {@code true} or {@code
   *     false}, naming the property and the value
   */
  static boolean readerWanted() {
    return io.potentia.core.internal.SwitchProperty.parse(READER_PROPERTY, System.getProperty(READER_PROPERTY),
        "set -D" + READER_PROPERTY + "=true to have the warm-up read a synthetic matrix first (for a data file of several MB)");
  }

  /**
   * The plan the warm-up follows, workload U1's: min-max to [1, 100], weight factors from
   * Uniform(0.5, 1.5), the arithmetic or the geometric mean with probability 1/2; built in code, so
   * that this thread's time goes to the loops.
   */
  static final UncertaintyPlan U1 = UncertaintyPlan.builder()
      .weights(UncertaintyPlan.WeightRange.of(0.5, 1.5))
      .addNormalisations(UncertaintyPlan.Choice.of(StepSpec.of("min-max", java.util.Map.of(
          "lower", com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.numberNode(1),
          "upper", com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.numberNode(100))), 1))
      .addAggregations(UncertaintyPlan.Choice.of(StepSpec.of("arithmetic-mean"), 0.5),
          UncertaintyPlan.Choice.of(StepSpec.of("geometric-mean"), 0.5))
      .build();

  /** Starts the warm-up on a daemon thread, at most once; it stops when {@code stop} says so. */
  static synchronized void start(BooleanSupplier stop) {
    if (thread == null) {
      thread = new Thread(() -> run(U1, stop), "potentia-warm-up");
      thread.setDaemon(true);
      thread.start();
    }
  }

  /**
   * Reads a synthetic matrix file when {@value #READER_PROPERTY} asks, then runs the analysis on
   * synthetic flat indexes until {@code stop} says so, and discards the results: {@value
   * #TINY_ROUNDS} rounds of 64 areas and 8 indicators, then rounds of 1,000 areas and 16
   * indicators. The file's reading is not cut short: at {@value #FILE_ROWS} rows it takes a few
   * milliseconds.
   *
   * @param plan the plan to follow (its replications are set here)
   * @param stop checked before the file is read and before each round, and never again once it has said yes
   */
  static void run(UncertaintyPlan plan, BooleanSupplier stop) {
    // the analysis spreads its work over the fork-join pool it runs in: a pool of one keeps the
    // warm-up on the spare core, off the cores that read the input meanwhile
    java.util.concurrent.ForkJoinPool one = new java.util.concurrent.ForkJoinPool(1);
    try {
      one.submit(() -> {
        if (stop.getAsBoolean()) {
          return;
        }
        if (readerWanted()) {
          MatrixCsv.read("warm-up", new java.io.ByteArrayInputStream(syntheticFile(FILE_ROWS, FILE_COLUMNS)));
        }
        if (exercise(plan, 64, 8, 64, TINY_ROUNDS, stop)) {
          exercise(plan, 1000, 16, 128, Integer.MAX_VALUE, stop);
        }
      }).join();
    } catch (RuntimeException e) {
      if (!(e.getCause() instanceof InvalidInputException) && !(e instanceof InvalidInputException)) {
        throw e;
      }
      // a setting refused (a bad -Dpotentia.wideLoops or -Dpotentia.warmReader): the real run says
      // so, with the command's own message, so the warm-up stops without a word; the synthetic
      // file itself is always read whole (WarmUpTest)
    } finally {
      one.shutdown();
    }
  }

  /**
   * A matrix CSV of plain decimals such as workload U1's ({@code 6.24225}, {@code 12.2521}, {@code
   * 0.830382}), every row with its own id: {@value #PATTERN_ROWS} rows written digit by digit (as
   * formatting numbers would be slow before it is compiled), then repeated with new ids, since only
   * the reader's work on them counts.
   *
   * @param rows the rows, at most 9,000,000 (the ids have seven digits)
   * @param columns the value columns
   * @return the file's bytes
   */
  static byte[] syntheticFile(int rows, int columns) {
    if (rows < 0 || rows > 9_000_000) {
      throw new IllegalArgumentException("rows: " + rows + "; the synthetic ids number at most 9,000,000 rows");
    }
    StringBuilder header = new StringBuilder("id");
    for (int j = 0; j < columns; j++) {
      header.append(",i").append(j);
    }
    byte[] head = header.append('\n').toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] file = new byte[head.length + rows * (12 + 10 * columns)];
    System.arraycopy(head, 0, file, 0, head.length);
    int at = head.length;
    SplittableRandom random = new SplittableRandom(7);
    int[] starts = new int[PATTERN_ROWS + 1];
    for (int r = 0; r < rows; r++) {
      if (r < PATTERN_ROWS) {
        starts[r] = at;
        at = row(file, at, r, columns, random);
        starts[r + 1] = at;
      } else {
        int p = r % PATTERN_ROWS;
        System.arraycopy(file, starts[p], file, at, starts[p + 1] - starts[p]);
        digits(file, at + 1, ID_BASE + r, ID_DIGITS);
        at += starts[p + 1] - starts[p];
      }
    }
    return Arrays.copyOf(file, at);
  }

  /**
   * Writes row {@code r} at {@code at} (a method of its own, so that it is compiled after a few
   * hundred rows); the index after it. Its numbers take every shape of U1's, so that the reader's
   * compiled code meets no branch it was compiled without (which would send it back to the
   * interpreter): six significant digits with the point after the first three digits or before
   * them ({@code 0.830382}), four after a zero ({@code 0.02345}), shorter ones ({@code 5.2}), whole
   * numbers ({@code 12}), and, as other files have them, signs and exponents of either sign
   * ({@code -3.5e+06}, {@code 1.2e-05}).
   */
  private static int row(byte[] file, int at, int r, int columns, SplittableRandom random) {
    file[at++] = 'w';
    at = digits(file, at, ID_BASE + r, ID_DIGITS);
    for (int j = 0; j < columns; j++) {
      file[at++] = ',';
      int shape = random.nextInt(16);
      if (shape < 3) {
        file[at++] = '0';
        file[at++] = '.';
        if (shape == 0) {
          file[at++] = '0';
        }
        at = digits(file, at, random.nextInt(100_000, 1_000_000), shape == 0 ? 4 : 6);
      } else if (shape < 14) {
        int point = shape < 12 ? 1 + shape % 3 : 1;
        int significant = shape < 12 ? 6 : 2 + shape % 2;
        at = digits(file, at, random.nextInt(100_000, 1_000_000), significant);
        System.arraycopy(file, at - significant + point, file, at - significant + point + 1, significant - point);
        file[at - significant + point] = '.';
        at++;
      } else if (shape == 14) {
        at = digits(file, at, random.nextInt(10, 100), 2); // %g's whole numbers: 12
      } else {
        // a sign and an exponent, as %g writes the largest and smallest values: -3.5e+06, 1.25e-05
        if ((r & 1) == 0) {
          file[at++] = '-';
        }
        at = digits(file, at, random.nextInt(10, 100), 2);
        file[at] = file[at - 1];
        file[at - 1] = '.';
        file[at + 1] = 'e';
        file[at + 2] = (byte) ((j & 1) == 0 ? '+' : '-');
        at = digits(file, at + 3, 5 + ((j >> 1) & 1), 2);
      }
    }
    file[at++] = '\n';
    return at;
  }

  /** Writes the last {@code count} decimal digits of {@code value} at {@code at}; the index after them. */
  private static int digits(byte[] into, int at, int value, int count) {
    for (int d = count - 1; d >= 0; d--, value /= 10) {
      into[at + d] = (byte) ('0' + value % 10);
    }
    return at + count;
  }

  /** Up to {@code rounds} rounds on one synthetic index; false when {@code stop} cut them short. */
  private static boolean exercise(UncertaintyPlan plan, int areas, int indicators, int reps, int rounds, BooleanSupplier stop) {
    SplittableRandom random = new SplittableRandom(1);
    double[][] z = new double[indicators][areas];
    List<String> leaves = new ArrayList<>();
    List<String> rows = new ArrayList<>();
    for (int j = 0; j < indicators; j++) {
      leaves.add("i" + j);
      for (int i = 0; i < areas; i++) {
        z[j][i] = 1 + 99 * random.nextDouble();
      }
    }
    for (int i = 0; i < areas; i++) {
      rows.add("a" + i);
    }
    MatrixCsv.Matrix matrix = new MatrixCsv.Matrix("warm-up", rows, leaves, z);
    // ranking costs less than scoring, yet its loops need as many calls to be compiled: rank more,
    // on scores spread as a real index's are
    double[][] scores = new double[4][1000];
    for (double[] e : scores) {
      for (int i = 0; i < e.length; i++) {
        e[i] = 50 + 10 * random.nextGaussian();
      }
    }
    Ranker ranker = new Ranker(1000);
    int[] ranks = new int[1000];
    UncertaintyPlan small = UncertaintyPlan.builder().from(plan).replications(reps).build();
    for (int c = 0; c < rounds; c++) {
      if (stop.getAsBoolean()) {
        return false;
      }
      MonteCarlo.run(matrix, UncertaintyPlan.builder().from(small).seed(c).build(), null, null);
      for (int k = 0; k < 16; k++) {
        ranker.rank(scores[k % scores.length], TiePolicy.MIN, ranks);
      }
    }
    return true;
  }
}
