package io.potentia.core.data;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes datasets in the two CSV forms that {@link DatasetCsv} reads back. */
final class CsvWriting {
  private CsvWriting() {}

  static void writeLong(Dataset dataset, Writer out) throws IOException {
    writeLabels(dataset, out);
    try (CsvGenerator csv = generator(out)) {
      row(csv, "area", "indicator", "year", "value", "source", "note");
      // the callback cannot throw a checked exception: keep the first failure and skip the rest
      IOException[] failure = new IOException[1];
      dataset.forEachObservation(o -> {
        if (failure[0] != null) {
          return;
        }
        try {
          row(csv, o.area(), o.indicator(), Integer.toString(o.year()),
              o.value().isPresent() ? Double.toString(o.value().getAsDouble()) : "",
              o.source().orElse(""), o.note().orElse(""));
        } catch (IOException e) {
          failure[0] = e;
        }
      });
      if (failure[0] != null) {
        throw failure[0];
      }
    }
  }

  static void writeWide(Dataset dataset, Writer out) throws IOException {
    writeLabels(dataset, out);
    int[] years = dataset.years();
    List<String> areas = dataset.areas();
    int nInd = dataset.indicatorCount();
    String[] cells = new String[2 + nInd];
    try (CsvGenerator csv = generator(out)) {
      cells[0] = "area";
      cells[1] = "year";
      for (int i = 0; i < nInd; i++) {
        cells[2 + i] = dataset.indicators().get(i);
      }
      row(csv, cells);
      // a row runs across the indicators, the dataset's columns down the areas: copy one year's columns first
      double[] column = new double[areas.size()];
      double[][] byIndicator = new double[nInd][];
      for (int y = 0; y < years.length; y++) {
        for (int i = 0; i < nInd; i++) {
          dataset.copyColumn(i, y, column, 0);
          byIndicator[i] = column.clone();
        }
        for (int a = 0; a < areas.size(); a++) {
          cells[0] = areas.get(a);
          cells[1] = Integer.toString(years[y]);
          for (int i = 0; i < nInd; i++) {
            double v = byIndicator[i][a];
            cells[2 + i] = Double.isNaN(v) ? "" : Double.toString(v);
          }
          row(csv, cells);
        }
      }
    }
  }

  private static void writeLabels(Dataset dataset, Writer out) throws IOException {
    for (String label : dataset.labels()) {
      for (String line : label.split("\\R", -1)) {
        out.write("# " + line + "\n");
      }
    }
  }

  private static CsvGenerator generator(Writer out) throws IOException {
    CsvGenerator csv = (CsvGenerator) DatasetCsv.FACTORY.createGenerator(out);
    csv.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    csv.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
    return csv;
  }

  private static void row(CsvGenerator csv, String... cells) throws IOException {
    csv.writeStartArray();
    for (String cell : cells) {
      csv.writeString(cell);
    }
    csv.writeEndArray();
  }
}
