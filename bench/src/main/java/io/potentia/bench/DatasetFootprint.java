package io.potentia.bench;

import io.potentia.core.data.Dataset;
import io.potentia.core.data.DatasetCsv;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Measures how many bytes a loaded dataset holds, against the 8 bytes per value of its raw
 * doubles, by the heap in use after full collections with and without the dataset reachable.
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
