package io.potentia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import io.potentia.core.json.PotentiaJson;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.module.ResolvedModule;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published modules as a module-path user gets them. The tests themselves run on the class
 * path, where {@code module-info} is ignored; this test takes the built modules of core, scoring,
 * report and testkit (their {@code target/classes} or jars, found on the class path) with exactly
 * the modules they require, resolves them into a module layer of their own, and runs code inside
 * it: strategies found through the service, the hipparchus-backed PCA, Jackson reading and writing
 * the model, every JSON-bound type's (de)serialiser. It also compiles small user modules that
 * require one published module each, and finds a user's strategy through the service. A missing
 * {@code exports}, {@code opens}, {@code requires} (or its {@code transitive}), {@code uses} or
 * {@code provides} fails here, not at a user's.
 */
class ModulesTest {
  static final Set<String> PUBLISHED = Set.of("io.potentia.core", "io.potentia.scoring", "io.potentia.report",
      "io.potentia.testkit");
  static final String JACKSON = "com.fasterxml.jackson.databind";

  private static Map<String, ModuleReference> onClassPath;
  private static List<Path> modulePath;
  private static ModuleLayer layer;
  private static ClassLoader loader;

  @BeforeAll
  static void resolveThePublishedModulesInALayerOfTheirOwn() {
    onClassPath = modulesOnTheClassPath();
    ModuleFinder system = ModuleFinder.ofSystem();
    // the published modules and what they require at run time (static requires are left out, as
    // the JVM leaves them out), so that no test-only jar joins the layer
    modulePath = new ArrayList<>();
    Set<String> seen = new TreeSet<>(PUBLISHED);
    Deque<String> todo = new ArrayDeque<>(PUBLISHED);
    while (!todo.isEmpty()) {
      String name = todo.pop();
      ModuleReference ref = onClassPath.get(name);
      assertNotNull(ref, () -> "module " + name + " is not on the test class path (found: " + onClassPath.keySet() + ")");
      modulePath.add(Path.of(ref.location().orElseThrow()));
      for (ModuleDescriptor.Requires r : ref.descriptor().requires()) {
        if (!r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC) && system.find(r.name()).isEmpty()
            && seen.add(r.name())) {
          todo.push(r.name());
        }
      }
    }
    Configuration cf = ModuleLayer.boot().configuration()
        .resolveAndBind(ModuleFinder.of(modulePath.toArray(Path[]::new)), ModuleFinder.of(), PUBLISHED);
    // the platform loader as parent, so that nothing is found on the class path instead
    layer = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
    loader = layer.findLoader("io.potentia.core");
  }

  /** Every jar or directory of the test class path that is a module, explicit or automatic. */
  private static Map<String, ModuleReference> modulesOnTheClassPath() {
    Map<String, ModuleReference> byName = new LinkedHashMap<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      boolean module = Files.isDirectory(path) ? Files.isRegularFile(path.resolve("module-info.class"))
          : entry.endsWith(".jar") && Files.isRegularFile(path);
      if (!module) {
        continue;
      }
      try {
        for (ModuleReference ref : ModuleFinder.of(path).findAll()) {
          byName.putIfAbsent(ref.descriptor().name(), ref);
        }
      } catch (FindException e) {
        // a test-only jar that is no valid module; if a published module needed it, the lookup fails
      }
    }
    return byName;
  }

  @Test
  void thePublishedModulesAreExplicitModulesAndReadTheirDependenciesFromTheLayer() {
    for (String name : PUBLISHED) {
      Module module = layer.findModule(name).orElseThrow();
      assertFalse(module.getDescriptor().isAutomatic(), name + " has no module-info");
      assertEquals(layer, module.getLayer(), name);
    }
    ResolvedModule scoring = layer.configuration().findModule("io.potentia.scoring").orElseThrow();
    Set<String> reads = scoring.reads().stream().map(ResolvedModule::name).collect(Collectors.toSet());
    assertTrue(reads.containsAll(Set.of("io.potentia.core", JACKSON, "hipparchus.core")), reads.toString());
  }

  @Test
  void everyApiPackageIsExportedAndInternalPackagesOnlyToTheProjectsOwnModules() {
    for (String name : PUBLISHED) {
      ModuleDescriptor d = layer.findModule(name).orElseThrow().getDescriptor();
      Map<String, Set<String>> exports = d.exports().stream()
          .collect(Collectors.toMap(ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::targets));
      for (String pkg : packagesWithClasses(name)) {
        if (pkg.endsWith(".internal") || pkg.contains(".internal.")) {
          Set<String> to = exports.get(pkg);
          assertTrue(to == null || !to.isEmpty() && PUBLISHED.containsAll(to),
              name + " exports " + pkg + " to " + (to == null || to.isEmpty() ? "everyone" : to));
        } else {
          assertEquals(Set.of(), exports.get(pkg), name + " must export " + pkg + " to everyone");
        }
      }
      assertFalse(d.isOpen(), name + " is an open module");
      for (ModuleDescriptor.Opens o : d.opens()) {
        assertEquals(Set.of(JACKSON), o.targets(), name + " opens " + o.source());
      }
    }
  }

  @Test
  void theStrategiesAreFoundThroughTheServiceInTheModule() throws Exception {
    Class<?> provider = type("io.potentia.scoring.spi.StrategyProvider");
    List<String> providers = ServiceLoader.load(layer, provider).stream().map(p -> p.type().getName()).toList();
    assertTrue(providers.contains("io.potentia.scoring.spec.BuiltInStrategies"), providers.toString());

    // the registry runs ServiceLoader from inside scoring, which needs its `uses` and `provides`
    Object registry = call(type("io.potentia.scoring.spec.Strategies"), null, "registry");
    Class<?> kind = type("io.potentia.scoring.spi.StrategyKind");
    for (Object k : kind.getEnumConstants()) {
      List<?> listed = (List<?>) call(registry.getClass(), registry, "list", k);
      assertFalse(listed.isEmpty(), "no built-in " + k + " strategy in the module layer");
    }
  }

  @Test
  void principalComponentWeightsRunOnHipparchusInTheLayer() throws Exception {
    Object registry = call(type("io.potentia.scoring.spec.Strategies"), null, "registry");
    Object parameters = call(type("io.potentia.scoring.spi.Parameters"), null, "none", "pca");
    Object described = call(registry.getClass(), registry, "weighting", "pca", parameters);
    Object pca = call(described.getClass(), described, "strategy");
    double[][] columns = {{1, 2, 3, 4, 5}, {2, 4, 5, 8, 10}, {5, 3, 4, 1, 2}};
    double[] w = (double[]) call(type("io.potentia.scoring.weight.WeightingMethod"), pca, "weigh", (Object) columns);
    assertEquals(3, w.length);
    assertEquals(1, w[0] + w[1] + w[2], 1e-9);
  }

  @Test
  void jacksonReadsAndWritesTheBuiltInCatalogueInTheLayer() throws Exception {
    Class<?> catalogueType = type("io.potentia.core.indicator.IndicatorCatalogue");
    Object catalogue = call(catalogueType, null, "builtIn");
    Class<?> json = type("io.potentia.core.json.PotentiaJson");
    String text = (String) call(json, null, "write", catalogue);
    Object back = call(json, null, "readString", "catalogue", text, catalogueType);
    assertEquals(catalogue, back);
  }

  @Test
  void aPairwiseMatrixFileIsReadInTheLayer(@TempDir Path dir) throws Exception {
    // Ahp reads the file into a private record: only the opened package lets Jackson construct it
    Path file = Files.writeString(dir.resolve("pairwise.json"), "{\"matrix\": [[1, 3], [0.3333333333333333, 1]]}");
    double[][] m = (double[][]) call(type("io.potentia.scoring.weight.Ahp"), null, "readMatrix", file);
    assertEquals(3.0, m[0][1]);
  }

  /**
   * The report module reads workbooks with fastexcel's reader, which unzips with commons-compress:
   * a workbook read in the layer shows that every module it needs at run time is required.
   */
  @Test
  void aWorkbookIsReadInTheLayer(@TempDir Path dir) throws Exception {
    Path xlsx = dir.resolve("data.xlsx");
    try (java.io.OutputStream out = Files.newOutputStream(xlsx)) {
      org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
      org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Data");
      ws.value(0, 0, "area");
      ws.value(0, 1, "year");
      ws.value(0, 2, "economic.gdp");
      ws.value(1, 0, "P1");
      ws.value(1, 1, 2023);
      ws.value(1, 2, 12.5);
      wb.finish();
    }
    Object catalogue = call(type("io.potentia.core.indicator.IndicatorCatalogue"), null, "builtIn");
    Object dataset = call(type("io.potentia.report.xlsx.DatasetXlsx"), null, "read", xlsx, catalogue);
    Object value = call(dataset.getClass(), dataset, "value", "P1", "economic.gdp", 2023);
    assertEquals("OptionalDouble[12.5]", value.toString());
  }

  /**
   * Each type that Jackson binds (a Jackson annotation on it or its members, or a public record) gets
   * its serialiser and deserialiser built in the layer wherever they build on the class path: a
   * package holding such a type and not opened to Jackson fails here.
   */
  @Test
  void everyJsonBoundTypeBindsInTheLayerAsOnTheClassPath() throws Exception {
    Class<?> probeInLayer;
    URL testClasses = ModulesTest.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader child = new URLClassLoader(new URL[] {testClasses}, loader)) {
      probeInLayer = child.loadClass(Probe.class.getName());
      assertEquals(JACKSON, probeInLayer.getMethod("jackson").invoke(null));
      List<String> failures = new ArrayList<>();
      int bound = 0;
      for (String name : PUBLISHED) {
        for (String className : classes(name)) {
          Class<?> here = Class.forName(className, false, ModulesTest.class.getClassLoader());
          if (!jsonBound(here)) {
            continue;
          }
          bound++;
          Class<?> there = Class.forName(className, false, loader);
          for (String side : List.of("serializer", "deserializer")) {
            if (Probe.class.getMethod(side, Class.class).invoke(null, here) != null) {
              continue; // does not bind on the class path either: not a module question
            }
            Object problem = probeInLayer.getMethod(side, Class.class).invoke(null, there);
            if (problem != null) {
              failures.add(className + " " + side + ": " + problem);
            }
          }
        }
      }
      assertTrue(bound > 30, "only " + bound + " JSON-bound types found");
      if (!failures.isEmpty()) {
        fail(failures.size() + " types bind on the class path but not on the module path:\n  "
            + String.join("\n  ", failures));
      }
    }
  }

  /**
   * A user's module that requires scoring alone compiles against what scoring exports and passes
   * on ({@code requires transitive}: core's {@code Direction}, Jackson's {@code JsonNode}), and
   * the strategy it provides is found by scoring's registry, beside the built-ins.
   */
  @Test
  void aUsersStrategyModuleRequiringScoringCompilesAndItsStrategyIsFound(@TempDir Path dir) throws Exception {
    Path out = compile(dir, "com.example.halves", """
        module com.example.halves {
          requires io.potentia.scoring;
          provides io.potentia.scoring.spi.StrategyProvider with com.example.halves.HalvesProvider;
        }
        """, """
        package com.example.halves;

        import com.fasterxml.jackson.databind.JsonNode;
        import io.potentia.scoring.normalise.Normaliser;
        import io.potentia.scoring.spi.StrategyDescriptor;
        import io.potentia.scoring.spi.StrategyKind;
        import io.potentia.scoring.spi.StrategyProvider;
        import io.potentia.scoring.spi.Trait;
        import java.util.EnumSet;
        import java.util.List;
        import java.util.Map;

        public final class HalvesProvider implements StrategyProvider {
          @Override
          public List<StrategyDescriptor> strategies() {
            // a lambda is a normaliser; its name and traits are given here, where it is registered
            return List.of(StrategyDescriptor.of(StrategyKind.NORMALISATION, "halves", "half of each value",
                EnumSet.of(Trait.MONOTONE, Trait.DETERMINISTIC), p -> {
                  Map<String, JsonNode> unused = p.values();
                  return (Normaliser) (column, direction) -> {
                    double[] half = column.clone();
                    for (int i = 0; i < half.length; i++) {
                      half[i] /= 2;
                    }
                    return half;
                  };
                }));
          }
        }
        """);
    List<Path> path = new ArrayList<>(modulePath);
    path.add(out);
    Configuration cf = ModuleLayer.boot().configuration()
        .resolveAndBind(ModuleFinder.of(path.toArray(Path[]::new)), ModuleFinder.of(), Set.of("com.example.halves"));
    ClassLoader users = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader())
        .findLoader("com.example.halves");
    Object registry = call(Class.forName("io.potentia.scoring.spec.Strategies", true, users), null, "registry");
    Object normalisation = Class.forName("io.potentia.scoring.spi.StrategyKind", true, users)
        .getField("NORMALISATION").get(null);
    List<String> names = ((List<?>) call(registry.getClass(), registry, "list", normalisation)).stream()
        .map(String::valueOf)
        .toList();
    assertTrue(names.stream().anyMatch(n -> n.contains("name=halves")), names.toString());
    assertTrue(names.stream().anyMatch(n -> n.contains("name=min-max")), names.toString());
  }

  /** A user's module that requires report alone sees scoring's and core's types through it. */
  @Test
  void aUsersModuleRequiringReportAloneCompiles(@TempDir Path dir) {
    compile(dir, "com.example.reports", """
        module com.example.reports {
          requires io.potentia.report;
        }
        """, """
        package com.example.reports;

        import io.potentia.core.area.AreaHierarchy;
        import io.potentia.report.html.HtmlReport;
        import io.potentia.scoring.result.ScoreReport;
        import java.util.List;

        public final class Reports {
          private Reports() {}

          public static Object types(List<ScoreReport> reports, AreaHierarchy hierarchy) {
            return List.of(HtmlReport.class, reports, hierarchy);
          }
        }
        """);
  }

  /**
   * A user's test module that requires testkit alone sees JUnit Jupiter's API (and opentest4j's
   * {@code AssertionFailedError}), scoring and core through it.
   */
  @Test
  void aUsersTestModuleRequiringTestkitAloneCompiles(@TempDir Path dir) {
    compile(dir, "com.example.contracts", """
        module com.example.contracts {
          requires io.potentia.testkit;
        }
        """, """
        package com.example.contracts;

        import io.potentia.core.indicator.Direction;
        import io.potentia.scoring.normalise.Normaliser;
        import io.potentia.scoring.spec.StepSpec;
        import io.potentia.scoring.spec.Strategies;
        import io.potentia.scoring.spi.Described;
        import io.potentia.testkit.NormaliserContract;
        import org.junit.jupiter.api.Assertions;
        import org.opentest4j.AssertionFailedError;

        public final class RankContract implements NormaliserContract {
          @Override
          public Described<Normaliser> normaliser() {
            return Strategies.registry().normaliser(StepSpec.of("rank"));
          }

          public static void check() {
            Assertions.assertEquals(Direction.BENEFIT, Direction.BENEFIT);
            Assertions.assertThrows(AssertionFailedError.class, () -> Assertions.fail("a failure"));
          }
        }
        """);
  }

  /**
   * A Jackson annotation on the type or its members, or a public record (the results a user may
   * write as JSON). Private records that the library reads are checked by their readers, below.
   */
  private static boolean jsonBound(Class<?> type) {
    if (type.isRecord() && visible(type) || jackson(type.getDeclaredAnnotations())) {
      return true;
    }
    return Stream.of(type.getDeclaredMethods()).anyMatch(m -> jackson(m.getDeclaredAnnotations()))
        || Stream.of(type.getDeclaredFields()).anyMatch(f -> jackson(f.getDeclaredAnnotations()))
        || Stream.of(type.getDeclaredConstructors()).anyMatch(c -> jackson(c.getDeclaredAnnotations())
            || Stream.of(c.getParameterAnnotations()).anyMatch(ModulesTest::jackson));
  }

  private static boolean visible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static boolean jackson(Annotation[] annotations) {
    return Stream.of(annotations).anyMatch(a -> a.annotationType().getName().startsWith("com.fasterxml.jackson."));
  }

  /**
   * Builds Jackson's serialiser and deserialiser of a type with the library's mapper. Loaded once
   * from the class path and once through a loader whose parent is the layer's, where it sees the
   * layer's Jackson and the layer's types.
   */
  public static final class Probe {
    private Probe() {}

    /**
     * The module Jackson's databind is in here.
     *
     * @return its name, or null in the unnamed module
     */
    public static String jackson() {
      return ObjectMapper.class.getModule().getName();
    }

    /**
     * Builds the serialiser.
     *
     * @param type the type
     * @return null if it builds, else the failure
     */
    public static String serializer(Class<?> type) {
      try {
        PotentiaJson.mapper().getSerializerProviderInstance().findTypedValueSerializer(type, false, null);
        return null;
      } catch (Exception | LinkageError e) {
        return String.valueOf(e);
      }
    }

    /**
     * Builds the deserialiser.
     *
     * @param type the type
     * @return null if it builds, else the failure
     */
    public static String deserializer(Class<?> type) {
      try {
        ObjectMapper mapper = PotentiaJson.mapper();
        DeserializationContext context = ((DefaultDeserializationContext) mapper.getDeserializationContext())
            .createDummyInstance(mapper.getDeserializationConfig());
        context.findRootValueDeserializer(mapper.constructType(type));
        return null;
      } catch (Exception | LinkageError e) {
        return String.valueOf(e);
      }
    }
  }

  /**
   * Compiles a module of one class against the published modules, with nothing on the class path.
   *
   * @return the output directory, an exploded module
   */
  private static Path compile(Path dir, String module, String descriptor, String source) {
    try {
      Path src = dir.resolve("src");
      Path out = dir.resolve("out");
      String className = source.substring(source.indexOf("public final class ") + "public final class ".length());
      className = className.substring(0, className.indexOf(' '));
      Path file = src.resolve(module.replace('.', '/')).resolve(className + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(src.resolve("module-info.java"), descriptor);
      Files.writeString(file, source);
      // a compiler also reads what is required `static transitive` (JUnit's API guardian), as a
      // user's build has it
      List<Path> compilePath = new ArrayList<>(modulePath);
      for (Path p : modulePath) {
        for (ModuleReference ref : ModuleFinder.of(p).findAll()) {
          for (ModuleDescriptor.Requires r : ref.descriptor().requires()) {
            if (r.modifiers().containsAll(Set.of(ModuleDescriptor.Requires.Modifier.STATIC,
                ModuleDescriptor.Requires.Modifier.TRANSITIVE)) && onClassPath.containsKey(r.name())) {
              compilePath.add(Path.of(onClassPath.get(r.name()).location().orElseThrow()));
            }
          }
        }
      }
      ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
      int code = ToolProvider.getSystemJavaCompiler().run(null, diagnostics, diagnostics,
          "-d", out.toString(), "--module-path",
          compilePath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
          src.resolve("module-info.java").toString(), file.toString());
      assertEquals(0, code, () -> module + " does not compile:\n" + diagnostics);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> type(String name) throws ClassNotFoundException {
    Class<?> type = Class.forName(name, false, loader);
    assertEquals(layer, type.getModule().getLayer(), name + " is not from the module layer");
    return type;
  }

  /** Calls the one public method of that name and number of arguments. */
  private static Object call(Class<?> type, Object target, String name, Object... args) throws Exception {
    List<Method> methods = Stream.of(type.getMethods())
        .filter(m -> m.getName().equals(name) && m.getParameterCount() == args.length)
        .filter(m -> {
          Class<?>[] p = m.getParameterTypes();
          for (int i = 0; i < p.length; i++) {
            if (args[i] != null && !box(p[i]).isInstance(args[i])) {
              return false;
            }
          }
          return true;
        })
        .toList();
    assertEquals(1, methods.size(), () -> type.getName() + "." + name + ": " + methods);
    try {
      return methods.get(0).invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception x ? x : e;
    }
  }

  private static Class<?> box(Class<?> type) {
    return type == double.class ? Double.class : type == int.class ? Integer.class : type == long.class ? Long.class
        : type == boolean.class ? Boolean.class : type;
  }

  private static List<String> classes(String module) {
    ModuleReference ref = layer.configuration().findModule(module).orElseThrow().reference();
    try (ModuleReader reader = ref.open(); Stream<String> entries = reader.list()) {
      return entries.filter(e -> e.endsWith(".class") && !e.endsWith("module-info.class") && !e.endsWith("package-info.class"))
          .filter(e -> !e.startsWith("META-INF/"))
          .map(e -> e.substring(0, e.length() - ".class".length()).replace('/', '.'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> packagesWithClasses(String module) {
    return classes(module).stream().map(c -> c.substring(0, c.lastIndexOf('.'))).collect(Collectors.toCollection(TreeSet::new));
  }
}
