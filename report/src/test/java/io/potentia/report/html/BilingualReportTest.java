package io.potentia.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.scoring.result.ReportFixture;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The report in Vietnamese says nothing in English: no text of the English bundle is left in what
 * a reader of the Vietnamese page sees (its text, the titles shown on hover and the charts' labels),
 * for a report with every section. Names and codes of the data (areas, indicators, works) are the
 * data's, not the report's words, and may be in any language.
 */
class BilingualReportTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

  @Test
  void theBundlesNameTheSameKeys() throws Exception {
    assertEquals(bundle("labels_en.properties").stringPropertyNames(), bundle("labels_vi.properties").stringPropertyNames());
  }

  @Test
  void theVietnamesePageOfAReportWithEverySectionHoldsNoEnglishLabel() throws Exception {
    ReportFixture fixture = new ReportFixture();
    String vi = visible(EverySectionReport.of(fixture).withLanguage("vi").html());
    String en = visible(EverySectionReport.of(fixture).html());
    Properties english = bundle("labels_en.properties");
    Properties vietnamese = bundle("labels_vi.properties");
    List<String> leftInEnglish = new ArrayList<>();
    int checked = 0;
    for (String key : new TreeSet<>(english.stringPropertyNames())) {
      for (String fragment : PLACEHOLDER.split(english.getProperty(key))) {
        String words = fragment.strip().replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
        // a fragment of one short word ("By", "x") or one the two languages share ("Sobol") says nothing
        if (words.length() < 4 || vietnamese.getProperty(key).contains(words)) {
          continue;
        }
        checked++;
        Matcher found = Pattern.compile("(?<![\\w.-])" + Pattern.quote(words) + "(?![\\w.-])").matcher(vi);
        if (found.find()) {
          leftInEnglish.add(key + ": '" + words + "' in '" + vi.substring(Math.max(0, found.start() - 40),
              Math.min(vi.length(), found.end() + 40)).replace('\n', ' ') + "'");
        }
      }
    }
    assertEquals(List.of(), leftInEnglish, "English text on the Vietnamese page");
    assertTrue(checked > 150, "most of the bundle was looked for: " + checked);
    // the check can fail: the English page does show the English words of the static sections
    for (String key : List.of("h.strengths", "h.mobilisation", "h.works", "audit.agree", "col.keptBack", "mobilisation.noFlows")) {
      String text = english.getProperty(key);
      if (!key.equals("mobilisation.noFlows")) {
        assertTrue(en.contains(text), "the English page shows " + key + " '" + text + "'");
      }
      assertTrue(!vi.contains(text), key);
    }
  }

  @Test
  void theVietnamesePageWritesNumbersWithADecimalComma() {
    ReportFixture fixture = new ReportFixture();
    String vi = EverySectionReport.of(fixture).withLanguage("vi").html();
    // the budget line is 2 + 0.5 x with R² 0.96..., the works' index to four decimals, the mobilisation shares in per cent
    Matcher budget = Pattern.compile("Hồi quy economic.spending theo điểm Tiềm lực kinh tế trên 5 địa bàn: (\\S+) \\+ (\\S+) x")
        .matcher(vi);
    assertTrue(budget.find(), "the budget's line in words");
    assertEquals("2,0000", budget.group(1));
    assertEquals("0,5000", budget.group(2));
    assertTrue(vi.contains("<td class=\"num\">20,00</td>"), "the mobilisation flow's amount, 20 with a decimal comma");
    assertTrue(vi.contains("data-value=\"" + fixture.reports.get(2).score(fixture.reports.get(2).root(), "P0") + "\""),
        "data attributes stay machine-readable, with a decimal point");
  }

  /**
   * What a reader sees: the text outside scripts, styles and the spec's JSON, and the titles and
   * labels shown on hover, other than a bare code (a title of one word) and the engine's own English
   * text, marked {@code lang="en"} (a screening's reasons, why a work is unfunded).
   */
  static String visible(String html) {
    String body = html.replaceAll("(?s)<script>.*?</script>", " ").replaceAll("(?s)<style>.*?</style>", " ")
        .replaceAll("(?s)<pre id=\"spec\">.*?</pre>", " ").replaceAll("(?s)<(span|td) lang=\"en\">.*?</\\1>", " ");
    StringBuilder seen = new StringBuilder();
    Matcher attribute = Pattern.compile("(?:title|aria-label)=\"([^\"]*)\"").matcher(body);
    while (attribute.find()) {
      if (attribute.group(1).contains(" ")) {
        seen.append(attribute.group(1)).append('\n');
      }
    }
    seen.append(body.replaceAll("(?s)<[^>]*>", "\n"));
    return seen.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#178;", "²")
        .replace("&amp;", "&");
  }

  private static Properties bundle(String file) throws Exception {
    Properties p = new Properties();
    try (InputStream in = Labels.class.getResourceAsStream(file)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
