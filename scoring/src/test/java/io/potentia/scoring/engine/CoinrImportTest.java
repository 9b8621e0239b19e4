package io.potentia.scoring.engine;

import io.potentia.scoring.ScoringPipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.potentia.core.InvalidInputException;
import io.potentia.core.interop.CoinrTables;
import io.potentia.core.interop.ImportedIndex;
import io.potentia.scoring.spec.SharedData;
import io.potentia.scoring.spec.StepSpec;
import io.potentia.scoring.spec.StrategySpec;
import io.potentia.scoring.result.ScoreReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index brought in from COINr's tables scores as COINr scores it. */
class CoinrImportTest {

  @Test
  void theAsemIndexWrittenAsCoinrTablesImportsAndReproducesCoinrsScores(@TempDir Path dir) throws Exception {
    JsonNode ref = SharedData.reference("coinr-asem-hierarchical-arithmetic-mean.json");
    StringBuilder meta = new StringBuilder("Level,iCode,iName,Direction,Weight,Parent,Type\n");
    StringBuilder data = new StringBuilder("uCode,uName");
    for (int j = 0; j < ref.at("/input/indicators").size(); j++) {
      String code = ref.at("/input/indicators").get(j).asText();
      data.append(',').append(code);
      meta.append("1,").append(code).append(',').append(code).append(',').append(ref.at("/input/direction").get(j).asInt())
          .append(",1,").append(ref.at("/input/structure/indicator_to_pillar/" + code).asText()).append(",Indicator\n");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = ref.at("/input/structure/pillar_to_subindex").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      meta.append("2,").append(e.getKey()).append(',').append(e.getKey()).append(",,1,").append(e.getValue().asText())
          .append(",Aggregate\n");
    }
    meta.append("3,Conn,Connectivity,,1,Index,Aggregate\n3,Sust,Sustainability,,1,Index,Aggregate\n4,Index,Index,,1,,Aggregate\n");
    data.append('\n');
    double[][] rows = SharedData.rows(ref.at("/input/matrix_treated"));
    for (int i = 0; i < rows.length; i++) {
      String unit = ref.at("/input/units").get(i).asText();
      data.append(unit).append(",\"Country ").append(unit).append('"');
      for (double v : rows[i]) {
        data.append(',').append(v);
      }
      data.append('\n');
    }
    Files.writeString(dir.resolve("iMeta.csv"), meta);
    Files.writeString(dir.resolve("iData.csv"), data);
    ImportedIndex index = CoinrTables.read(dir.resolve("iData.csv"), dir.resolve("iMeta.csv"), 2020);
    assertEquals("index", index.framework().root().id());
    ScoreReport report = ScoringPipeline.builder().framework(index.framework()).catalogue(index.catalogue())
        .spec(StrategySpec.builder().normalisation(StepSpec.of("min-max")).build()).build()
        .score(index.dataset(), 2020);
    assertArrayEquals(SharedData.doubles(ref.at("/expected/index")), report.scores("index"), ref.get("tolerance").asDouble());
    assertArrayEquals(SharedData.doubles(ref.at("/expected/pillars/ConEcFin")), report.scores("conecfin"), ref.get("tolerance").asDouble());
  }

  @Test
  void badTablesAreRejectedNamingFileLineAndCode(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("iMeta.csv"), "Level,iCode,Direction,Weight,Parent,Type\n1,GDP,2,1,Econ,Indicator\n"
        + "2,Econ,,1,Index,Aggregate\n1,Debt,-1,1,Nowhere,Indicator\n3,Index,,1,,Aggregate\n");
    Files.writeString(dir.resolve("iData.csv"), "uCode,GDP,Extra\nA,1,2\nB,x,3\n");
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> CoinrTables.read(dir.resolve("iData.csv"), dir.resolve("iMeta.csv"), 2020));
    String m = e.getMessage();
    assertTrue(m.contains("iMeta.csv:2:3: Direction of 'GDP' is 2.0; it must be 1 or -1"), m);
    assertTrue(m.contains("iMeta.csv:4:5: the parent 'Nowhere' of 'Debt' is not in the metadata"), m);
    assertTrue(m.contains("iData.csv:1:3: column 'Extra' is neither uCode, uName, Time nor a code of the metadata"), m);
  }
}
