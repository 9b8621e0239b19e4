package io.potentia.examples;

import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.data.Dataset;
import io.potentia.core.data.DatasetCsv;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.analysis.planning.mobilisation.MobilisationPlan;
import io.potentia.scoring.analysis.readiness.ClassScheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The synthetic data bundled with the examples, read from the class path. */
public final class BundledData {
  /** Class-path folder of the bundled files. */
  public static final String FOLDER = "/io/potentia/examples/data/";

  private BundledData() {}

  /**
   * The synthetic area hierarchy.
   *
   * @return the hierarchy
   */
  public static AreaHierarchy hierarchy() {
    try (InputStream in = open("synthetic-areas.json")) {
      return PotentiaJson.read(FOLDER + "synthetic-areas.json", in, AreaHierarchy.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The synthetic dataset, checked against the built-in catalogue.
   *
   * @return the dataset
   */
  public static Dataset dataset() {
    try (Reader in = new InputStreamReader(open("synthetic-dataset.csv"), StandardCharsets.UTF_8)) {
      return DatasetCsv.read(FOLDER + "synthetic-dataset.csv", in, IndicatorCatalogue.builtIn());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A bundled classes file: {@code classes-conjunctive.json} (every pillar at 20, 35 or 50 for fair,
   * strong, comprehensively strong) or {@code classes-mr-sort.json} (pillars at 30, 45 or 60 weighing
   * 70% of the vote, political counted twice).
   *
   * @param name the file's name
   * @return the classes
   */
  public static ClassScheme classes(String name) {
    try (InputStream in = open(name)) {
      return PotentiaJson.read(FOLDER + name, in, ClassScheme.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The bundled synthetic works plan ({@code works-synthetic.json}): the headquarters, combat base and
   * key defensive areas of three synthetic provinces, and a shelter, under four yearly budgets.
   *
   * @return the plan
   */
  public static io.potentia.report.works.WorksPlanFile works() {
    try (InputStream in = open("works-synthetic.json")) {
      return io.potentia.report.works.WorksPlanFile.read(FOLDER + "works-synthetic.json", in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The synthetic mobilisation plan of the provinces of military region SYN-MR2 ({@code
   * mobilisation-synthetic.json}): personnel, transport, days of supply and converted industry in
   * months 0-3, 3-6 and 6-12, with links of mutual support between neighbours. Not a real plan.
   *
   * @return the plan
   */
  public static MobilisationPlan mobilisationPlan() {
    try (InputStream in = open("mobilisation-synthetic.json")) {
      return PotentiaJson.read(FOLDER + "mobilisation-synthetic.json", in, MobilisationPlan.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String name) {
    InputStream in = BundledData.class.getResourceAsStream(FOLDER + name);
    if (in == null) {
      throw new IllegalStateException("bundled file " + FOLDER + name + " is missing from the class path");
    }
    return in;
  }
}
