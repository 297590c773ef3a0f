/**
 * Shared infrastructure for documents: download headers, Excel workbooks, PDFs with the bundled fonts, and the
 * storage of uploaded files. Every feature may use it; it uses no feature.
 */
package cn.scorecard.app.documents;
