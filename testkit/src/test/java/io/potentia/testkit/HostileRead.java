package io.potentia.testkit;

import io.potentia.core.InvalidInputException;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.data.DatasetCsv;
import io.potentia.core.data.DatasetDocument;
import io.potentia.core.data.DatasetJson;
import io.potentia.core.framework.Framework;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.spec.StrategySpec;
import io.potentia.scoring.rank.DecisionProblem;
import java.nio.file.Path;

/**
 * Reads one file with one reader, in a JVM of its own (started by {@link HostileFileTest} with a
 * 256 MB heap): exit 0 when the reader rejects it with {@link InvalidInputException}, 5 when it
 * accepts it, 4 on anything else (3, from the JVM, when the heap runs out), the outcome on standard output.
 */
public final class HostileRead {
  private HostileRead() {}

  /**
   * Reads the file.
   *
   * @param args the reader's name and the file
   */
  public static void main(String[] args) {
    Path file = Path.of(args[1]);
    try {
      Object read = switch (args[0]) {
        case "csv" -> DatasetCsv.read(file, IndicatorCatalogue.builtIn());
        case "framework" -> PotentiaJson.read(file, Framework.class);
        case "hierarchy" -> AreaHierarchy.read(file);
        case "dataset" -> DatasetJson.toDataset(file.toString(), PotentiaJson.read(file, DatasetDocument.class),
            IndicatorCatalogue.builtIn());
        case "catalogue" -> PotentiaJson.read(file, IndicatorCatalogue.class);
        case "spec" -> StrategySpec.read(file);
        case "problem" -> PotentiaJson.read(file, DecisionProblem.class);
        default -> throw new IllegalArgumentException("no reader " + args[0]);
      };
      System.out.println("accepted: " + read.getClass().getSimpleName());
      System.exit(5);
    } catch (InvalidInputException e) {
      String m = e.getMessage();
      System.out.println("rejected (" + m.length() + " chars): " + m.substring(0, Math.min(300, m.length())));
      System.exit(0);
    } catch (Throwable t) {
      System.out.println("failed: " + t);
      System.exit(4);
    }
  }
}
