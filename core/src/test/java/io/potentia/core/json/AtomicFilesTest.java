package io.potentia.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir
  Path dir;

  @Test
  void writesTheTextInUtf8CreatingTheDirectories() throws IOException {
    Path file = dir.resolve("a/b/out.csv");
    AtomicFiles.writeString(file, "id,score\nHà Nội,1.5\n");
    assertEquals("id,score\nHà Nội,1.5\n", Files.readString(file, StandardCharsets.UTF_8));
    assertEquals(List.of(file), files(file.getParent()), "no temporary file is left beside it");
  }

  /** A workbook is bytes: every byte arrives as written, and a failing writer leaves the old file whole. */
  @Test
  void bytesAreWrittenAsTheyAreAndAFailedWriteLeavesTheTargetAsItWas() throws IOException {
    Path file = dir.resolve("book.xlsx");
    byte[] bytes = {0x50, 0x4B, 0x03, 0x04, (byte) 0xFF, 0x00, (byte) 0xE0};
    AtomicFiles.writeStream(file, out -> out.write(bytes));
    assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(file)));
    assertThrows(UncheckedIOException.class, () -> AtomicFiles.writeStream(file, out -> {
      out.write(1);
      throw new IOException("disk full");
    }));
    assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(file)));
    assertEquals(List.of(file), files(dir), "no temporary file is left beside it");
  }

  @Test
  void aReadOnlyTargetIsRefusedAndLeftAsItWas() throws IOException {
    Path file = dir.resolve("locked.csv");
    Files.writeString(file, "old\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> AtomicFiles.writeString(file, "new\n"));
    assertTrue(e.getMessage().contains("locked.csv: the file is read-only; it is not replaced"), e.getMessage());
    assertEquals("old\n", Files.readString(file));
  }

  @Test
  void aSymbolicLinkIsFollowedAndKept() throws IOException {
    Path real = dir.resolve("real.csv");
    Files.writeString(real, "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real);
    AtomicFiles.writeString(link, "new\n");
    assertTrue(Files.isSymbolicLink(link), "the link stays a link");
    assertEquals("new\n", Files.readString(real), "the file it points to is replaced");
  }

  @Test
  void temporaryFilesOfKilledRunsAreRemovedAndNothingElse() throws IOException {
    Path file = dir.resolve("out.csv");
    Path stale = Files.writeString(dir.resolve(".out.csv.k3j9x2.tmp"), "half");
    Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.fromMillis(0));
    Path otherTarget = Files.writeString(dir.resolve(".other.csv.k3j9x2.tmp"), "half");
    Files.setLastModifiedTime(otherTarget, java.nio.file.attribute.FileTime.fromMillis(0));
    Path notOurs = Files.writeString(dir.resolve(".out.csv.backup.tmp~"), "keep");
    Files.setLastModifiedTime(notOurs, java.nio.file.attribute.FileTime.fromMillis(0));
    AtomicFiles.writeString(file, "new\n");
    assertTrue(Files.notExists(stale), "the killed run's temporary file of this target is gone");
    assertTrue(Files.exists(otherTarget) && Files.exists(notOurs), "other files are left alone");
  }

  @Test
  void replacesAnExistingFileWhole() throws IOException {
    Path file = dir.resolve("out.csv");
    Files.writeString(file, "a much longer old content that must not survive in part\n");
    AtomicFiles.write(file, out -> out.write("new\n"));
    assertEquals("new\n", Files.readString(file));
  }

  @Test
  void aNewFileIsReadableByAllAndAReplacedOneKeepsItsPermissions() throws IOException {
    Path fresh = dir.resolve("fresh.txt");
    AtomicFiles.writeString(fresh, "x");
    Path kept = dir.resolve("kept.txt");
    Files.writeString(kept, "old");
    Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-rw----"));
    AtomicFiles.writeString(kept, "new");
    assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
    assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
  }

  @Test
  void whileBeingWrittenTheContentIsInAHiddenFileOnlyItsOwnerCanRead() throws IOException {
    Path file = dir.resolve("out.csv");
    List<String> seen = new java.util.ArrayList<>();
    AtomicFiles.write(file, out -> {
      for (Path p : files(dir)) {
        seen.add(p.getFileName() + " " + PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
      }
    });
    assertEquals(1, seen.size(), seen.toString());
    assertTrue(seen.get(0).matches("\\.out\\.csv\\.[0-9a-z]+\\.tmp rw-------"), seen.get(0));
  }

  @Test
  void aFailedWriteLeavesTheTargetAsItWasAndNoTemporaryFile() throws IOException {
    Path file = dir.resolve("out.csv");
    Files.writeString(file, "before\n");
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(file, out -> {
      out.write("half a ta");
      throw new IOException("disk full");
    }));
    assertTrue(e.getMessage().contains("out.csv") && e.getMessage().contains("disk full"), e.getMessage());
    assertEquals("before\n", Files.readString(file));
    assertEquals(List.of(file), files(dir));
  }

  @Test
  void writersInParallelEachLeaveAWholeFile() {
    Path file = dir.resolve("shared.txt");
    List<String> texts = Stream.iterate(0, i -> i + 1).limit(32).map(i -> ("writer " + i + "\n").repeat(1000)).toList();
    texts.parallelStream().forEach(t -> AtomicFiles.writeString(file, t));
    String result = read(file);
    assertTrue(texts.contains(result), "the file is one writer's whole text");
    assertEquals(List.of(file), files(dir), "every temporary name was distinct and is gone");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<Path> files(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
