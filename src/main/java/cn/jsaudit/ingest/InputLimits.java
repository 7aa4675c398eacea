package cn.jsaudit.ingest;

/**
 * How much one submission may make jsaudit read (the {@code limits} section of rules/settings.yaml). Every bound
 * is far above what a real disclosure needs and low enough that a hostile file (a zip bomb, a sheet of a million
 * rows, a cell of a gigabyte) is refused before it can exhaust memory or time; a file beyond one of them becomes
 * an INPUT finding naming the limit.
 *
 * @param maxFileMegabytes       size of an input file on disk (.xlsx, .xls, .docx, .txt)
 * @param maxEntries             entries in a zip package (.xlsx, .docx)
 * @param maxPartMegabytes       one package part, inflated
 * @param maxInflatedMegabytes   all parts of one package, inflated
 * @param maxCompressionRatio    inflated to compressed size of a part (checked once a part passes 1 MB)
 * @param maxXmlDepth            nesting depth of elements in a package's XML
 * @param maxRows                rows holding a value in one sheet
 * @param maxColumns             columns of one sheet, up to the last holding a value
 * @param maxCells               cells kept for one workbook (each row up to its last value) and merged regions
 * @param maxCellCharacters      characters of one cell's text (Excel's own limit is 32,767)
 * @param maxTextCharacters      characters of all text kept for one workbook
 * @param maxNarrativeCharacters characters of one narrative (情况说明)
 * @param maxFindings            findings listed for one submission; beyond it one finding says how many were left out
 * @param maxPdfPages            pages of one PDF
 * @param maxPdfCharacters       characters drawn on all pages of one PDF
 * @param maxPdfSeconds          time spent reading one PDF
 */
public record InputLimits(int maxFileMegabytes, int maxEntries, int maxPartMegabytes, int maxInflatedMegabytes,
                          int maxCompressionRatio, int maxXmlDepth, int maxRows, int maxColumns, int maxCells,
                          int maxCellCharacters, int maxTextCharacters, int maxNarrativeCharacters, int maxFindings,
                          int maxPdfPages, int maxPdfCharacters, int maxPdfSeconds) {

    public static final InputLimits DEFAULT = new InputLimits(100, 10_000, 100, 300, 200, 100, 20_000, 1_000, 500_000,
            32_767, 20_000_000, 500_000, 2_000, 2_000, 5_000_000, 300);

    /** No bound at all: for a workbook already in memory, whose cost has been paid. */
    static final InputLimits NONE = new InputLimits(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE,
            Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE,
            Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);

    /** Where a limit is set, for the messages that name it. */
    public static final String SOURCE = "rules/settings.yaml 的 limits";

    public long maxFileBytes() {
        return maxFileMegabytes * (1L << 20);
    }

    public long maxPartBytes() {
        return maxPartMegabytes * (1L << 20);
    }

    public long maxInflatedBytes() {
        return maxInflatedMegabytes * (1L << 20);
    }

    /** "上限 maxRows = 20000（rules/settings.yaml 的 limits）" */
    static String named(String key, long value) {
        return "上限 " + key + " = " + value + "（" + SOURCE + "）";
    }
}
