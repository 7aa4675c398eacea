package cn.jsaudit.pdf;

import cn.jsaudit.ingest.InputLimits;

/**
 * How much one PDF may make jsaudit read. A published disclosure runs to tens of pages and some ten thousand
 * characters a page; the bounds are far above that and low enough that a hostile or broken file (a million pages,
 * a content stream that inflates without end) is refused before it exhausts memory or time.
 *
 * @param maxBytes      size of the file
 * @param maxPages      pages of one PDF
 * @param maxCharacters characters drawn on all pages together
 * @param maxSeconds    time spent reading one PDF
 */
public record PdfLimits(long maxBytes, int maxPages, int maxCharacters, int maxSeconds) {

    /** The limits section of rules/settings.yaml: maxFileMegabytes, maxPdfPages, maxPdfCharacters, maxPdfSeconds. */
    public static PdfLimits of(InputLimits limits) {
        return new PdfLimits(limits.maxFileBytes(), limits.maxPdfPages(), limits.maxPdfCharacters(), limits.maxPdfSeconds());
    }
}
