package io.potentia.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.scoring.result.ReportFixture;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  /**
   * The engine's reasons (why an area is screened, why a work is unfunded, why an area is unclassed)
   * are put into words in the page's language from the facts the engine records, none left in
   * English marked {@code lang="en"}; the English page keeps the engine's wording.
   */
  @Test
  void theEnginesReasonsAreWrittenInThePagesLanguage() {
    ReportFixture fixture = new ReportFixture();
    String viHtml = EverySectionReport.of(fixture).withLanguage("vi").html();
    String vi = visible(viHtml);
    String en = visible(EverySectionReport.of(fixture).html());
    int indicators = fixture.pipeline.framework().indicatorIds().size();
    int kept = EverySectionReport.KEPT;
    String root = fixture.reports.get(0).root();
    // P11 keeps 3 of the framework's indicators: below the minimum half overall, and in some pillar
    String enShare = String.format(Locale.ROOT, "%.1f%%", 100.0 * kept / indicators);
    String viShare = enShare.replace('.', ',');
    assertTrue(en.contains(kept + " of " + indicators + " indicators (" + enShare + "), below the minimum 50.0%"), "en screened");
    assertTrue(en.contains(" indicators of '"), "en: a pillar's shortfall");
    assertTrue(en.contains("needs work 'CB', which is not accepted by 2027"), "en: RD waits for CB");
    assertTrue(en.contains("its 2 stages (cost 8.00) cannot all be paid and ended by 2027 after the works before it"),
        "en: CB's budget");
    assertTrue(en.contains("no score on " + Labels.of("en").node(root) + " in 2022"), "en: P11 unclassed");
    assertTrue(vi.contains("có " + kept + " trên " + indicators + " chỉ tiêu (" + viShare + "), thấp hơn mức tối thiểu 50,0%"),
        "vi screened");
    assertTrue(vi.contains(" chỉ tiêu thuộc “"), "vi: a pillar's shortfall");
    assertTrue(vi.contains("cần công trình “CB”, nhưng công trình này chưa được nghiệm thu đến hết năm 2027"), "vi: RD");
    assertTrue(vi.contains("2 giai đoạn của công trình (chi phí 8,00) không thể được chi trả"), "vi: CB's budget");
    assertTrue(vi.contains("không có điểm về " + Labels.of("vi").node(root) + " trong năm 2022"), "vi: P11 unclassed");
    for (String english : List.of("indicators (", "below the minimum", "needs work", "stages (cost", "no score on")) {
      assertFalse(vi.contains(english), "the Vietnamese page holds '" + english + "'");
    }
    assertFalse(viHtml.contains("lang=\"en\""), "nothing on the Vietnamese page is marked as English");
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
   * labels shown on hover, other than a bare code (a title of one word).
   */
  static String visible(String html) {
    String body = html.replaceAll("(?s)<script>.*?</script>", " ").replaceAll("(?s)<style>.*?</style>", " ")
        .replaceAll("(?s)<pre id=\"spec\">.*?</pre>", " ");
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
