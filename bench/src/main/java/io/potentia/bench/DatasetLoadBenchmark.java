package io.potentia.bench;

import io.potentia.core.data.Dataset;
import io.potentia.core.data.DatasetCsv;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * Loading a wide CSV of 10,000 areas x 100 indicators x 5 years (50,000 rows, 5 million values,
 * about 45 MB): the foundation issue asks for under 2 seconds. Single-shot, because a load is a
 * cold, one-off operation for a user.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar DatasetLoad}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class DatasetLoadBenchmark {
  @Param({"10000"})
  int areas;

  @Param({"100"})
  int indicators;

  @Param({"5"})
  int years;

  Path file;

  @Setup(Level.Trial)
  public void write() throws IOException {
    file = Files.createTempFile("potentia-bench", ".csv");
    writeWideCsv(file, areas, indicators, years, 42);
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    Files.deleteIfExists(file);
  }

  @Benchmark
  public Dataset loadWideCsv() {
    return DatasetCsv.read(file);
  }

  /** Writes a wide CSV with values of realistic width (about 8 significant digits) and 2% gaps. */
  static void writeWideCsv(Path file, int areas, int indicators, int years, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      StringBuilder line = new StringBuilder("area,year");
      for (int i = 0; i < indicators; i++) {
        line.append(",bench.i").append(i);
      }
      out.write(line.append('\n').toString());
      for (int y = 0; y < years; y++) {
        for (int a = 0; a < areas; a++) {
          line.setLength(0);
          line.append("AREA-").append(a).append(',').append(2019 + y);
          for (int i = 0; i < indicators; i++) {
            line.append(',');
            if (random.nextDouble() >= 0.02) {
              line.append(Math.round(random.nextDouble() * 1e8) / 1e3);
            }
          }
          out.write(line.append('\n').toString());
        }
      }
    }
  }
}
