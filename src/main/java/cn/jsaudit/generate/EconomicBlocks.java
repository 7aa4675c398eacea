package cn.jsaudit.generate;

import cn.jsaudit.generate.Catalogue.Line;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Basic spending by 经济分类 (national 06, Sichuan 08, Shanghai 六): blocks of (科目代码, 科目名称, 决算数) side by
 * side, the code in one column or split over 类 | 款, and 人员经费合计 / 公用经费合计 on the bottom line.
 */
final class EconomicBlocks {

    private final SheetPen pen;
    private final Statement st;
    private final Variant.CodeColumns codes;

    EconomicBlocks(SheetPen pen, Statement st, Variant.CodeColumns codes) {
        this.pen = pen;
        this.st = st;
        this.codes = codes;
    }

    int blockWidth() {
        return codes.split() ? 4 : 3;
    }

    /** Header paths for blocks under the given labels (null: no label row above the blocks). */
    List<String> headerPaths(List<String> blockLabels, String codeLabel) {
        List<String> paths = new ArrayList<>();
        for (String block : blockLabels) {
            String prefix = block == null ? "" : block + "/";
            if (codes.split()) {
                paths.add(prefix + codeLabel + "/类");
                paths.add(prefix + codeLabel + "/款");
            } else {
                paths.add(prefix + codeLabel);
            }
            paths.add(prefix + "科目名称");
            paths.add(prefix + "决算数");
        }
        return paths;
    }

    /** Writes the blocks from row {@code r} and the bottom line below the longest; returns the row after it. */
    int write(Sheet s, int r, List<List<Line>> blocks) {
        int rows = blocks.stream().mapToInt(List::size).max().orElse(0);
        int w = blockWidth();
        for (int b = 0; b < blocks.size(); b++) {
            List<Line> lines = blocks.get(b);
            int c0 = b * w;
            for (int k = 0; k < rows; k++) {
                if (k >= lines.size()) {
                    for (int c = 0; c < w; c++) {
                        pen.blank(s, r + k, c0 + c);
                    }
                    continue;
                }
                Line l = lines.get(k);
                CodedRows.codeCells(pen, s, r + k, c0, l.code(), codes, 2);
                pen.label(s, r + k, c0 + w - 2, l.name());
                pen.amount(s, r + k, c0 + w - 1, st.at("06", l.code(), 1));
            }
        }
        int bottom = r + rows;
        int last = blocks.size() - 1;
        pen.label(s, bottom, 0, "人员经费合计");
        pen.merge(s, bottom, bottom, 0, w - 2);
        pen.amount(s, bottom, w - 1, st.at("06", "人员经费合计", 1));
        pen.label(s, bottom, w, "公用经费合计");
        pen.merge(s, bottom, bottom, w, last * w + w - 2);
        pen.amount(s, bottom, last * w + w - 1, st.at("06", "公用经费合计", 1));
        return bottom + 1;
    }
}
