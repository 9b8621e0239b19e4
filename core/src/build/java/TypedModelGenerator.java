import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes the seven typed models of {@code io.potentia.core.profile} (the five potentials, the
 * forces and the posture) from the built-in indicator catalogue, one {@code OptionalDouble}
 * accessor per indicator, so that a catalogue change cannot leave a model behind.
 *
 * <p>Run by the core module's build in the {@code generate-sources} phase with Java's source
 * launcher, so it has the JDK only: {@code java TypedModelGenerator.java CATALOGUE OUTDIR}. It reads
 * the catalogue with the small JSON reader below (the file is strict JSON; the reader accepts all
 * of JSON), groups the indicators by id prefix, and fails on an indicator whose prefix no model
 * claims, on a model left with no indicator, and on an id that would not make a valid accessor.
 * A file is rewritten only when its text changes, so an unchanged catalogue recompiles nothing.
 */
public final class TypedModelGenerator {

  private static final String PACKAGE = "io.potentia.core.profile";

  /** A model: its class name, the id prefix of its indicators, and what it models. */
  private record Model(String className, String prefix, String subject) {}

  private static final List<Model> MODELS = List.of(
      new Model("PoliticalPotential", "political", "the political (political-spiritual) potential"),
      new Model("EconomicPotential", "economic", "the economic potential"),
      new Model("ScienceTechnologyPotential", "scitech", "the science-technology potential"),
      new Model("MilitaryPotential", "military", "the military potential"),
      new Model("DiplomaticPotential", "diplomatic", "the diplomatic potential"),
      new Model("Forces", "force", "the forces (standing, reserve, militia and self-defence, public security)"),
      new Model("Posture", "posture", "the posture (all-people defence, people's security, hearts and minds, defensive works)"));

  private record Field(String id, String accessor, String name, String unit, String direction) {}

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*\\.[a-z][a-z0-9]*(_[a-z0-9]+)*");

  /** Names an accessor may not take: the model's own members and Java's reserved words. */
  private static final Set<String> TAKEN = Set.of("builder", "fromValues", "indicatorIds", "values", "check",
      "equals", "hashCode", "toString", "getClass", "abstract", "assert", "boolean", "break", "byte", "case", "catch",
      "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally",
      "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native", "new",
      "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super", "switch",
      "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false",
      "null", "var", "yield", "record", "sealed", "permits");

  private TypedModelGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: java TypedModelGenerator.java CATALOGUE_JSON OUTPUT_DIR");
    }
    Path catalogue = Path.of(args[0]);
    Object root = new JsonReader(Files.readString(catalogue, StandardCharsets.UTF_8), catalogue.toString()).readDocument();
    Map<Model, List<Field>> groups = group(catalogue, root);
    Path dir = Path.of(args[1]).resolve(PACKAGE.replace('.', '/'));
    Files.createDirectories(dir);
    int written = 0;
    for (Map.Entry<Model, List<Field>> e : groups.entrySet()) {
      Path file = dir.resolve(e.getKey().className() + ".java");
      String text = source(e.getKey(), e.getValue());
      if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        written++;
      }
    }
    System.out.println("TypedModelGenerator: " + groups.size() + " typed models from " + catalogue + ", "
        + written + " written, " + (groups.size() - written) + " unchanged");
  }

  /** The catalogue's indicators by model, in catalogue order. */
  private static Map<Model, List<Field>> group(Path catalogue, Object root) {
    Map<Model, List<Field>> groups = new LinkedHashMap<>();
    MODELS.forEach(m -> groups.put(m, new ArrayList<>()));
    List<String> problems = new ArrayList<>();
    for (Object o : list(member(root, "indicators"))) {
      String id = string(member(o, "id"));
      if (!ID.matcher(id).matches()) {
        problems.add("indicator id '" + id + "' is not PREFIX.snake_case, so it names no accessor");
        continue;
      }
      String prefix = id.substring(0, id.indexOf('.'));
      Model model = MODELS.stream().filter(m -> m.prefix().equals(prefix)).findFirst().orElse(null);
      if (model == null) {
        problems.add("indicator '" + id + "' has the prefix '" + prefix + "', which no typed model claims; add a model"
            + " for it to " + TypedModelGenerator.class.getSimpleName() + ".MODELS");
        continue;
      }
      String accessor = camelCase(id.substring(prefix.length() + 1));
      List<Field> fields = groups.get(model);
      if (TAKEN.contains(accessor)) {
        problems.add("indicator '" + id + "' would give " + model.className() + " the accessor " + accessor
            + "(), a name already taken");
      } else if (fields.stream().anyMatch(f -> f.accessor().equals(accessor))) {
        problems.add("indicator '" + id + "' gives " + model.className() + " the accessor " + accessor + "() twice");
      } else {
        fields.add(new Field(id, accessor, string(member(o, "name")), string(member(o, "unit")),
            string(member(o, "direction"))));
      }
    }
    groups.forEach((m, fields) -> {
      if (fields.isEmpty()) {
        problems.add(m.className() + " has no indicator with the prefix '" + m.prefix() + ".'");
      }
    });
    if (!problems.isEmpty()) {
      throw new IllegalStateException(catalogue + ": " + String.join("; ", problems));
    }
    return groups;
  }

  /** {@code gdp_per_capita} to {@code gdpPerCapita}. */
  private static String camelCase(String snake) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  /** Text for a Javadoc comment: HTML special characters escaped, no comment end. */
  private static String doc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
        .replace("@", "&#64;").replace("\\u", "&#92;u");
  }

  private static String source(Model m, List<Field> fields) {
    String c = m.className();
    String imm = "Immutable" + c;
    StringBuilder s = new StringBuilder();
    s.append("// GENERATED from core/src/main/resources/io/potentia/core/catalogue.json by\n")
        .append("// core/src/build/java/TypedModelGenerator.java at build time. Do not edit: change the catalogue or\n")
        .append("// the generator.\n")
        .append("package ").append(PACKAGE).append(";\n")
        .append("""

            import com.fasterxml.jackson.annotation.JsonIgnore;
            import com.fasterxml.jackson.annotation.JsonInclude;
            import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
            import com.fasterxml.jackson.databind.annotation.JsonSerialize;
            import io.potentia.core.internal.PotentiaStyle;
            import java.util.List;
            import java.util.Map;
            import java.util.OptionalDouble;
            import org.immutables.value.Value;

            """)
        .append("/**\n")
        .append(" * The typed model of ").append(doc(m.subject()))
        .append(" of one area in one year: one optional field per built-in catalogue\n")
        .append(" * indicator with the id prefix {@code ").append(m.prefix()).append(".}, absent where data is missing.\n")
        .append("""
             *
             * <p>Converts to and from generic values with {@link #values()} and {@link #fromValues(Map)}.
             * Rejects a value outside its indicator's valid range, naming the field, the indicator and the
             * value.
             *
             * <p>Generated from the built-in catalogue at build time, so when the catalogue changes, this
             * class changes with it; {@code TypedModelsTest} checks that the two agree.
             */
            @Value.Immutable
            @PotentiaStyle
            """)
        .append("@JsonSerialize(as = ").append(imm).append(".class)\n")
        .append("@JsonDeserialize(as = ").append(imm).append(".class)\n")
        .append("@JsonInclude(JsonInclude.Include.NON_ABSENT)\n")
        .append("public abstract class ").append(c).append(" implements IndicatorGroup {\n")
        .append("  // only the generated implementation extends this type\n")
        .append("  ").append(c).append("() {}\n\n")
        .append("  private static final ModelFields<").append(c).append(", Builder> FIELDS =\n")
        .append("      ModelFields.<").append(c).append(", Builder>of(\"").append(c).append("\", ")
        .append(c).append("::builder, Builder::build)");
    for (Field f : fields) {
      s.append("\n          .field(\"").append(f.id()).append("\", \"").append(f.accessor()).append("\", ")
          .append(c).append("::").append(f.accessor()).append(", Builder::").append(f.accessor()).append(")");
    }
    s.append(";\n\n")
        .append("""
              /**
               * A builder; every field is optional.
               *
               * @return a new builder
               */
            """)
        .append("  public static Builder builder() {\n")
        .append("    return new Builder();\n")
        .append("  }\n\n")
        .append("  /** Builds ").append("AEIOU".indexOf(c.charAt(0)) >= 0 ? "an" : "a").append(" {@link ").append(c).append("}; get one from {@link #builder()}. */\n")
        .append("  public static final class Builder extends ").append(imm).append(".Builder {\n")
        .append("    Builder() {}\n")
        .append("  }\n\n")
        .append("""
              /**
               * The model from indicator values, indicator id to value.
               *
               * @param values values of this model's indicators only
               * @return the model
               * @throws io.potentia.core.InvalidInputException if an id is not one of {@link #indicatorIds()} or
               *     a value is out of range
               */
            """)
        .append("  public static ").append(c).append(" fromValues(Map<String, Double> values) {\n")
        .append("""
                return FIELDS.fromValues(values);
              }

              /**
               * The catalogue indicator ids this model has fields for, in field order.
               *
               * @return the ids
               */
              public static List<String> indicatorIds() {
                return FIELDS.ids();
              }
            """);
    for (Field f : fields) {
      s.append("\n  /**\n")
          .append("   * {@code ").append(f.id()).append("}: ").append(doc(f.name())).append(", ").append(doc(f.unit()))
          .append(" (").append(doc(f.direction())).append(").\n")
          .append("   *\n")
          .append("   * @return the value, absent when missing\n")
          .append("   */\n")
          .append("  public abstract OptionalDouble ").append(f.accessor()).append("();\n");
    }
    s.append("""

          @Override
          @JsonIgnore
          public Map<String, Double> values() {
            return FIELDS.values(this);
          }

          @Value.Check
          void check() {
            FIELDS.check(this);
          }
        }
        """);
    return s.toString();
  }

  private static Object member(Object object, String name) {
    if (!(object instanceof Map<?, ?> map) || !map.containsKey(name)) {
      throw new IllegalStateException("expected an object with \"" + name + "\", found " + object);
    }
    return map.get(name);
  }

  private static List<?> list(Object o) {
    if (!(o instanceof List<?> l)) {
      throw new IllegalStateException("expected an array, found " + o);
    }
    return l;
  }

  private static String string(Object o) {
    if (!(o instanceof String s)) {
      throw new IllegalStateException("expected a string, found " + o);
    }
    return s;
  }

  /**
   * A small reader of RFC 8259 JSON: objects become ordered maps, arrays lists, strings strings,
   * numbers {@code Double}, and true, false and null themselves. Duplicate keys are rejected.
   */
  private static final class JsonReader {
    private final String text;
    private final String file;
    private int pos;

    JsonReader(String text, String file) {
      this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
      this.file = file;
    }

    Object readDocument() {
      Object value = readValue();
      skipWhitespace();
      if (pos != text.length()) {
        throw error("text after the JSON value");
      }
      return value;
    }

    private Object readValue() {
      skipWhitespace();
      if (pos >= text.length()) {
        throw error("unexpected end of input");
      }
      char c = text.charAt(pos);
      switch (c) {
        case '{':
          return readObject();
        case '[':
          return readArray();
        case '"':
          return readString();
        case 't':
          return literal("true", Boolean.TRUE);
        case 'f':
          return literal("false", Boolean.FALSE);
        case 'n':
          return literal("null", null);
        default:
          if (c == '-' || (c >= '0' && c <= '9')) {
            return readNumber();
          }
          throw error("unexpected character '" + c + "'");
      }
    }

    private Map<String, Object> readObject() {
      Map<String, Object> out = new LinkedHashMap<>();
      pos++;
      skipWhitespace();
      if (peek() == '}') {
        pos++;
        return out;
      }
      while (true) {
        skipWhitespace();
        if (peek() != '"') {
          throw error("expected a member name");
        }
        String key = readString();
        skipWhitespace();
        expect(':');
        if (out.containsKey(key)) {
          throw error("duplicate key \"" + key + "\"");
        }
        out.put(key, readValue());
        skipWhitespace();
        if (peek() == ',') {
          pos++;
        } else {
          expect('}');
          return out;
        }
      }
    }

    private List<Object> readArray() {
      List<Object> out = new ArrayList<>();
      pos++;
      skipWhitespace();
      if (peek() == ']') {
        pos++;
        return out;
      }
      while (true) {
        out.add(readValue());
        skipWhitespace();
        if (peek() == ',') {
          pos++;
        } else {
          expect(']');
          return out;
        }
      }
    }

    private String readString() {
      StringBuilder out = new StringBuilder();
      pos++;
      while (true) {
        if (pos >= text.length()) {
          throw error("unterminated string");
        }
        char c = text.charAt(pos++);
        if (c == '"') {
          return out.toString();
        } else if (c < 0x20) {
          throw error("control character in a string");
        } else if (c != '\\') {
          out.append(c);
        } else {
          char e = pos < text.length() ? text.charAt(pos++) : '\0';
          switch (e) {
            case '"', '\\', '/' -> out.append(e);
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> {
              if (pos + 4 > text.length()) {
                throw error("short \\u escape");
              }
              try {
                out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
              } catch (NumberFormatException ex) {
                throw error("bad \\u escape");
              }
              pos += 4;
            }
            default -> throw error("bad escape '\\" + e + "'");
          }
        }
      }
    }

    private Double readNumber() {
      int start = pos;
      while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
        pos++;
      }
      String n = text.substring(start, pos);
      if (!n.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
        throw error("bad number '" + n + "'");
      }
      return Double.valueOf(n);
    }

    private Object literal(String word, Object value) {
      if (!text.startsWith(word, pos)) {
        throw error("unexpected token");
      }
      pos += word.length();
      return value;
    }

    private void expect(char c) {
      if (peek() != c) {
        throw error("expected '" + c + "'");
      }
      pos++;
    }

    private char peek() {
      return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipWhitespace() {
      while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
        pos++;
      }
    }

    private IllegalStateException error(String what) {
      int line = 1;
      int col = 1;
      for (int i = 0; i < pos && i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          line++;
          col = 1;
        } else {
          col++;
        }
      }
      return new IllegalStateException(file + ":" + line + ":" + col + ": " + what);
    }
  }
}
