package cn.jsaudit.pdf;

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

    public static final PdfLimits DEFAULT = new PdfLimits(200L << 20, 2_000, 5_000_000, 300);

    /** These limits with the file size bounded as for every input (settings.yaml limits.maxFileMegabytes). */
    public PdfLimits withMaxBytes(long bytes) {
        return new PdfLimits(bytes, maxPages, maxCharacters, maxSeconds);
    }
}
