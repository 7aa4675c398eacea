package cn.jsaudit.report;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** The formats of the finding list, each with its file extensions. */
public enum ReportFormat {
    TEXT(TextReport::new, false, "txt"),
    JSON(JsonReport::new, false, "json"),
    CSV(CsvReport::new, false, "csv"),
    XLSX(XlsxReport::new, true, "xlsx"),
    HTML(HtmlReport::new, false, "html", "htm");

    private final Supplier<Report> factory;
    private final boolean binary;
    private final String[] extensions;

    ReportFormat(Supplier<Report> factory, boolean binary, String... extensions) {
        this.factory = factory;
        this.binary = binary;
        this.extensions = extensions;
    }

    public Report report() {
        return factory.get();
    }

    /** True for a format that cannot go to a terminal. */
    public boolean binary() {
        return binary;
    }

    /** The format a file name's extension names, if any. */
    public static Optional<ReportFormat> byExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> Arrays.stream(f.extensions).anyMatch(e -> name.endsWith("." + e)))
                .findFirst();
    }
}
