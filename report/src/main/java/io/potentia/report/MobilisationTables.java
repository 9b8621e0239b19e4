package io.potentia.report;

import io.potentia.scoring.analysis.planning.mobilisation.MobilisationResult;

/** The CSV tables of a mobilisation result. */
public final class MobilisationTables {
  private MobilisationTables() {}

  /**
   * Coverage: {@code area,category,phase,demand,capacity,received,sent,shortfall,coverage,coverage_alone},
   * one row per area, category and phase.
   *
   * @param result the result
   * @return the table
   */
  public static CsvTable coverage(MobilisationResult result) {
    CsvTable t = CsvTable.withColumns("area", "category", "phase", "demand", "capacity", "received", "sent", "shortfall",
        "coverage", "coverage_alone");
    for (MobilisationResult.Coverage c : result.coverage()) {
      t.row(c.area(), c.category(), c.phase(), CsvTable.decimal(c.demand()), CsvTable.decimal(c.capacity()),
          CsvTable.decimal(c.received()), CsvTable.decimal(c.sent()), CsvTable.decimal(c.shortfall()),
          CsvTable.decimal(c.coverage()), CsvTable.decimal(c.coverageAlone()));
    }
    return t;
  }

  /**
   * Flows of mutual support: {@code category,phase,from,to,amount,cost}.
   *
   * @param result the result
   * @return the table
   */
  public static CsvTable flows(MobilisationResult result) {
    CsvTable t = CsvTable.withColumns("category", "phase", "from", "to", "amount", "cost");
    for (MobilisationResult.Flow f : result.flows()) {
      t.row(f.category(), f.phase(), f.from(), f.to(), CsvTable.decimal(f.amount()), CsvTable.decimal(f.cost()));
    }
    return t;
  }
}
