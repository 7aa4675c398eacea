package cn.jsaudit.ingest;

import java.util.List;

/**
 * A workbook's sheets in their order, read once; every reader (tables, forms, narrative, explanations) uses it.
 *
 * @param notes what the reviewer must know about how the values were obtained (e.g. formulas computed because the
 *              file kept no results), each said once for the workbook
 */
public record WorkbookData(List<SheetData> sheets, List<String> notes) {

    public WorkbookData {
        sheets = List.copyOf(sheets);
        notes = List.copyOf(notes);
    }

    public WorkbookData(List<SheetData> sheets) {
        this(sheets, List.of());
    }
}
