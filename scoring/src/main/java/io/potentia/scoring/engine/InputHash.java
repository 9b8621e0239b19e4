package io.potentia.scoring.engine;

import io.potentia.scoring.spec.StrategySpec;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.Framework;
import io.potentia.core.json.PotentiaJson;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * The SHA-256 of a run's inputs: the dataset (areas, indicators, years and every value's bits), the
 * framework and the spec (as JSON). Computed on first use, as hashing a large dataset costs more than
 * scoring it.
 */
final class InputHash {
  private InputHash() {}

  static Supplier<String> lazy(Dataset data, Framework framework, StrategySpec spec) {
    return new Supplier<>() {
      private volatile String value;

      @Override
      public String get() {
        String v = value;
        if (v == null) {
          v = compute(data, framework, spec);
          value = v;
        }
        return v;
      }
    };
  }

  static String compute(Dataset data, Framework framework, StrategySpec spec) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(String.join("\n", data.areas()).getBytes(StandardCharsets.UTF_8));
      sha.update(String.join("\n", data.indicators()).getBytes(StandardCharsets.UTF_8));
      ByteBuffer buffer = ByteBuffer.allocate(8 * Math.max(1, data.areaCount()));
      for (int year : data.years()) {
        sha.update(Integer.toString(year).getBytes(StandardCharsets.UTF_8));
      }
      for (int y = 0; y < data.years().length; y++) {
        for (int i = 0; i < data.indicatorCount(); i++) {
          buffer.clear();
          for (double v : data.column(i, y)) {
            buffer.putLong(Double.doubleToLongBits(v));
          }
          sha.update(buffer.array(), 0, buffer.position());
        }
      }
      sha.update(PotentiaJson.write(framework).getBytes(StandardCharsets.UTF_8));
      sha.update(PotentiaJson.write(spec).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
