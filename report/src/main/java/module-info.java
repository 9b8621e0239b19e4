/**
 * Potentia report: the file forms of every result, that is the self-contained HTML report, the
 * Excel workbook and the CSV tables.
 *
 * <p>Both its packages are exported. Its API takes and returns core and scoring types, so those
 * modules are required transitively; the workbook writer (fastexcel) is an implementation detail.
 */
module io.potentia.report {
  requires transitive io.potentia.core;
  requires transitive io.potentia.scoring;
  requires org.dhatim.fastexcel;

  exports io.potentia.report;
  exports io.potentia.report.audit;
  exports io.potentia.report.html;
}
