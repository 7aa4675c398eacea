package cn.jsaudit.generate;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The 三公 table in the forms layouts print it: 预算数 and 决算数 side by side (national); transposed, 预算数 and
 * 决算数 as rows, with 会议费 and 培训费 beside the 三公 (a county's export); three blocks with last year's 决算数
 * (Sichuan); one row of items each over 预算数 | 决算数 (Shanghai).
 */
final class ThreePublicTables {

    private static final String T = "09";
    private static final String CARS = "公务用车购置及运行维护费";
    private static final int BUDGET = 1;
    private static final int ACTUAL = 7;
    private static final int PRIOR = 17;
    /** Statement columns of 会议费 and 培训费: 预算数 13, 14; 决算数 15, 16. */
    private static final int MEETINGS_BUDGET = 13;
    private static final int MEETINGS_ACTUAL = 15;

    private final SheetPen pen;
    private final Statement st;

    ThreePublicTables(SheetPen pen, Statement st) {
        this.pen = pen;
        this.st = st;
    }

    /** 预算数 | 决算数, each 合计, 因公出国（境）费, 公务用车 (小计, 购置费, 运行维护费), 公务接待费; numbered 1–12. */
    int national(Sheet s, int top) {
        List<String> paths = new ArrayList<>();
        for (int col = 1; col <= 12; col++) {
            paths.add(st.column(T, col));
        }
        int r = pen.header(s, top, 0, paths);
        for (int k = 1; k <= 12; k++) {
            pen.number(s, r, k - 1, k);
        }
        r++;
        for (int col = 1; col <= 12; col++) {
            pen.amount(s, r, col - 1, st.at(T, Statement.THREE_PUBLIC_ROW, col));
        }
        return r + 1;
    }

    /** 预算数 and 决算数 as rows under 财政拨款“三公”经费 | 会议费 | 培训费, numbered 1–8 on a 栏次 row. */
    int transposedWithMeetings(Sheet s, int top) {
        String group = "财政拨款“三公”经费/";
        List<String> paths = new ArrayList<>(List.of("项目", group + "合计", group + "因公出国（境）费", group + CARS + "/小计",
                group + CARS + "/公务用车购置费", group + CARS + "/公务用车运行维护费", group + "公务接待费", "会议费", "培训费"));
        int r = pen.header(s, top, 0, paths);
        pen.columnNumbers(s, r++, 0, 0, 1, 1, 8);
        for (String block : List.of("预算数", "决算数")) {
            int first = block.equals("预算数") ? BUDGET : ACTUAL;
            int meetings = block.equals("预算数") ? MEETINGS_BUDGET : MEETINGS_ACTUAL;
            pen.label(s, r, 0, block);
            for (int k = 0; k < 6; k++) {
                pen.amount(s, r, 1 + k, st.at(T, Statement.THREE_PUBLIC_ROW, first + k));
            }
            pen.amount(s, r, 7, st.at(T, Statement.THREE_PUBLIC_ROW, meetings));
            pen.amount(s, r, 8, st.at(T, Statement.THREE_PUBLIC_ROW, meetings + 1));
            r++;
        }
        return r;
    }

    /** 上年决算数 | 预算数 | 决算数, each six items under a three-row header; numbered 1–18. */
    int threeBlocks(Sheet s, int top) {
        List<String> paths = new ArrayList<>();
        List<Integer> cols = new ArrayList<>();
        for (int first : new int[] {PRIOR, BUDGET, ACTUAL}) {
            for (int k = 0; k < 6; k++) {
                paths.add(st.column(T, first + k));
                cols.add(first + k);
            }
        }
        int r = pen.header(s, top, 0, paths);
        for (int k = 0; k < cols.size(); k++) {
            pen.number(s, r, k, k + 1);
        }
        r++;
        for (int k = 0; k < cols.size(); k++) {
            pen.amount(s, r, k, st.at(T, Statement.THREE_PUBLIC_ROW, cols.get(k)));
        }
        return r + 1;
    }

    /** One data row: 合计, 因公出国（境）费, 公务用车 (小计, 购置费, 运行费), 公务接待费, each over 预算数 | 决算数. */
    int itemsOverBudgetAndActual(Sheet s, int top) {
        List<String> items = List.of("合计/", "因公出国（境）费/", CARS + "/小计", CARS + "/公务用车购置费", CARS + "/公务用车运行费",
                "公务接待费/");
        List<String> paths = new ArrayList<>();
        for (String item : items) {
            paths.add(item + "/预算数");
            paths.add(item + "/决算数");
        }
        int r = pen.header(s, top, 0, paths);
        for (int k = 0; k < 6; k++) {
            pen.amount(s, r, 2 * k, st.at(T, Statement.THREE_PUBLIC_ROW, BUDGET + k));
            pen.amount(s, r, 2 * k + 1, st.at(T, Statement.THREE_PUBLIC_ROW, ACTUAL + k));
        }
        return r + 1;
    }
}
