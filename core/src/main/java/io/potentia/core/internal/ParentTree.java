package io.potentia.core.internal;

import io.potentia.core.Problem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tree given as items with parent links, as both the area hierarchy and the framework are
 * written. Validation reports every duplicate id, missing parent, extra root and cycle; queries
 * answer children, ancestors and descendants in the order the items were given.
 */
public final class ParentTree {
  private final String root;
  private final Map<String, String> parentOf;
  private final Map<String, List<String>> childrenOf;
  private final Map<String, Integer> indexOf;

  private ParentTree(String root, Map<String, String> parentOf, Map<String, List<String>> childrenOf,
      Map<String, Integer> indexOf) {
    this.root = root;
    this.parentOf = parentOf;
    this.childrenOf = childrenOf;
    this.indexOf = indexOf;
  }

  /**
   * Validates and builds the tree.
   *
   * @param what the item kind for messages, for example "area" or "node"
   * @param listName the JSON list the items sit in, for paths such as {@code areas[3].parent}
   * @param ids item ids in order
   * @param parents parent id of each item, null for the root
   * @param problems where problems are recorded; the tree is returned only when none was found
   * @return the tree, or null when a problem was found
   */
  public static ParentTree build(String what, String listName, List<String> ids, List<String> parents,
      Problems problems) {
    Map<String, Integer> indexOf = new LinkedHashMap<>();
    boolean ok = true;
    for (int i = 0; i < ids.size(); i++) {
      Integer previous = indexOf.putIfAbsent(ids.get(i), i);
      if (previous != null) {
        problems.add(Problem.at(listName + "[" + i + "].id",
            "duplicate " + what + " id '" + ids.get(i) + "' (first at " + listName + "[" + previous + "])"));
        ok = false;
      }
    }
    List<String> roots = new ArrayList<>();
    Map<String, String> parentOf = new HashMap<>();
    Map<String, List<String>> childrenOf = new LinkedHashMap<>();
    for (String id : indexOf.keySet()) {
      childrenOf.put(id, new ArrayList<>());
    }
    for (int i = 0; i < ids.size(); i++) {
      String parent = parents.get(i);
      if (parent == null) {
        roots.add(ids.get(i));
      } else if (!indexOf.containsKey(parent)) {
        problems.add(Problem.at(listName + "[" + i + "].parent",
            what + " '" + ids.get(i) + "' names parent '" + parent + "', which is not in the list"));
        ok = false;
      } else if (indexOf.get(ids.get(i)) == i) {
        parentOf.put(ids.get(i), parent);
        childrenOf.get(parent).add(ids.get(i));
      }
    }
    if (roots.size() != 1) {
      problems.add(Problem.at(listName, roots.isEmpty()
          ? "no root " + what + ": exactly one " + what + " must have no parent"
          : "several root " + what + "s " + roots + ": exactly one " + what + " must have no parent"));
      ok = false;
    }
    if (ids.isEmpty()) {
      return null;
    }
    // An item that cannot reach a root by parent links lies on a cycle or hangs from one. Each item
    // is walked once (linear time): a walk stops at an item already settled, or finds a cycle when
    // it meets an item of its own path, which it reports once, from its first member in the list.
    Map<String, Integer> state = new HashMap<>(); // absent: not seen; 1: on the current path; 2: settled
    for (String id : indexOf.keySet()) {
      if (state.containsKey(id)) {
        continue;
      }
      List<String> path = new ArrayList<>();
      Map<String, Integer> positionOnPath = new HashMap<>();
      String at = id;
      while (at != null && !state.containsKey(at)) {
        state.put(at, 1);
        positionOnPath.put(at, path.size());
        path.add(at);
        at = parentOf.get(at);
      }
      if (at != null && state.get(at) == 1) {
        problems.add(cycle(what, listName, path.subList(positionOnPath.get(at), path.size()), indexOf));
        ok = false;
      }
      path.forEach(item -> state.put(item, 2));
    }
    if (!ok) {
      return null;
    }
    Map<String, List<String>> frozen = new LinkedHashMap<>();
    childrenOf.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new ParentTree(roots.get(0), Map.copyOf(parentOf), Collections.unmodifiableMap(frozen),
        Collections.unmodifiableMap(indexOf));
  }

  /** The most members of a cycle its message lists. */
  static final int CYCLE_SHOWN = 20;

  /** One cycle's problem, at its first member in the list, the members in parent order (the first few of a long one). */
  private static Problem cycle(String what, String listName, List<String> members, Map<String, Integer> indexOf) {
    int start = 0;
    for (int k = 1; k < members.size(); k++) {
      if (indexOf.get(members.get(k)) < indexOf.get(members.get(start))) {
        start = k;
      }
    }
    List<String> ordered = new ArrayList<>(members.subList(start, members.size()));
    ordered.addAll(members.subList(0, start));
    String shown = ordered.size() <= CYCLE_SHOWN
        ? String.join(" -> ", ordered) + " -> " + ordered.get(0)
        : String.join(" -> ", ordered.subList(0, CYCLE_SHOWN)) + " -> ... (" + ordered.size() + " " + what
            + "s in the cycle)";
    return Problem.at(listName + "[" + indexOf.get(ordered.get(0)) + "].parent", "cycle of " + what + "s: " + shown);
  }

  /** The root id. */
  public String root() {
    return root;
  }

  /** Whether the id is in the tree. */
  public boolean contains(String id) {
    return indexOf.containsKey(id);
  }

  /** The position of the item in the list it was given in. */
  public int indexOf(String id) {
    return indexOf.get(id);
  }

  /** Every id, in the order given. */
  public List<String> ids() {
    return List.copyOf(indexOf.keySet());
  }

  /** The parent id, or null for the root. */
  public String parent(String id) {
    return parentOf.get(id);
  }

  /** The child ids, in the order given. */
  public List<String> children(String id) {
    return childrenOf.get(id);
  }

  /** The ancestors, nearest first, ending with the root. */
  public List<String> ancestors(String id) {
    List<String> out = new ArrayList<>();
    for (String at = parentOf.get(id); at != null; at = parentOf.get(at)) {
      out.add(at);
    }
    return out;
  }

  /** The descendants in depth-first pre-order, not including {@code id}. */
  public List<String> descendants(String id) {
    List<String> out = new ArrayList<>();
    Deque<String> stack = new ArrayDeque<>();
    List<String> kids = childrenOf.get(id);
    for (int i = kids.size() - 1; i >= 0; i--) {
      stack.push(kids.get(i));
    }
    while (!stack.isEmpty()) {
      String at = stack.pop();
      out.add(at);
      List<String> below = childrenOf.get(at);
      for (int i = below.size() - 1; i >= 0; i--) {
        stack.push(below.get(i));
      }
    }
    return out;
  }

  /** The number of links from the root: 0 for the root. */
  public int depth(String id) {
    int depth = 0;
    for (String at = parentOf.get(id); at != null; at = parentOf.get(at)) {
      depth++;
    }
    return depth;
  }
}
