package io.potentia.core.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.core.indicator.Direction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index in COINr's table form ({@code new_coin(iData, iMeta)}) becomes a framework, a catalogue
 * and a dataset; every inconsistency between the tables is named with its file, line and column.
 */
class CoinrTablesTest {
  @TempDir
  Path dir;

  private static final String META = """
      Level,iCode,iName,Direction,Weight,Parent,Type,Unit
      1,GDP,GDP per head,1,1,Econ,Indicator,USD
      1,Debt,,-1,2,Econ,Indicator,
      1,Troops,Troops,1,1,Mil,Indicator,
      1,Pop,Population,1,1,,Denominator,
      2,Econ,Economy,,1,,Aggregate,
      2,Mil,Military,,3,,Aggregate,
      """;

  private static final String DATA = """
      uCode,uName,Time,GDP,Debt,Troops,Pop
      AA,Alpha,2021,100,NA,5,10
      BB,Beta,2021,,30,7,20
      AA,Alpha,2022,110,20,6,11
      """;

  private ImportedIndex read(String data, String meta) throws IOException {
    Path d = Files.writeString(dir.resolve("iData.csv"), data);
    Path m = Files.writeString(dir.resolve("iMeta.csv"), meta);
    return CoinrTables.read(d, m, 2024);
  }

  private InvalidInputException rejected(String data, String meta) {
    return assertThrows(InvalidInputException.class, () -> read(data, meta));
  }

  @Test
  void theTablesBecomeAFrameworkACatalogueAndADataset() throws IOException {
    ImportedIndex index = read(DATA, META);
    // two tops (Econ and Mil) are put under an added root
    FrameworkNode root = index.framework().root();
    assertEquals("index", root.id());
    assertEquals(List.of("econ", "mil"), index.framework().children("index").stream().map(FrameworkNode::id).toList());
    assertEquals(List.of("gdp", "debt"), index.framework().children("econ").stream().map(FrameworkNode::id).toList());
    assertEquals(3.0, index.framework().nodes().stream().filter(n -> n.id().equals("mil")).findFirst().orElseThrow().weight());
    assertEquals(2.0, index.framework().nodes().stream().filter(n -> n.id().equals("debt")).findFirst().orElseThrow().weight());
    assertEquals(Direction.COST, index.catalogue().get("debt").direction());
    assertEquals(Direction.BENEFIT, index.catalogue().get("gdp").direction());
    assertEquals("USD", index.catalogue().get("gdp").unit());
    assertEquals("as given", index.catalogue().get("debt").unit());
    assertEquals("Debt", index.catalogue().get("debt").name(), "an empty iName falls back to the code");
    assertEquals(List.of("gdp", "debt", "troops"), index.dataset().indicators(), "the denominator is not scored");
    assertEquals(OptionalDouble.of(100), index.dataset().value("AA", "gdp", 2021));
    assertEquals(OptionalDouble.empty(), index.dataset().value("AA", "debt", 2021), "NA is missing");
    assertEquals(OptionalDouble.empty(), index.dataset().value("BB", "gdp", 2021), "an empty cell is missing");
    assertEquals(OptionalDouble.of(20), index.dataset().value("AA", "debt", 2022));
    assertTrue(index.dataset().labels().get(0).contains("imported from COINr tables iData.csv and iMeta.csv"));
  }

  @Test
  void withoutATimeColumnEveryValueGetsTheYearGiven() throws IOException {
    ImportedIndex index = read("uCode,GDP,Debt,Troops\nAA,1,2,3\n", META);
    assertEquals(OptionalDouble.of(3), index.dataset().value("AA", "troops", 2024));
  }

  @Test
  void aSingleTopIsTheRootItself() throws IOException {
    ImportedIndex index = read("uCode,X\nAA,1\nBB,2\n", "Level,iCode,Parent,Type\n1,X,Top,Indicator\n2,Top,,Aggregate\n");
    assertEquals("top", index.framework().root().id());
    assertEquals(1.0, index.framework().nodes().stream().filter(n -> n.id().equals("x")).findFirst().orElseThrow().weight(),
        "the weight defaults to 1 without a Weight column");
    assertEquals(Direction.BENEFIT, index.catalogue().get("x").direction(), "the direction defaults to 1");
  }

  @Test
  void aLevelThatContradictsTheStructureIsNamed() {
    InvalidInputException e = rejected("uCode,X,Y\nAA,1,2\n",
        "Level,iCode,Parent,Type\n2,X,Top,Indicator\n1,Y,Top,Indicator\n4,Top,,Aggregate\n");
    assertTrue(e.getMessage().contains("indicator 'X' is at Level 2; indicators are at level 1"), e.getMessage());
    assertTrue(e.getMessage().contains("'Y' is at Level 1 under 'Top' at Level 4; a parent is one level above its children"),
        e.getMessage());
    assertTrue(e.getMessage().contains(":2:1:") && e.getMessage().contains(":3:1:"), "the Level cells: " + e.getMessage());
  }

  @Test
  void codesBecomeIdsThatStartWithALetter() throws IOException {
    ImportedIndex index = read("uCode,1st.Score\nAA,1\n", "Level,iCode,Parent,Type\n1,1st.Score,Top,Indicator\n2,Top,,Aggregate\n");
    assertEquals(List.of("i_1st_score"), index.dataset().indicators());
  }

  @Test
  void missingColumnsAreNamed() {
    InvalidInputException e = rejected(DATA, "iCode,Level\nGDP,1\n");
    assertTrue(e.getMessage().contains("iMeta.csv:1: the header has no 'Parent' column"), e.getMessage());
    assertTrue(e.getMessage().contains("the header has no 'Type' column"), e.getMessage());
  }

  @Test
  void inconsistentTablesAreRejectedWithEveryProblemNamed() {
    String meta = """
        Level,iCode,Direction,Weight,Parent,Type
        1,GDP,2,1,Econ,Indicator
        1,gdp,1,1,Econ,Indicator
        1,Troops,1,lots,Nowhere,Indicator
        1,Ghost,1,1,Econ,Indicator
        1,Pop,1,1,GDP,Indicator
        2,Econ,,1,,Aggregate
        """;
    InvalidInputException e = rejected("uName,GDP,Extra\nAlpha,1,2\n", meta);
    String m = e.getMessage();
    assertTrue(m.contains("iMeta.csv:3:2: codes 'GDP' and 'gdp' both become id 'gdp' (first at line 2)"), m);
    assertTrue(m.contains("Direction of 'GDP' is 2.0; it must be 1 or -1"), m);
    assertTrue(m.contains("iMeta.csv:4:5: the parent 'Nowhere' of 'Troops' is not in the metadata; it must be an Aggregate"), m);
    assertTrue(m.contains("the parent 'GDP' of 'Pop' is of type Indicator"), m);
    assertTrue(m.contains("indicator 'Ghost' has no column in"), m);
    assertTrue(m.contains("iData.csv:1: the header has no 'uCode' column"), m);
    assertTrue(m.contains("iData.csv:1:3: column 'Extra' is neither uCode, uName, Time nor a code of the metadata"), m);
  }

  /** Issue 15, item 5: a ragged row stopped the reading, and a repeat named no first position. */
  @Test
  void repeatedCodesColumnsAndUnitsNameWhereTheFirstIsAndComeWithEveryOtherProblem() {
    String meta = """
        Level,iCode,Direction,Weight,Parent,Type
        1,GDP,1,1,Econ,Indicator
        1,Debt,-1,-2,Econ,Indicator
        1,GDP,1,1,Econ,Indicator
        2,Econ,,1,,Aggregate
        """;
    String data = """
        uCode,Time,GDP,Debt,Debt
        AA,2021,1,2,2
        AA,2021,3,4,4
        BB,2021,1
        BB,2021,oops,2,2
        ,2021,1,2,2
        """;
    InvalidInputException e = rejected(data, meta);
    String d = dir.resolve("iData.csv").toString();
    String m = dir.resolve("iMeta.csv").toString();
    assertEquals(Set.of(
        d + ":1:5: column 'Debt' appears twice in the header (first at column 4)",
        d + ":4: the row has 3 fields; the header has 5",
        m + ":4:2: code 'GDP' is given twice (first at line 2)",
        m + ":3:4: node 'debt': weight is -2.0; it must be finite and >= 0",
        d + ":3:1: unit 'AA' in 2021 is given twice (first at line 2)",
        d + ":5:3: GDP: 'oops' is not a finite number",
        d + ":6:1: uCode is empty"),
        e.problems().stream().map(Object::toString).collect(Collectors.toSet()), e.getMessage());
    assertEquals(7, e.problems().size(), e.getMessage());
  }

  @Test
  void aUnitGivenTwiceWithoutATimeColumnNamesTheFirstLine() {
    InvalidInputException e = rejected("uCode,GDP,Debt,Troops\nAA,1,2,3\nBB,1,2,3\nAA,4,5,6\n", META);
    assertEquals(dir.resolve("iData.csv") + ":4:1: unit 'AA' is given twice (first at line 2)", e.getMessage());
  }

  @Test
  void anIndexWithoutATopIsRejected() {
    InvalidInputException e = rejected("uCode,X\nAA,1\n", "Level,iCode,Parent,Type\n1,X,X,Aggregate\n");
    assertTrue(e.getMessage().contains("no aggregate has an empty Parent: the index has no top"), e.getMessage());
  }

  @Test
  void badCellsAreNamedByLineAndColumn() {
    InvalidInputException e = rejected("uCode,Time,GDP,Debt,Troops\nAA,2021,1,2,3\nBB,soon,x,2,3\n", META);
    String m = e.getMessage();
    assertTrue(m.contains("iData.csv:3:2"), m);
    assertTrue(m.contains("iData.csv:3:3"), m);
    InvalidInputException fractional = rejected("uCode,Time,GDP,Debt,Troops\nAA,2021.5,1,2,3\n", META);
    assertTrue(fractional.getMessage().contains("iData.csv:2:2: Time: '2021.5' is not a year in 1000..9999"), fractional.getMessage());
    InvalidInputException ragged = rejected("uCode,GDP,Debt,Troops\nAA,1,2\n", META);
    assertTrue(ragged.getMessage().contains("iData.csv:2: the row has 3"), ragged.getMessage());
    InvalidInputException empty = rejected("", META);
    assertTrue(empty.getMessage().contains("iData.csv:1: the file has no header row"), empty.getMessage());
  }
}
