package cn.jsaudit.ingest;

/** Something wrong in a template file, at a line and column (1-based; 0 when the whole file is concerned). */
public record TemplateProblem(String file, int line, int column, String message) {
}
