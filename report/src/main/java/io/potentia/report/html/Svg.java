package io.potentia.report.html;

import java.util.Locale;

/**
 * A small builder of SVG markup with escaped text and fixed-precision numbers. Each chart names the
 * table of its data, {@code <id>-data}, in its {@code data-table} attribute (see {@link DataTable}).
 */
final class Svg {
  private final StringBuilder out = new StringBuilder();

  Svg(String id, double width, double height, String label) {
    out.append("<svg id=\"").append(esc(id)).append("\" class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(n(width)).append(' ').append(n(height)).append("\" width=\"").append(n(width)).append("\" height=\"")
        .append(n(height)).append("\" role=\"img\" aria-label=\"").append(esc(label)).append("\" data-table=\"").append(esc(id)).append("-data\">");
  }

  Svg rect(double x, double y, double w, double h, String fill, String cssClass, String title) {
    out.append("<rect class=\"").append(cssClass).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
        .append("\" width=\"").append(n(Math.max(0, w))).append("\" height=\"").append(n(Math.max(0, h)))
        .append("\" fill=\"").append(fill).append("\">");
    if (title != null) {
      out.append("<title>").append(esc(title)).append("</title>");
    }
    out.append("</rect>");
    return this;
  }

  Svg text(double x, double y, String text, String anchor, double size) {
    out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor)
        .append("\" font-size=\"").append(n(size)).append("\">").append(esc(text)).append("</text>");
    return this;
  }

  /** Text in a colour, for a label drawn on a coloured cell (see {@link #ink}). */
  Svg text(double x, double y, String text, String anchor, double size, String fill) {
    out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor)
        .append("\" font-size=\"").append(n(size)).append("\" fill=\"").append(fill).append("\">").append(esc(text))
        .append("</text>");
    return this;
  }

  Svg line(double x1, double y1, double x2, double y2, String stroke) {
    out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
        .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append("\"/>");
    return this;
  }

  Svg poly(String tag, String cssClass, double[] xs, double[] ys, String stroke, String fill, String title) {
    out.append('<').append(tag).append(" class=\"").append(cssClass).append("\" points=\"");
    for (int i = 0; i < xs.length; i++) {
      out.append(n(xs[i])).append(',').append(n(ys[i])).append(' ');
    }
    out.append("\" stroke=\"").append(stroke).append("\" fill=\"").append(fill).append("\" stroke-width=\"1.5\">");
    if (title != null) {
      out.append("<title>").append(esc(title)).append("</title>");
    }
    out.append("</").append(tag).append('>');
    return this;
  }

  Svg circle(double cx, double cy, double r, String fill, String cssClass, String title) {
    out.append("<circle class=\"").append(cssClass).append("\" cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy))
        .append("\" r=\"").append(n(r)).append("\" fill=\"").append(fill).append("\">");
    if (title != null) {
      out.append("<title>").append(esc(title)).append("</title>");
    }
    out.append("</circle>");
    return this;
  }

  String end() {
    return out.append("</svg>").toString();
  }

  static String n(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /**
   * Text the engine wrote only in English (the reasons of a screened area read from a report written
   * before the engine recorded them as facts), marked as English so that screen readers pronounce
   * it so and a reader of another language knows why.
   */
  static String engine(String text) {
    return "<span lang=\"en\">" + esc(text) + "</span>";
  }

  /** A label cut to at most max characters, with an ellipsis, so that it stays inside its chart's margin; the full text goes in the title and the data table. */
  static String fit(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1).strip() + "\u2026";
  }

  static String esc(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /* Colour-blind-safe scales: cividis (Nuñez, Anderton and Renslow 2018, PLoS ONE 13(7) e0199239), a
     sequential scale from dark blue to yellow that reads the same to deuteranopes and protanopes and
     in grey; ColorBrewer's PuOr (purple to orange through light grey) for signed values; and the
     Okabe-Ito palette (Okabe and Ito 2002, "Color Universal Design") for categories. */
  private static final int[][] CIVIDIS = {{0x00, 0x22, 0x4e}, {0x41, 0x4d, 0x6b}, {0x7c, 0x7b, 0x78}, {0xbc, 0xaf, 0x6f},
      {0xfe, 0xe8, 0x38}};
  private static final int[][] PUOR = {{0x5e, 0x3c, 0x99}, {0xb2, 0xab, 0xd2}, {0xf7, 0xf7, 0xf7}, {0xfd, 0xb8, 0x63},
      {0xe6, 0x61, 0x01}};

  /** A colour of the cividis scale, from dark blue (0) to yellow (1); t outside [0, 1] takes the nearer end; grey for NaN. */
  static String scale(double t) {
    return interpolate(CIVIDIS, t);
  }

  /** The text colour that reads on {@link #scale}'s colour at t: white on the dark half, black on the light half. */
  static String ink(double t) {
    return !Double.isNaN(t) && t < 0.5 ? "#ffffff" : "#000000";
  }

  /** A colour of the PuOr scale for a value in [-1, 1]: purple at -1, light grey at 0, orange at +1; grey for NaN. */
  static String diverging(double v) {
    return interpolate(PUOR, (v + 1) / 2);
  }

  private static String interpolate(int[][] stops, double t) {
    if (Double.isNaN(t)) {
      return "#cccccc";
    }
    double c = Math.max(0, Math.min(1, t)) * (stops.length - 1);
    int k = Math.min(stops.length - 2, (int) Math.floor(c));
    double f = c - k;
    int[] rgb = new int[3];
    for (int i = 0; i < 3; i++) {
      rgb[i] = (int) Math.round(stops[k][i] + f * (stops[k + 1][i] - stops[k][i]));
    }
    return String.format(Locale.ROOT, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
  }

  /** A categorical colour of the Okabe-Ito palette; the eight repeat. */
  static String palette(int i) {
    String[] colours = {"#0072b2", "#e69f00", "#009e73", "#d55e00", "#cc79a7", "#56b4e9", "#f0e442", "#000000"};
    return colours[Math.floorMod(i, colours.length)];
  }
}
