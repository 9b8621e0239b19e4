package io.potentia.core.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files so that readers never see a half-written one: the content goes to a temporary file
 * beside the target, which is then moved over it (atomically where the file system allows).
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
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        content.writeTo(out);
      }
      // a temporary file is private to its owner; the result should read like any other file
      if (Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
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
}
