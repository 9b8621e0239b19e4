/** A self-contained HTML report of scores, with charts drawn as inline SVG. */
package io.potentia.report.html;
