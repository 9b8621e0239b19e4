package io.potentia.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.potentia.scoring.analysis.planning.works.WorksSchedule.Unfunded;
import io.potentia.scoring.check.Screening;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine's facts put into words: numbers in the language's format, years as they are. */
class EngineWordsTest {
  private static final Screening.Screened CAUGHT = Screening.Screened.of("P1", Screening.Action.FLAG, List.of(
      new Screening.Shortfall("index", false, 12, 48, 2 / 3.0), new Screening.Shortfall("p", true, 1, 3, 0.5)));

  @Test
  void aScreenedAreasShortfallsReadAsTheEnginesSentenceInEnglishAndInVietnamese() {
    // 12 / 48 = 25.0%, minimum 2/3 = 66.7%; 1 / 3 = 33.3%, minimum 50.0%
    assertEquals(String.join("; ", CAUGHT.reasons()), EngineWords.screened(Labels.of("en"), CAUGHT));
    assertEquals("12 of 48 indicators (25.0%), below the minimum 66.7%; 1 of 3 indicators of 'p' (33.3%), below the"
        + " minimum 50.0%", EngineWords.screened(Labels.of("en"), CAUGHT));
    assertEquals("có 12 trên 48 chỉ tiêu (25,0%), thấp hơn mức tối thiểu 66,7%; có 1 trên 3 chỉ tiêu thuộc “p” (33,3%),"
        + " thấp hơn mức tối thiểu 50,0%", EngineWords.screened(Labels.of("vi"), CAUGHT));
  }

  @Test
  void aScreenedAreaReadBackWithoutShortfallsKeepsItsEnglishReasonsMarkedAsEnglish() {
    Screening.Screened old = new Screening.Screened("P1", Screening.Action.FLAG, List.of("1 of 3 indicators (33.3%)"));
    assertEquals("<span lang=\"en\">1 of 3 indicators (33.3%)</span>", EngineWords.screened(Labels.of("vi"), old));
  }

  @Test
  void anUnfundedWorkReadsInTheLanguageWithItsCostInTheLanguagesFormat() {
    Unfunded budget = Unfunded.budget("CB", 2, 1234.5, 2030);
    assertEquals("its 2 stages (cost 1,234.50) cannot all be paid and ended by 2030 after the works before it",
        EngineWords.unfunded(Labels.of("en"), budget));
    assertEquals("2 giai đoạn của công trình (chi phí 1.234,50) không thể được chi trả và hoàn thành toàn bộ đến hết năm"
        + " 2030, sau các công trình xếp trước", EngineWords.unfunded(Labels.of("vi"), budget));
    Unfunded two = Unfunded.dependency("RD", List.of("A", "B"), 1, 1, 2030);
    assertEquals(two.detail(), EngineWords.unfunded(Labels.of("en"), two));
    assertEquals("cần các công trình “A”, “B”, nhưng các công trình này chưa được nghiệm thu đến hết năm 2030",
        EngineWords.unfunded(Labels.of("vi"), two));
  }
}
