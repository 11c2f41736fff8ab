/**
 * Official documents of the district People's Committee, rendered to PDF.
 *
 * <p>Owns the document records (one per kind of document, e.g. {@link vn.ocop.reports.UnitListDocument}),
 * their JasperReports templates ({@code .jrxml} sources next to the classes, compiled once at run time and
 * cached by {@link vn.ocop.reports.Documents}) and the font extension that embeds Liberation Serif in every
 * PDF, in the layout of Decree 30/2020/NĐ-CP (A4, official margins, Times New Roman look).
 *
 * <p>Renders from plain records only: it must never depend on entities, JPA, SQL, CDI or any other module of
 * the application. Callers format and normalise (NFC) the strings they put into the records.
 */
package vn.ocop.reports;
