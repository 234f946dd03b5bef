/**
 * The validation report: one {@link org.exhaustionlab.validation.report.ValidationReport} value holding every figure
 * the Validator produced for a strategy, and two writers for it.
 *
 * <ul>
 * <li>{@link org.exhaustionlab.validation.report.HtmlReportWriter}: one self-contained, offline HTML file (inline CSS,
 * inline SVG charts drawn by a small builder in this package; no scripts, fonts, images or links to the network).
 * The document is well-formed XML, so it can be checked with any XML parser.</li>
 * <li>{@link org.exhaustionlab.validation.report.JsonReportWriter}: the same content as JSON, written by hand with a
 * stable key order; NaN and infinities become {@code null}.</li>
 * </ul>
 * Long series (equity, drawdown) are thinned with {@link org.exhaustionlab.validation.report.Decimator} before they
 * are drawn or written: min/max per bucket, so peaks, troughs and the end points survive.
 */
package org.exhaustionlab.validation.report;
