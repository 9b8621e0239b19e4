package io.potentia.bench;

import io.potentia.core.interop.MatrixCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a matrix CSV once compiled ({@link MatrixCsv#read}, the input of {@code potentia
 * uncertainty} and {@code sensitivity}), at workload U1's sizes M (2,000 areas x 60 indicators,
 * about 1 MB) and L (10,000 x 100, about 8 MB): a synthetic file written by the set-up, an id and
 * strictly positive decimals with six to eight significant digits per row, as U1's generator
 * writes them. The command line's cold read adds the compiler's warm-up to these.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar MatrixRead}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MatrixReadBenchmark {
  @Param({"2000:60", "10000:100"})
  String size;

  Path file;

  @Setup
  public void setUp() throws IOException {
    String[] parts = size.split(":");
    int areas = Integer.parseInt(parts[0]);
    int indicators = Integer.parseInt(parts[1]);
    SplittableRandom random = new SplittableRandom(7);
    StringBuilder csv = new StringBuilder("id");
    for (int j = 0; j < indicators; j++) {
      csv.append(String.format(",i%03d", j));
    }
    csv.append('\n');
    for (int i = 0; i < areas; i++) {
      csv.append(String.format("u%05d", i));
      for (int j = 0; j < indicators; j++) {
        csv.append(',').append(String.format("%.6g", 1 + 999 * random.nextDouble()));
      }
      csv.append('\n');
    }
    file = Files.createTempFile("potentia-matrix", ".csv");
    Files.writeString(file, csv);
  }

  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  @Benchmark
  public MatrixCsv.Matrix read() {
    return MatrixCsv.read(file);
  }
}
