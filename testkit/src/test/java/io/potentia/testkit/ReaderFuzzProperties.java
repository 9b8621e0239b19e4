package io.potentia.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.potentia.core.InvalidInputException;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.data.DatasetCsv;
import io.potentia.core.data.DatasetDocument;
import io.potentia.core.data.DatasetJson;
import io.potentia.core.framework.DefaultFramework;
import io.potentia.core.framework.Framework;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.spec.StrategySpec;
import io.potentia.scoring.rank.DecisionProblem;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Every reader under hostile input: valid documents mutated (truncated, bytes flipped, inserted or
 * deleted, lines duplicated, byte-order marks, mixed line endings, huge numbers, deep nesting) must
 * give a result or an {@link InvalidInputException} with a message, never another exception, and
 * quickly. {@code -Dpotentia.cases=100000} runs the long fuzz.
 */
class ReaderFuzzProperties {
  private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.builtIn();
  private static final String CSV_LONG = "# label\narea,indicator,year,value,source,note\n"
      + "P1,economic.gdp,2023,1500.5,GSO,provisional\nP2,economic.gdp,2023,NA,,\n\"P,3\",political.trust_government,2022,55,,\n";
  private static final String CSV_WIDE = "area,year,economic.gdp,military.combat_readiness\r\nP1,2023,100,3\r\nP2,2023,,5\r\n";
  private static final String FRAMEWORK = PotentiaJson.write(DefaultFramework.builtIn());
  private static final String HIERARCHY = "{\"label\": \"x\", \"areas\": [{\"id\": \"VN\", \"name\": \"VN\", \"level\": \"nation\"},"
      + " {\"id\": \"P1\", \"name\": \"P1\", \"level\": \"province\", \"parent\": \"VN\", \"population\": 100}]}";
  private static final String DATASET = "{\"labels\": [\"x\"], \"observations\": [{\"area\": \"P1\", \"indicator\":"
      + " \"economic.gdp\", \"year\": 2023, \"value\": 1.5, \"source\": \"s\"}, {\"area\": \"P2\", \"indicator\":"
      + " \"economic.gdp\", \"year\": 2023, \"value\": null}]}";
  private static final String SPEC = "{\"imputation\": {\"name\": \"mean\"}, \"normalisation\": {\"name\": \"min-max\","
      + " \"parameters\": {\"lower\": 0, \"upper\": 100}}, \"overrides\": {\"index\": {\"aggregation\": {\"name\": \"minimum\"}}},"
      + " \"scenario\": \"wartime\", \"seed\": 3}";
  private static final String PROBLEM = "{\"alternatives\": [\"A1\", \"A2\"], \"criteria\": [{\"id\": \"c\", \"direction\":"
      + " \"cost\", \"weight\": 0.3, \"preference\": {\"function\": \"linear\", \"q\": 1.0, \"p\": 2.0}}], \"matrix\": [[1], [2]]}";

  /** A valid document, mutated by 0 to size edits. */
  static Gen<byte[]> mutations(String valid) {
    return (random, size) -> {
      byte[] doc = valid.getBytes(StandardCharsets.UTF_8);
      int edits = random.nextInt(size + 1);
      for (int e = 0; e < edits && doc.length > 0; e++) {
        doc = mutate(doc, random);
      }
      return doc;
    };
  }

  private static byte[] mutate(byte[] doc, RandomGenerator random) {
    int at = random.nextInt(doc.length);
    String text = new String(doc, StandardCharsets.ISO_8859_1);
    String out = switch (random.nextInt(12)) {
      case 0 -> text.substring(0, at); // truncated
      case 1 -> text.substring(0, at) + (char) random.nextInt(256) + text.substring(at); // a byte inserted
      case 2 -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(5))); // deleted
      case 3 -> text.substring(0, at) + (char) random.nextInt(256) + text.substring(at + 1); // flipped
      case 4 -> "\u00ef\u00bb\u00bf" + text; // a byte-order mark
      case 5 -> text.replace("\n", random.nextBoolean() ? "\r\n" : "\r"); // mixed line endings
      case 6 -> text.substring(0, at) + "1e999999" + text.substring(at); // a huge number
      case 7 -> text.substring(0, at) + "[".repeat(200 + random.nextInt(2000)) + text.substring(at); // deep nesting
      case 8 -> text.substring(0, at) + "\"id\": \"dup\", \"id\": \"dup\", " + text.substring(at); // duplicate keys
      case 9 -> text + text.substring(0, at); // a repeated tail
      case 10 -> text.substring(0, at) + "9".repeat(200 + random.nextInt(5000)) + text.substring(at); // a long number
      default -> text.substring(0, at) + "," + text.substring(at); // an extra field
    };
    return out.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static void survives(String what, byte[] input, Consumer<byte[]> reader) {
    long start = System.nanoTime();
    try {
      reader.accept(input);
    } catch (InvalidInputException e) {
      assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), what + ": a rejection must say why");
      for (io.potentia.core.Problem p : e.problems()) {
        // a stream's bytes are gone once decoded, so a decoding failure has no position there (a file's has)
        boolean undecodableStream = p.message().startsWith("the file is not valid UTF-8");
        assertTrue(p.source().startsWith("fuzz.") && (p.line() > 0 || !p.path().isEmpty() || undecodableStream),
            what + ": every problem names the file and a position (line or JSON path): " + p);
        assertTrue(!p.message().matches(".*(com\\.fasterxml|io\\.potentia\\.|java\\.|Exception).*"),
            what + ": no Java or Jackson internals in a message: " + p);
      }
    } catch (RuntimeException | StackOverflowError e) {
      fail(what + " threw " + e + " instead of InvalidInputException on input of " + input.length + " bytes", e);
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertTrue(ms < 1000, what + " took " + ms + " ms on one input");
  }

  private static void fuzz(String what, String valid, Consumer<byte[]> reader) {
    PropertyRunner.forAll(mutations(valid)).cases(1500).maxSize(6)
        .describedBy(b -> new String(b, StandardCharsets.ISO_8859_1))
        .check(input -> survives(what, input, reader));
  }

  @Test
  void theCsvReaderOnlyEverRejectsClearly() {
    fuzz("long CSV", CSV_LONG, b -> DatasetCsv.read("fuzz.csv", new InputStreamReader(new ByteArrayInputStream(b),
        StandardCharsets.UTF_8.newDecoder()), CATALOGUE));
    fuzz("wide CSV", CSV_WIDE, b -> DatasetCsv.read("fuzz.csv", new InputStreamReader(new ByteArrayInputStream(b),
        StandardCharsets.UTF_8.newDecoder()), CATALOGUE));
  }

  @Test
  void theJsonReadersOnlyEverRejectClearly() {
    fuzz("framework", FRAMEWORK, b -> PotentiaJson.read("fuzz.json", new ByteArrayInputStream(b), Framework.class));
    fuzz("hierarchy", HIERARCHY, b -> PotentiaJson.read("fuzz.json", new ByteArrayInputStream(b), AreaHierarchy.class));
    fuzz("dataset", DATASET, b -> DatasetJson.toDataset("fuzz.json",
        PotentiaJson.read("fuzz.json", new ByteArrayInputStream(b), DatasetDocument.class), CATALOGUE));
    fuzz("catalogue", PotentiaJson.write(IndicatorCatalogue.builder().id("c").addIndicators(CATALOGUE.get("economic.gdp"))
        .build()), b -> PotentiaJson.read("fuzz.json", new ByteArrayInputStream(b), IndicatorCatalogue.class));
    fuzz("spec", SPEC, b -> PotentiaJson.read("fuzz.json", new ByteArrayInputStream(b), StrategySpec.class));
    fuzz("problem", PROBLEM, b -> PotentiaJson.read("fuzz.json", new ByteArrayInputStream(b), DecisionProblem.class));
  }

  @Test
  void theUnmutatedDocumentsAreValid() {
    for (String doc : List.of(CSV_LONG, CSV_WIDE)) {
      DatasetCsv.read("ok.csv", new java.io.StringReader(doc), CATALOGUE);
    }
    PotentiaJson.readString("ok.json", FRAMEWORK, Framework.class);
    PotentiaJson.readString("ok.json", HIERARCHY, AreaHierarchy.class);
    PotentiaJson.readString("ok.json", SPEC, StrategySpec.class);
    PotentiaJson.readString("ok.json", PROBLEM, DecisionProblem.class);
    DatasetJson.toDataset("ok.json", PotentiaJson.readString("ok.json", DATASET, DatasetDocument.class), CATALOGUE);
  }
}
