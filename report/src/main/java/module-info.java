/**
 * Potentia report: the file forms of every result, that is the self-contained HTML report, the
 * Excel workbook and the CSV tables; and datasets in workbooks, read from a sheet and written as a
 * data-entry template.
 *
 * <p>Every package is exported. Its API takes and returns core and scoring types, so those modules
 * are required transitively; the workbook writer and reader (fastexcel) are implementation details.
 */
module io.potentia.report {
  requires transitive io.potentia.core;
  requires transitive io.potentia.scoring;
  requires org.dhatim.fastexcel;
  requires org.dhatim.fastexcel.reader;

  exports io.potentia.report;
  exports io.potentia.report.audit;
  exports io.potentia.report.html;
  exports io.potentia.report.xlsx;
  exports io.potentia.report.works;
  opens io.potentia.report.works to com.fasterxml.jackson.databind;
}
