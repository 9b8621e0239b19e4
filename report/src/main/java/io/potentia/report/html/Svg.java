package io.potentia.report.html;

import java.util.Locale;

/** A small builder of SVG markup with escaped text and fixed-precision numbers. */
final class Svg {
  private final StringBuilder out = new StringBuilder();

  Svg(String id, double width, double height, String label) {
    out.append("<svg id=\"").append(esc(id)).append("\" class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(n(width)).append(' ').append(n(height)).append("\" width=\"").append(n(width)).append("\" height=\"")
        .append(n(height)).append("\" role=\"img\" aria-label=\"").append(esc(label)).append("\">");
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

  static String esc(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** A colour from red (0) through yellow to green (1). */
  static String scale(double t) {
    double c = Double.isNaN(t) ? 0.5 : Math.max(0, Math.min(1, t));
    int r = (int) Math.round(c < 0.5 ? 215 : 215 - (c - 0.5) * 2 * 170);
    int g = (int) Math.round(c < 0.5 ? 48 + c * 2 * 150 : 198 - (c - 0.5) * 2 * 40);
    int b = (int) Math.round(c < 0.5 ? 39 + c * 2 * 40 : 79 - (c - 0.5) * 2 * 10);
    return Double.isNaN(t) ? "#cccccc" : String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
  }

  /** A categorical colour. */
  static String palette(int i) {
    String[] colours = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
        "#bcbd22", "#17becf"};
    return colours[Math.floorMod(i, colours.length)];
  }
}
