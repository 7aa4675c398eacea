package cn.jsaudit.ingest;

import java.util.List;

/** A workbook's sheets in their order, read once; every reader (tables, forms, narrative, explanations) uses it. */
public record WorkbookData(List<SheetData> sheets) {

    public WorkbookData {
        sheets = List.copyOf(sheets);
    }
}
