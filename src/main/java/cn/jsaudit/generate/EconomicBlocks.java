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

    /** Header paths of the one-list form: 科目编码, 科目名称, then 合计 | 人员经费 | 公用经费, under 基本支出 or not. */
    List<String> listPaths(String group) {
        List<String> paths = new ArrayList<>(headerPaths(java.util.Collections.singletonList(null), "科目编码"));
        paths.remove(paths.size() - 1);
        String prefix = group == null ? "" : group + "/";
        paths.addAll(List.of(prefix + "合计", prefix + "人员经费", prefix + "公用经费"));
        return paths;
    }

    /**
     * The one-list form (an older national layout): every line once, by code, its amount under 合计 and restated
     * under 人员经费 (301, 303) or 公用经费 (the rest); the 合计 row on top or at the bottom, its 人员经费 and 公用经费
     * cells being the 人员经费合计 and 公用经费合计 of the block form. Returns the row after the table.
     */
    int writeList(Sheet s, int r, boolean totalOnTop) {
        List<Line> lines = new ArrayList<>(Catalogue.PERSONNEL);
        lines.addAll(Catalogue.GOODS);
        lines.addAll(Catalogue.OTHER);
        lines.sort(java.util.Comparator.comparing(Line::code));
        int c0 = blockWidth() - 1;
        if (totalOnTop) {
            r = listTotal(s, r);
        }
        for (Line l : lines) {
            CodedRows.codeCells(pen, s, r, 0, l.code(), codes, 2);
            pen.label(s, r, c0 - 1, l.name());
            PrintedAmount line = st.at("06", l.code(), 1);
            pen.amount(s, r, c0, line);
            boolean personnel = l.code().startsWith("301") || l.code().startsWith("303");
            pen.restated(s, r, c0 + (personnel ? 1 : 2), line.value);
            pen.blank(s, r, c0 + (personnel ? 2 : 1));
            r++;
        }
        return totalOnTop ? r : listTotal(s, r);
    }

    private int listTotal(Sheet s, int r) {
        int c0 = blockWidth() - 1;
        pen.label(s, r, 0, "合计");
        pen.merge(s, r, r, 0, c0 - 1);
        PrintedAmount personnel = st.at("06", "人员经费合计", 1);
        PrintedAmount goods = st.at("06", "公用经费合计", 1);
        pen.restated(s, r, c0, personnel.value == null || goods.value == null ? null : personnel.value.add(goods.value));
        pen.amount(s, r, c0 + 1, personnel);
        pen.amount(s, r, c0 + 2, goods);
        return r + 1;
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
