/** The file forms of the statistical audit: its CSV tables and its JSON document. */
package io.potentia.report.audit;
