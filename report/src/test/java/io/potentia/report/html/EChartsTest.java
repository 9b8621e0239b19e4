package io.potentia.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The inlined charting library holds no NaN or Infinity token, and the rewriting keeps names, keys and texts. */
class EChartsTest {
  private static final Pattern NOT_FINITE = Pattern.compile("(?<![A-Za-z0-9_$.])(NaN|-?Infinity)(?![A-Za-z0-9_$])");

  @Test
  void theInlinedLibraryHoldsNoNaNOrInfinityToken() {
    String script = ECharts.script();
    var m = NOT_FINITE.matcher(script);
    assertFalse(m.find(), () -> "left: " + script.substring(Math.max(0, m.start() - 40), Math.min(script.length(), m.end() + 20)));
  }

  /** Hand-made cases: values become arithmetic; names, properties, keys and quoted texts stay. */
  @Test
  void valuesAreRewrittenAndNamesKeysAndTextsAreKept() {
    assertEquals("return (0/0);r=[(0/0),(0/0)];a=t?(0/0):-(1/0);new Date((0/0));o={a:(0/0)}",
        ECharts.notFiniteAsArithmetic("return NaN;r=[NaN,NaN];a=t?NaN:-Infinity;new Date(NaN);o={a:NaN}"));
    assertEquals("isNaN(x)||Number.NaN||o.Infinity||{NaN:1,Infinity:2}||\"NaN\"||'Infinity'||NaNs",
        ECharts.notFiniteAsArithmetic("isNaN(x)||Number.NaN||o.Infinity||{NaN:1,Infinity:2}||\"NaN\"||'Infinity'||NaNs"));
  }
}
