package cn.jsaudit.report;

import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Severity;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The cells an annotated copy marks, by sheet position, each keyed by {@link #cell}: row in the high bits, column in the low 16. */
final class CellMarks {

    /** A cell to mark: the severity of its worst finding (findings come most severe first) and its messages. */
    static final class Mark {
        final Severity severity;
        final StringBuilder note = new StringBuilder();

        Mark(Severity severity) {
            this.severity = severity;
        }
    }

    private CellMarks() {
    }

    static long cell(int row, int column) {
        return ((long) row << 16) | column;
    }

    static int row(long cell) {
        return (int) (cell >>> 16);
    }

    static int column(long cell) {
        return (int) (cell & 0xFFFF);
    }

    /** The marks of each sheet (by position) that findings name, in the order the findings name the cells. */
    static Map<Integer, LinkedHashMap<Long, Mark>> of(List<Finding> findings, List<WorkbookSheet> sheets) {
        Map<Integer, LinkedHashMap<Long, Mark>> marks = new HashMap<>();
        for (Finding f : findings) {
            for (Location l : f.locations()) {
                if (l.sheet() == null || l.rowIndex() < 0) {
                    continue;
                }
                int sheet = sheetIndex(sheets, l.sheet());
                if (sheet < 0 || sheets.get(sheet).part() == null) {
                    continue;
                }
                marks.computeIfAbsent(sheet, k -> new LinkedHashMap<>())
                        .computeIfAbsent(cell(l.rowIndex(), l.columnIndex()), k -> new Mark(f.severity()))
                        .note.append(WorkbookAnnotator.noteLine(f));
            }
        }
        return marks;
    }

    /** The sheet a finding names: the exact name, else one differing in case (as POI's getSheet finds it). */
    static int sheetIndex(List<WorkbookSheet> sheets, String name) {
        for (int i = 0; i < sheets.size(); i++) {
            if (sheets.get(i).name().equals(name)) {
                return i;
            }
        }
        for (int i = 0; i < sheets.size(); i++) {
            if (sheets.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
