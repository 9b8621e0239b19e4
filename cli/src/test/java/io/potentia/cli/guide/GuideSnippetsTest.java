package io.potentia.cli.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java snippet of the guide and the README is a region of a compiled, tested class of this
 * package: a snippet that differs from its region, or names a region that is gone, fails here by
 * chapter and region. With {@code -Dpotentia.guide.refresh=true} the snippets are first rewritten
 * from their regions.
 */
class GuideSnippetsTest {

  /** Every fault of the files' marked snippets, each naming the file (the chapter) and the region. */
  static List<String> faults(List<Path> files) {
    List<String> faults = new ArrayList<>();
    for (Path file : files) {
      for (GuideSnippets.Block block : GuideSnippets.blocks(file)) {
        String region = GuideSnippets.region(block.testClass(), block.region());
        if (region == null) {
          faults.add(block.name() + ": no such region (// region::" + block.region() + " in " + block.testClass() + ".java)");
        } else if (!region.equals(block.text())) {
          faults.add(block.name() + ": the snippet differs from its region; the region reads\n" + region);
        }
      }
    }
    return faults;
  }

  @Test
  void everyMarkedSnippetEqualsItsRegion() {
    if (Boolean.getBoolean("potentia.guide.refresh")) {
      GuideSnippets.main(new String[0]);
    }
    List<Path> files = GuideSnippets.markdown();
    List<String> faults = faults(files);
    assertTrue(faults.isEmpty(), String.join("\n", faults));
    int checked = files.stream().mapToInt(f -> GuideSnippets.blocks(f).size()).sum();
    assertTrue(checked >= 20, "the guide's snippets were found: " + checked);
  }

  @Test
  void aSnippetThatDiffersOrLostItsRegionIsNamedByChapterAndRegion(@TempDir Path dir) throws IOException {
    Path chapter = dir.resolve("03-score.md");
    String region = GuideSnippets.region("Chapter03Test", "years");
    Files.writeString(chapter, "<!-- snippet: Chapter03Test#years -->\n```java\n" + region.replace("2019", "2018")
        + "```\n<!-- /snippet -->\n\n<!-- snippet: Chapter03Test#gone -->\n```java\nx();\n```\n<!-- /snippet -->\n");
    List<String> faults = faults(List.of(chapter));
    assertEquals(2, faults.size(), faults.toString());
    assertTrue(faults.get(0).startsWith("03-score.md Chapter03Test#years: the snippet differs from its region"), faults.get(0));
    assertTrue(faults.get(1).startsWith("03-score.md Chapter03Test#gone: no such region"), faults.get(1));
    GuideSnippets.refresh(chapter);
    assertEquals(List.of("03-score.md Chapter03Test#gone: no such region (// region::gone in Chapter03Test.java)"),
        faults(List.of(chapter)), "refreshing rewrites the snippet from its region and leaves a missing one as it is");
  }

  @Test
  void everyJavaBlockIsAMarkedSnippet() {
    for (Path file : GuideSnippets.markdown()) {
      assertEquals(GuideSnippets.javaBlocks(file), GuideSnippets.blocks(file).size(),
          file.getFileName() + ": every ```java block lies between <!-- snippet: Class#region --> and <!-- /snippet -->");
    }
  }

  @Test
  void aChangedSnippetIsToldByChapterAndRegion() {
    String region = GuideSnippets.region("Chapter03Test", "pipeline");
    assertFalse(region == null, "Chapter03Test#pipeline exists");
    assertTrue(region.startsWith("ScoringPipeline pipeline = ScoringPipeline.builder()\n"), "indentation removed: " + region);
    assertEquals(null, GuideSnippets.region("Chapter03Test", "no-such-region"));
    assertEquals(null, GuideSnippets.region("NoSuchTest", "pipeline"));
  }
}
