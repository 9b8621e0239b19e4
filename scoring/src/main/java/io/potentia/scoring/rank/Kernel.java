package io.potentia.scoring.rank;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The kernel of an outranking graph (Roy 1968): a set of alternatives none of which outranks
 * another (internal stability) such that every other alternative is outranked by one of them
 * (external stability). Alternatives that outrank one another in a circuit are first merged into
 * one, as ELECTRE I does, so that the graph has no circuit and its kernel exists and is unique.
 */
final class Kernel {
  private final boolean[] member;
  private final List<List<Integer>> cycles;

  private Kernel(boolean[] member, List<List<Integer>> cycles) {
    this.member = member;
    this.cycles = cycles;
  }

  /** The kernel of {@code outranks[a][b]} ({@code a} outranks {@code b}; the diagonal is ignored). */
  static Kernel of(boolean[][] outranks) {
    int m = outranks.length;
    int[] component = Components.of(outranks);
    int count = 0;
    for (int c : component) {
      count = Math.max(count, c + 1);
    }
    // components are numbered in a topological order: whatever outranks a component comes first
    boolean[][] edge = new boolean[count][count];
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < m; b++) {
        if (a != b && outranks[a][b] && component[a] != component[b]) {
          edge[component[a]][component[b]] = true;
        }
      }
    }
    boolean[] chosen = new boolean[count];
    for (int c = 0; c < count; c++) {
      chosen[c] = true;
      for (int p = 0; p < c && chosen[c]; p++) {
        chosen[c] = !(chosen[p] && edge[p][c]);
      }
    }
    boolean[] member = new boolean[m];
    List<List<Integer>> members = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      members.add(new ArrayList<>());
    }
    for (int a = 0; a < m; a++) {
      member[a] = chosen[component[a]];
      members.get(component[a]).add(a);
    }
    return new Kernel(member, members.stream().filter(c -> c.size() > 1).toList());
  }

  boolean contains(int alternative) {
    return member[alternative];
  }

  /** The circuits merged, each as its alternatives in the problem's order. */
  List<List<Integer>> cycles() {
    return cycles;
  }

  /**
   * Strongly connected components (Kosaraju), numbered so that an edge between two components
   * always runs from the lower number to the higher.
   */
  static final class Components {
    private Components() {}

    static int[] of(boolean[][] edge) {
      int m = edge.length;
      boolean[] seen = new boolean[m];
      int[] finished = new int[m];
      int done = 0;
      for (int s = 0; s < m; s++) {
        if (!seen[s]) {
          done = finishOrder(edge, s, seen, finished, done);
        }
      }
      int[] component = new int[m];
      Arrays.fill(component, -1);
      int count = 0;
      // in decreasing finish time on the reversed graph: the components come out in topological order
      for (int k = m - 1; k >= 0; k--) {
        int s = finished[k];
        if (component[s] < 0) {
          assignReversed(edge, s, count++, component);
        }
      }
      return component;
    }

    /** Depth-first search from s, iterative; appends vertices to finished as they finish. */
    private static int finishOrder(boolean[][] edge, int s, boolean[] seen, int[] finished, int done) {
      int m = edge.length;
      int[] stack = new int[m];
      int[] next = new int[m];
      int top = 0;
      stack[top++] = s;
      seen[s] = true;
      while (top > 0) {
        int v = stack[top - 1];
        while (next[v] < m && (next[v] == v || !edge[v][next[v]] || seen[next[v]])) {
          next[v]++;
        }
        if (next[v] < m) {
          int u = next[v];
          seen[u] = true;
          stack[top++] = u;
        } else {
          finished[done++] = v;
          top--;
        }
      }
      return done;
    }

    private static void assignReversed(boolean[][] edge, int s, int id, int[] component) {
      int m = edge.length;
      int[] stack = new int[m];
      int top = 0;
      stack[top++] = s;
      component[s] = id;
      while (top > 0) {
        int v = stack[--top];
        for (int u = 0; u < m; u++) {
          if (u != v && edge[u][v] && component[u] < 0) {
            component[u] = id;
            stack[top++] = u;
          }
        }
      }
    }
  }
}
