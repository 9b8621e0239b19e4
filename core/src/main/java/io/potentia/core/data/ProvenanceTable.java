package io.potentia.core.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the distinct provenances from 1 in the order they are first met, so that a cell stores
 * an {@code int} (0 for none) instead of a reference: the builder and {@link Dataset#withValues}
 * number them the same way. Not thread-safe.
 */
final class ProvenanceTable {
  private final Map<Provenance, Integer> ids = new LinkedHashMap<>();

  /** An empty table. */
  ProvenanceTable() {}

  /** A table that goes on from the distinct provenances of an existing one, keeping their ids. */
  ProvenanceTable(List<Provenance> existing) {
    existing.forEach(this::id);
  }

  /** The id of a provenance, numbering it if new; 0 for null. */
  int id(Provenance provenance) {
    return provenance == null ? 0 : ids.computeIfAbsent(provenance, k -> ids.size() + 1);
  }

  /** The provenances, id k at index k - 1. */
  List<Provenance> list() {
    return List.copyOf(ids.keySet());
  }
}
