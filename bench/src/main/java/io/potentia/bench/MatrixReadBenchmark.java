package io.potentia.bench;

import io.potentia.core.interop.MatrixCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * about 1 MB) and L (10,000 x 100, about 8 MB): {@link U1Matrix}'s synthetic matrix, written to a
 * file by the set-up with six significant digits, as U1's generator writes them. The command line's cold read adds the compiler's warm-up to these.
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
    file = Files.createTempFile("potentia-matrix", ".csv");
    Files.writeString(file, U1Matrix.csv(U1Matrix.of(areas, indicators)));
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
