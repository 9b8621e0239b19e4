package io.potentia.report.html;

import static io.potentia.core.indicator.Direction.BENEFIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.scoring.analysis.sensitivity.MethodAgreement;
import io.potentia.scoring.rank.Criterion;
import io.potentia.scoring.rank.DecisionProblem;
import io.potentia.scoring.rank.RankingMethod;
import io.potentia.scoring.rank.RankingResult;
import io.potentia.scoring.spi.Described;
import io.potentia.scoring.spi.TiePolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MethodAgreementPageTest {
  /** (1, 2, 3) against (2, 1, 3): rho 0.5, r_w = 1 - 6 * 10 / 96 = 0.375, WS = 0.5 (see MethodAgreementFilesTest). */
  private static final MethodAgreement.Result RESULT = MethodAgreement.compare(
      DecisionProblem.of(List.of("X", "Y", "Z"), List.of(Criterion.of("c", BENEFIT, 1)), new double[][] {{1}, {2}, {3}}),
      List.of(fixed("first", 1, 2, 3), fixed("second<&>", 2, 1, 3)));

  private static Described<RankingMethod> fixed(String name, double... ranks) {
    RankingMethod m = p -> RankingResult.builder().method(name).alternatives(p.alternatives())
        .scores(Arrays.stream(ranks).boxed().toList()).higherIsBetter(false).build();
    return Described.of(name, m);
  }

  private static final String HTML = new MethodAgreementPage("Methods compared", RESULT, TiePolicy.MIN).html();

  @Test
  void theRanksTableHasARowPerAlternativeAndAColumnPerMethod() {
    assertTrue(HTML.contains("<tr><th>alternative</th><th>first</th><th>second&lt;&amp;&gt;</th></tr>"), HTML);
    assertTrue(HTML.contains("<tr><td style=\"text-align:left\">Y</td><td>2</td><td>1</td></tr>"), HTML);
  }

  @Test
  void eachMatrixIsAHeatMapWhoseCellsCarryTheirValue() {
    for (String id : List.of("agreement-spearman", "agreement-weighted-spearman", "agreement-ws")) {
      assertEquals(4, cells(id).size(), id + ": a cell per ordered pair of the two methods");
    }
    assertEquals(List.of("1.0000", "0.5000", "0.5000", "1.0000"), cells("agreement-spearman"));
    assertEquals(List.of("1.0000", "0.3750", "0.3750", "1.0000"), cells("agreement-weighted-spearman"));
    assertEquals(List.of("1.0000", "0.5000", "0.5000", "1.0000"), cells("agreement-ws"));
  }

  @Test
  void fullAgreementIsGreenAndWsHalfIsYellowOnItsOwnScaleFromZero() {
    String ws = chart("agreement-ws");
    assertTrue(ws.contains("fill=\"" + Svg.scale(1) + "\""), ws);
    assertTrue(ws.contains("fill=\"" + Svg.scale(0.5) + "\""), "WS 0.5 sits midway on [0, 1]");
    String rho = chart("agreement-spearman");
    assertTrue(rho.contains("fill=\"" + Svg.scale(0.75) + "\""), "rho 0.5 sits three quarters up [-1, 1]");
  }

  @Test
  void thePageIsSelfContained(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("agreement.html");
    new MethodAgreementPage("Methods compared", RESULT, TiePolicy.MIN).write(file);
    String written = Files.readString(file);
    assertEquals(HTML, written);
    assertFalse(written.contains("<script src") || written.contains("<link"), "no external resource");
  }

  private static String chart(String id) {
    int start = HTML.indexOf("<svg id=\"" + id + "\"");
    assertTrue(start >= 0, id);
    return HTML.substring(start, HTML.indexOf("</svg>", start));
  }

  private static List<String> cells(String id) {
    Matcher m = Pattern.compile("<title>[^<]*: (-?[0-9.]+)</title>").matcher(chart(id));
    List<String> values = new java.util.ArrayList<>();
    while (m.find()) {
      values.add(m.group(1));
    }
    return values;
  }
}
