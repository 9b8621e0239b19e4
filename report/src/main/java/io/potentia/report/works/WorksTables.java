package io.potentia.report.works;

import io.potentia.report.CsvTable;
import io.potentia.scoring.analysis.planning.works.WorksSchedule;

/** The CSV tables of a defensive works schedule. */
public final class WorksTables {
  private WorksTables() {}

  /**
   * The payments: {@code year,work,stage,cost,end_year}, one row per stage paid, in the schedule's
   * order (by year); {@code end_year} is the year the stage's work is done.
   *
   * @param schedule the schedule
   * @return the table
   */
  public static CsvTable payments(WorksSchedule schedule) {
    CsvTable table = CsvTable.withColumns("year", "work", "stage", "cost", "end_year");
    for (WorksSchedule.Payment p : schedule.payments()) {
      table.row(Integer.toString(p.year()), p.work(), p.stage().name(), CsvTable.number(p.cost()), Integer.toString(p.endYear()));
    }
    return table;
  }
}
