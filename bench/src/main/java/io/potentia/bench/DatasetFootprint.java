package io.potentia.bench;

import io.potentia.core.data.Dataset;
import io.potentia.core.data.DatasetCsv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Measures how many bytes a loaded dataset holds, against the 8 bytes per value of its raw
 * doubles, by the heap in use after full collections with and without the dataset reachable; and
 * how many a builder holds while the observations of a long-form file come in, one by one, before
 * the cube's shape is known (the long CSV reader's peak, besides the cube it then builds), in the
 * order of the areas, indicators and years and in no order.
 * Run: {@code java -cp bench/target/benchmarks.jar io.potentia.bench.DatasetFootprint}.
 */
public final class DatasetFootprint {
  private DatasetFootprint() {}

  /**
   * Loads the benchmark file and prints the footprint.
   *
   * @param args ignored
   * @throws Exception if the file cannot be written
   */
  public static void main(String[] args) throws Exception {
    Path file = Files.createTempFile("potentia-footprint", ".csv");
    try {
      DatasetLoadBenchmark.writeWideCsv(file, 10_000, 100, 5, 42);
      long before = usedAfterGc();
      Dataset dataset = DatasetCsv.read(file);
      long after = usedAfterGc();
      long raw = 8L * 10_000 * 100 * 5;
      System.out.printf("%s%nheld: %,d bytes; raw doubles: %,d bytes; ratio %.3f%n", dataset, after - before, raw,
          (after - before) / (double) raw);
      if (dataset.cellCount() == 0) {
        throw new AssertionError("keeps the dataset reachable until here");
      }
      dataset = null;
      before = usedAfterGc();
      Dataset.Builder builder = Dataset.builder();
      SplittableRandom random = new SplittableRandom(42);
      String[] areas = new String[10_000];
      String[] indicators = new String[100];
      Arrays.setAll(areas, a -> "AREA-" + a);
      Arrays.setAll(indicators, i -> "bench.i" + i);
      for (String area : areas) {
        for (String indicator : indicators) {
          for (int y = 0; y < 5; y++) {
            builder.put(area, indicator, 2019 + y, Math.round(random.nextDouble() * 1e8) / 1e3);
          }
        }
      }
      after = usedAfterGc();
      System.out.printf("long form, observations held by the builder before the cube is built: %,d bytes;"
          + " %.1f bytes per value%n", after - before, (after - before) / (double) (raw / 8));
      if (builder.build().cellCount() == 0) {
        throw new AssertionError("keeps the builder reachable until here");
      }
      builder = null;
      // the same observations in no order (a seeded shuffle, made before the first measure)
      int[] order = new int[10_000 * 100 * 5];
      Arrays.setAll(order, k -> k);
      for (int k = order.length - 1; k > 0; k--) {
        int j = random.nextInt(k + 1);
        int t = order[k];
        order[k] = order[j];
        order[j] = t;
      }
      before = usedAfterGc();
      Dataset.Builder shuffled = Dataset.builder();
      for (int k : order) {
        shuffled.put(areas[k / 500], indicators[k / 5 % 100], 2019 + k % 5, k);
      }
      after = usedAfterGc();
      System.out.printf("long form in no order, held by the builder before the cube is built: %,d bytes;"
          + " %.1f bytes per value%n", after - before, (after - before) / (double) (raw / 8));
      if (shuffled.build().cellCount() != order.length) {
        throw new AssertionError("keeps the builder and the order reachable until here");
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static long usedAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
