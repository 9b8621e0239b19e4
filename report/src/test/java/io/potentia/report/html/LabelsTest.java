package io.potentia.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The report's two languages. */
class LabelsTest {
  @Test
  void bothLanguagesNameTheSameKeys() throws Exception {
    assertEquals(keys("labels_en.properties"), keys("labels_vi.properties"));
    assertEquals(keys("labels_en.properties"), keys("labels.properties"), "the default bundle is the English one");
  }

  @Test
  void numbersFollowTheLocale() {
    // Vietnamese writes a decimal comma and a point between thousands; English the reverse
    assertEquals("1.234,5", Labels.of("vi").number(1234.5, 1));
    assertEquals("1,234.5", Labels.of("en").number(1234.5, 1));
    assertEquals("thiếu", Labels.of("vi").number(Double.NaN, 1), "missing, not NaN");
    assertEquals("Quân khu", Labels.of("vi").text("col.region"));
    assertEquals("Tiềm lực chính trị", Labels.of("vi").textOr("pillar.political", "political"));
    assertEquals("12,5%", Labels.of("vi").percent(0.125, 1));
    assertEquals("12.5%", Labels.of("en").percent(0.125, 1));
    assertEquals("my-pillar", Labels.of("vi").textOr("pillar.my-pillar", "my-pillar"), "an untranslated pillar shows its id");
  }

  @Test
  void placeholdersAreReplacedAsGivenAndApostrophesSurvive() {
    assertEquals("Framework 'f'; 3 values imputed and 0 gaps left in 2022; ranks with ties at the best shared rank (MIN)."
        + " Input hash (SHA-256):", Labels.of("en").format("method.summary", "f", 3, 0, "2022", "MIN"));
    assertEquals("hạng 7", Labels.of("vi").format("uncertainty.rank", 7));
  }

  @Test
  void directionsAndAreasShowTheirNamesAndUnknownOnesTheirIds() {
    assertEquals("Hướng Tây Bắc", Labels.of("vi").direction("north-west"));
    assertEquals("North-west", Labels.of("en").direction("north-west"));
    assertEquals("east-by-north", Labels.of("en").direction("east-by-north"), "a direction the bundles do not name");
    io.potentia.core.area.AreaHierarchy h = new io.potentia.scoring.result.ReportFixture().hierarchy;
    assertEquals(h.area("P1").name(), Labels.of("en").withAreas(h).area("P1"));
    assertEquals("ELSEWHERE", Labels.of("en").withAreas(h).area("ELSEWHERE"), "an area the hierarchy lacks shows its id");
    assertEquals("P1", Labels.of("en").area("P1"), "no hierarchy: ids");
  }

  @Test
  void nodesShowThePillarsNameOrTheCataloguesIndicatorNameInTheLanguage() {
    assertEquals("Thế trận lòng dân", Labels.of("vi").node("hearts-and-minds-posture"));
    assertEquals("Niềm tin vào Chính phủ", Labels.of("vi").node("political.trust_government"), "the catalogue's nameVi");
    assertEquals("Trust in the national government", Labels.of("en").node("political.trust_government"));
    assertEquals("my.indicator", Labels.of("vi").node("my.indicator"), "a node of a user's own framework shows its id");
  }

  @Test
  void anotherLanguageIsRejectedByName() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Labels.of("fr"));
    assertTrue(e.getMessage().contains("'fr' is not a language of the report; use one of [en, vi]"), e.getMessage());
  }

  private static java.util.Set<Object> keys(String file) throws Exception {
    Properties p = new Properties();
    try (InputStream in = Labels.class.getResourceAsStream(file)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p.keySet();
  }
}
