import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites the Java 5 class files of one package in the command line's jar as Java 8 class files,
 * with the stack map frames that version requires, so that the JVM's class-data-sharing archive
 * can hold them.
 *
 * <p>Why: picocli is compiled for Java 5 (class file version 49), and the JVM refuses to archive a
 * class older than Java 6. Its 228 classes were therefore read from the jar and verified by the old
 * type-inferring verifier on every run, about a tenth of a second of each command's start on two
 * cores (workload U1 at size S: 0.45-0.66 s for the whole process before, 0.33-0.47 s after). The
 * code of each method is kept as it is; only the version changes and the frames are computed
 * (ASM's {@code COMPUTE_FRAMES}, the class hierarchy read from the jar itself).
 *
 * <p>Run by the cli module's build after the jar is shaded, with Java's source launcher and ASM on
 * the class path: {@code java -cp ASM.jar ClassFileUpgrade.java JAR PREFIX}. Fails when no class
 * has the prefix (the dependency moved, and this step would silently do nothing), or when a class
 * with the prefix is already newer than Java 5 (nothing to do: drop this step).
 */
public final class ClassFileUpgrade {
  private static final int JAVA_5 = 49;

  private ClassFileUpgrade() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: java ClassFileUpgrade.java JAR PREFIX");
    }
    Path jar = Path.of(args[0]);
    String prefix = args[1];
    Path upgraded = jar.resolveSibling(jar.getFileName() + ".upgrading");
    int count = 0;
    try (URLClassLoader hierarchy = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        ZipFile in = new ZipFile(jar.toFile());
        OutputStream file = Files.newOutputStream(upgraded);
        ZipOutputStream out = new ZipOutputStream(file)) {
      for (ZipEntry entry : Collections.list(in.entries())) {
        byte[] bytes = in.getInputStream(entry).readAllBytes();
        if (entry.getName().startsWith(prefix) && entry.getName().endsWith(".class")) {
          bytes = upgrade(entry.getName(), bytes, hierarchy);
          count++;
        }
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTime(entry.getTime());
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
      }
    }
    if (count == 0) {
      Files.delete(upgraded);
      throw new IllegalStateException(jar + " holds no class under " + prefix + ": nothing to upgrade");
    }
    Files.move(upgraded, jar, StandardCopyOption.REPLACE_EXISTING);
    System.out.println("ClassFileUpgrade: " + count + " classes under " + prefix + " in " + jar.getFileName()
        + " now Java 8 class files");
  }

  private static byte[] upgrade(String name, byte[] bytes, ClassLoader hierarchy) {
    int version = ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
    if (version != JAVA_5) {
      throw new IllegalStateException(name + " is class file version " + version + ", not Java 5's " + JAVA_5
          + ": the upgrade is no longer needed, or the jar holds something else under that name");
    }
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
      @Override
      protected ClassLoader getClassLoader() {
        return hierarchy;
      }
    };
    new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9, writer) {
      @Override
      public void visit(int v, int access, String className, String signature, String superName, String[] interfaces) {
        super.visit(Opcodes.V1_8, access, className, signature, superName, interfaces);
      }
    }, ClassReader.SKIP_FRAMES);
    return writer.toByteArray();
  }
}
