/**
 * Potentia core: the domain of all-people national defence potential (potentials, indicators and
 * the built-in catalogue, areas, frameworks, datasets) and its JSON and CSV forms.
 *
 * <p>Every API package is exported. {@code io.potentia.core.internal} is exported only to
 * {@code io.potentia.scoring}, the one module that uses it. The packages whose types Jackson binds
 * (the Immutables values, whose generated {@code Json} helpers and {@code fromJson} creators are
 * package-private, and the enums with JSON creators) are opened to Jackson's data binding only.
 * Jackson's types appear in the API ({@link io.potentia.core.json.PotentiaJson#mapper()}), so
 * its data binding is required transitively.
 *
 * <p>The annotations on the model types and in the code Immutables generates for them (Immutables',
 * Error Prone's {@code CanIgnoreReturnValue}, {@code javax.annotation.processing.Generated}) are
 * needed at compile time only, so they are {@code requires static}. Not {@code transitive}: a
 * user's compiler does without them (Immutables' annotations are a provided dependency, absent
 * from users' builds), at the price of javac's {@code [exports]} warnings here.
 */
@SuppressWarnings("module") // io.potentia.scoring, the friend module, is built after this one
module io.potentia.core {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.dataformat.csv;
  requires ch.randelshofer.fastdoubleparser;

  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.potentia.core;
  exports io.potentia.core.area;
  exports io.potentia.core.data;
  exports io.potentia.core.framework;
  exports io.potentia.core.indicator;
  exports io.potentia.core.interop;
  exports io.potentia.core.json;
  exports io.potentia.core.potential;
  exports io.potentia.core.profile;
  exports io.potentia.core.internal to io.potentia.scoring;

  opens io.potentia.core.area to com.fasterxml.jackson.databind;
  opens io.potentia.core.data to com.fasterxml.jackson.databind;
  opens io.potentia.core.framework to com.fasterxml.jackson.databind;
  opens io.potentia.core.indicator to com.fasterxml.jackson.databind;
  opens io.potentia.core.potential to com.fasterxml.jackson.databind;
  opens io.potentia.core.profile to com.fasterxml.jackson.databind;
}
