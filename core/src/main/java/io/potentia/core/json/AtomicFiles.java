package io.potentia.core.json;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that readers never see a half-written one: the content goes to a temporary file
 * beside the target, which is then moved over it (atomically where the file system allows).
 *
 * <p>A target that is a symbolic link is followed: the file it points to is replaced and the link
 * stays. A target that exists but may not be written (read-only) is refused, not replaced. The
 * temporary files that killed runs left beside the target ({@code .NAME.<random>.tmp}, older than
 * this process) are removed; nothing else is touched.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes the text of a file; a callback that fills a {@link Writer}. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @param out the writer, UTF-8
     * @throws IOException if writing fails
     */
    void writeTo(Writer out) throws IOException;
  }

  /** Writes the bytes of a file; a callback that fills an {@link OutputStream}. */
  @FunctionalInterface
  public interface StreamContent {
    /**
     * Writes the content.
     *
     * @param out the stream, buffered
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes a text file atomically, in UTF-8.
   *
   * @param file the target
   * @param text the content
   * @throws UncheckedIOException if writing or moving fails; the target is then unchanged
   */
  public static void writeString(Path file, String text) {
    write(file, out -> out.write(text));
  }

  /**
   * Writes a text file atomically from a callback, in UTF-8.
   *
   * @param file the target
   * @param content what to write
   * @throws UncheckedIOException if writing or moving fails; the target is then unchanged
   */
  public static void write(Path file, Content content) {
    writeStream(file, out -> {
      Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      content.writeTo(text);
      text.flush();
    });
  }

  /**
   * Writes a file atomically from a callback that writes bytes, such as a workbook.
   *
   * @param file the target
   * @param content what to write
   * @throws UncheckedIOException if writing or moving fails; the target is then unchanged
   */
  public static void writeStream(Path file, StreamContent content) {
    Path target = file.toAbsolutePath();
    Path tmp = null;
    try {
      if (Files.isSymbolicLink(target)) {
        target = target.toRealPath(); // replace what the link points to, and keep the link
      }
      if (Files.exists(target) && readOnly(target)) {
        throw new IOException("the file is read-only; it is not replaced");
      }
      Path dir = target.getParent();
      Files.createDirectories(dir);
      removeStaleTemporaries(target);
      boolean posix = Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class);
      tmp = temporaryBeside(target, posix);
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        content.writeTo(out);
      }
      // a temporary file is private to its owner; the result should read like any other file
      if (posix) {
        Files.setPosixFilePermissions(tmp, Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rw-r--r--"));
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the move succeeded or the write already failed with its own message
        }
      }
    }
  }

  private static final int NAME_ATTEMPTS = 100;

  /** Read-only by its permission bits where the file system has them (root may write anything, but asked not to). */
  private static boolean readOnly(Path file) throws IOException {
    if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
      var permissions = Files.getPosixFilePermissions(file);
      return !permissions.contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)
          && !permissions.contains(java.nio.file.attribute.PosixFilePermission.GROUP_WRITE)
          && !permissions.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE);
    }
    return !Files.isWritable(file);
  }

  /** This process's start, before which no temporary file of its own can have been made. */
  private static final long STARTED = ProcessHandle.current().info().startInstant()
      .map(java.time.Instant::toEpochMilli).orElseGet(System::currentTimeMillis);

  /**
   * Removes this target's temporary files left by runs that were killed: named as {@link
   * #temporaryBeside} names them, and last written before this process started, so that a run
   * writing the same target right now keeps its file.
   */
  private static void removeStaleTemporaries(Path target) {
    String prefix = "." + target.getFileName() + ".";
    try (java.util.stream.Stream<Path> siblings = Files.list(target.getParent())) {
      siblings.filter(p -> {
        String name = p.getFileName().toString();
        return name.startsWith(prefix) && name.endsWith(".tmp")
            && name.substring(prefix.length(), name.length() - 4).matches("[0-9a-z]{1,13}");
      }).forEach(p -> {
        try {
          if (Files.getLastModifiedTime(p).toMillis() < STARTED) {
            Files.deleteIfExists(p);
          }
        } catch (IOException ignored) {
          // another run removed it, or it cannot be removed: the write goes on either way
        }
      });
    } catch (IOException ignored) {
      // an unlistable folder fails the write itself, with its own message
    }
  }

  /**
   * Creates an empty file with a fresh name beside the target, readable by its owner only where
   * the file system has POSIX permissions ({@code posix}).
   * Files.createTempFile would do, but it names files from a SecureRandom whose seeding costs a
   * short-lived command about 50 ms; the name need not be unguessable, since the file is created
   * exclusively (a name taken, or a link planted under it, is a retry with another name).
   */
  private static Path temporaryBeside(Path target, boolean posix) throws IOException {
    FileAttribute<?>[] ownerOnly = posix
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
        : new FileAttribute<?>[0];
    FileAlreadyExistsException last = null;
    for (int attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
      String suffix = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
      try {
        return Files.createFile(target.resolveSibling("." + target.getFileName() + "." + suffix + ".tmp"), ownerOnly);
      } catch (FileAlreadyExistsException e) {
        last = e;
      }
    }
    throw new IOException("no free temporary name beside " + target + " after " + NAME_ATTEMPTS + " attempts", last);
  }
}
