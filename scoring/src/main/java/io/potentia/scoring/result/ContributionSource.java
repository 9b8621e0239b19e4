package io.potentia.scoring.result;

import java.util.Map;

/** The contributions of a node's children to an area's score, by area index: computed, or as stored. */
@FunctionalInterface
interface ContributionSource {
  Map<String, Double> of(String node, int area);
}
