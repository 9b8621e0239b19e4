package io.potentia.cli;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.DatasetReader;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.report.xlsx.DatasetXlsx;
import io.potentia.scoring.validate.FileCheck;
import io.potentia.scoring.spec.Strategies;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints what {@link FileCheck} finds in each file: its kind, or every problem, not only the first. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Checks framework, dataset (CSV, JSON, .xlsx), catalogue, hierarchy, strategy-spec, problem and pairwise files; prints every problem.")
final class ValidateCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "the files to check")
  List<Path> files;

  @Option(names = "--catalogue", paramLabel = "FILE", description = "check datasets and frameworks against this catalogue (default: the built-in one)")
  Path catalogueFile;

  @Option(names = "--sheet", paramLabel = "NAME", description = "the sheet of each Excel workbook (.xlsx) that holds its dataset (default: the first)")
  String sheet;

  @Override
  public Integer call() {
    if (sheet != null && files.stream().noneMatch(Inputs::isWorkbook)) {
      throw InvalidInputException.at("--sheet", "--sheet " + sheet + " names a sheet of an Excel workbook (.xlsx), but no"
          + " file given is one");
    }
    IndicatorCatalogue catalogue = catalogueFile == null ? IndicatorCatalogue.builtIn() : IndicatorCatalogue.read(catalogueFile);
    DatasetReader workbooks = DatasetXlsx.reader(sheet);
    Map<String, DatasetReader> readers = Map.of("xlsx", workbooks, "xlsm", workbooks, "xls", workbooks);
    var out = spec.commandLine().getOut();
    int bad = 0;
    for (Path file : files) {
      FileCheck.Result r = FileCheck.check(file, catalogue, Strategies.registry(), readers);
      if (r.valid()) {
        out.println(file + ": valid " + r.kind());
      } else {
        bad++;
        out.println(file + ": " + r.problems().size() + " problem" + (r.problems().size() > 1 ? "s" : ""));
        r.problems().forEach(p -> out.println("  " + p));
      }
    }
    out.flush();
    return bad == 0 ? 0 : Potentia.BAD_INPUT;
  }
}
