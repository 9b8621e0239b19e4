package io.potentia.cli;

import io.potentia.core.data.Dataset;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.result.ScoreReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import io.potentia.scoring.analysis.ProgressListener;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Long-running work shows a progress bar on a terminal (me.tongfei's progressbar, on standard
 * error) and stays quiet when output is not a terminal, so that pipes and CI logs see only results.
 */
final class Progress {
  private Progress() {}

  static boolean onTerminal() {
    return System.console() != null && System.getenv("CI") == null;
  }

  static List<ScoreReport> scoreYears(ScoringPipeline pipeline, Dataset data, PrintWriter err) {
    int[] years = data.years();
    if (!onTerminal() || years.length < 2) {
      return pipeline.scoreAllYears(data);
    }
    List<ScoreReport> out = new ArrayList<>();
    try (ProgressBar bar = new ProgressBarBuilder().setTaskName("scoring").setInitialMax(years.length)
        .setStyle(ProgressBarStyle.ASCII).setUnit(" years", 1).build()) {
      for (int year : years) {
        out.add(pipeline.score(data, year));
        bar.step();
      }
    }
    return out;
  }

  /**
   * Runs a long analysis with a bar on a terminal, fed by its progress listener; elsewhere the
   * analysis gets no listener at all.
   */
  static <T> T withBar(String task, String unit, Function<ProgressListener, T> analysis) {
    if (!onTerminal()) {
      return analysis.apply(null);
    }
    try (ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setStyle(ProgressBarStyle.ASCII)
        .setUnit(" " + unit, 1).build()) {
      // reports arrive from worker threads out of order: the bar only moves forward
      return analysis.apply((done, total) -> {
        synchronized (bar) {
          bar.maxHint(total);
          if (done > bar.getCurrent()) {
            bar.stepTo(done);
          }
        }
      });
    }
  }
}
