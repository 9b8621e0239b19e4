package io.potentia.cli.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet of the guide and the README is a region of a compiled, tested class of this
 * package: a snippet that differs from its region, or names a region that is gone, fails here by
 * chapter and region. With {@code -Dpotentia.guide.refresh=true} the snippets are first rewritten
 * from their regions.
 */
class GuideSnippetsTest {

  @Test
  void everyMarkedSnippetEqualsItsRegion() {
    if (Boolean.getBoolean("potentia.guide.refresh")) {
      GuideSnippets.main(new String[0]);
    }
    List<String> faults = new ArrayList<>();
    int checked = 0;
    for (Path file : GuideSnippets.markdown()) {
      for (GuideSnippets.Block block : GuideSnippets.blocks(file)) {
        String region = GuideSnippets.region(block.testClass(), block.region());
        if (region == null) {
          faults.add(block.name() + ": no such region (// region::" + block.region() + " in " + block.testClass() + ".java)");
        } else if (!region.equals(block.text())) {
          faults.add(block.name() + ": the snippet differs from its region; the region reads\n" + region);
        }
        checked++;
      }
    }
    assertTrue(faults.isEmpty(), String.join("\n", faults));
    assertTrue(checked >= 10, "the guide's snippets were found: " + checked);
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
