package cn.jsaudit.pdf;

import java.util.List;

/** Tables set out without rulings. */
final class AlignedTables {

    private AlignedTables() {
    }

    static List<PrintedTable> find(int page, List<TextLine> lines) {
        return List.of();
    }
}
