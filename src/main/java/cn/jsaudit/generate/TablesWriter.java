package cn.jsaudit.generate;

import cn.jsaudit.generate.Accounts.Item;
import cn.jsaudit.generate.Catalogue.FunctionClass;
import cn.jsaudit.generate.Catalogue.Line;
import cn.jsaudit.generate.Catalogue.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** Writes 公开01–09表 in the national layout (the reference workbook's rows, 栏次 and merged headers). */
final class TablesWriter {

    private static final String[] INCOME_01 = {"一、一般公共预算财政拨款收入", "二、政府性基金预算财政拨款收入",
        "三、国有资本经营预算财政拨款收入", "四、上级补助收入", "五、事业收入", "六、经营收入", "七、附属单位上缴收入", "八、其他收入"};
    private static final String[] INCOME_02 = {"本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入",
        "附属单位上缴收入", "其他收入"};
    private static final String[] SPENDING_03 = {"本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出",
        "对附属单位补助支出"};

    private final Accounts a;
    private final Variant v;
    private final SheetPen pen;
    private final Sheet[] sheets = new Sheet[9];

    TablesWriter(Workbook wb, Accounts a, Variant v, SheetPen pen) {
        this.a = a;
        this.v = v;
        this.pen = pen;
        for (int i : v.order()) {
            sheets[i] = wb.createSheet(v.sheetNames().get(i));
        }
    }

    void writeAll() {
        table01(sheets[0]);
        table02(sheets[1]);
        table03(sheets[2]);
        table04(sheets[3]);
        table05(sheets[4]);
        table06(sheets[5]);
        table07(sheets[6]);
        table08(sheets[7]);
        table09(sheets[8]);
    }

    private void table01(Sheet s) {
        pen.widths(s, 10240, 1792, 3584, 10240, 1792, 3584);
        pen.heading(s, "收入支出决算总表", "公开01表", a.unit, a.year, 5);
        pen.header(s, 3, 3, 0, 2, "收入");
        pen.header(s, 3, 3, 3, 5, "支出");
        String[] h = {"项目", "行次", "金额", "项目", "行次", "金额"};
        for (int c = 0; c < 6; c++) {
            pen.header(s, 4, c, h[c]);
        }
        pen.header(s, 5, 5, 0, 1, "栏次");
        pen.number(s, 5, 2, 1);
        pen.header(s, 5, 5, 3, 4, "栏次");
        pen.number(s, 5, 5, 2);
        long[] income = {a.sum(Item::fiscalIncome), 0, 0, 0, a.institution ? a.sum(Item::otherIncome) : 0, 0, 0,
            a.institution ? 0 : a.sum(Item::otherIncome)};
        Map<String, Long> byClass = classCodes(Item::spending);
        for (int i = 0; i < 31; i++) {
            int r = 6 + i;
            int in = i + 1;
            String inLabel = in <= 8 ? INCOME_01[i] : switch (in) {
                case 27 -> "本年收入合计";
                case 28 -> "使用非财政拨款结余和专用结余";
                case 29 -> "年初结转和结余";
                case 31 -> "总计";
                default -> "";
            };
            pen.label(s, r, 0, inLabel);
            pen.number(s, r, 1, in);
            Long inValue = in <= 8 ? Long.valueOf(income[i]) : switch (in) {
                case 27 -> a.income();
                case 28 -> 0L;
                case 29 -> a.fiscalCarryStart;
                case 31 -> a.grandTotal();
                default -> null;
            };
            if (inValue != null) {
                pen.amount(s, r, 2, "01", in, null, inLabel, 1, inValue);
            }
            int out = 32 + i;
            String outLabel;
            String code = null;
            Long outValue;
            if (i < 26) {
                Line cls = Catalogue.CLASS_ROWS.get(i);
                outLabel = Catalogue.ORDINALS[i] + "、" + cls.name();
                code = cls.code();
                outValue = byClass.getOrDefault(cls.code(), 0L);
            } else {
                outLabel = switch (out) {
                    case 58 -> "本年支出合计";
                    case 59 -> "结余分配";
                    case 60 -> "年末结转和结余";
                    case 62 -> "总计";
                    default -> "";
                };
                outValue = switch (out) {
                    case 58 -> a.expense();
                    case 59 -> 0L;
                    case 60 -> a.fiscalCarryEnd() + a.otherCarryEnd();
                    case 62 -> a.grandTotal();
                    default -> null;
                };
            }
            pen.label(s, r, 3, outLabel);
            pen.number(s, r, 4, out);
            if (outValue != null) {
                pen.amount(s, r, 5, "01", out, code, outLabel, 2, outValue);
            }
        }
        pen.note(s, 37, 5, "注：1.本表反映部门本年度的总收支和年末结转结余情况。");
        pen.note(s, 38, 5, "2.本套报表金额单位转换时可能存在尾数误差。");
    }

    private void table02(Sheet s) {
        List<ToLongFunction<Item>> cols = List.of(i -> i.fiscalIncome() + i.otherIncome(), Item::fiscalIncome, i -> 0,
                i -> a.institution ? i.otherIncome() : 0, i -> 0, i -> 0, i -> a.institution ? 0 : i.otherIncome());
        hierarchyTable(s, "02", "收入决算表", INCOME_02, cols, a.items, "注：本表反映部门本年度取得的各项收入情况。");
    }

    private void table03(Sheet s) {
        List<ToLongFunction<Item>> cols = List.of(Item::spending, Item::basic, Item::project, i -> 0, i -> 0, i -> 0);
        hierarchyTable(s, "03", "支出决算表", SPENDING_03, cols, a.items, "注：本表反映部门本年度各项支出情况。");
    }

    /** Tables 02 and 03: 科目代码 | 科目名称 | amount columns with one label each, merged over two header rows. */
    private void hierarchyTable(Sheet s, String table, String title, String[] labels, List<ToLongFunction<Item>> cols,
                                List<Item> items, String note) {
        int last = 1 + labels.length;
        int[] widths = new int[last + 1];
        widths[0] = 2816;
        widths[1] = 9216;
        for (int c = 2; c <= last; c++) {
            widths[c] = 3328;
        }
        pen.widths(s, widths);
        pen.heading(s, title, "公开" + table + "表", a.unit, a.year, last);
        pen.header(s, 3, 3, 0, 1, "项目");
        pen.header(s, 4, 0, "科目代码");
        pen.header(s, 4, 1, "科目名称");
        for (int k = 0; k < labels.length; k++) {
            pen.header(s, 3, 4, 2 + k, 2 + k, labels[k]);
        }
        pen.header(s, 5, 5, 0, 1, "栏次");
        for (int k = 0; k < labels.length; k++) {
            pen.number(s, 5, 2 + k, k + 1);
        }
        int r = hierarchyRows(s, table, cols, items, 6);
        pen.note(s, r, last, note);
    }

    /** The 合计 row, then each 类, its 款 and their 项, amounts summed bottom-up. Returns the next free row. */
    private int hierarchyRows(Sheet s, String table, List<ToLongFunction<Item>> cols, List<Item> items, int r) {
        pen.label(s, r, 0, "合计");
        pen.merge(s, r, r, 0, 1);
        rowAmounts(s, r, table, null, "合计", cols, items);
        r++;
        Map<String, List<Item>> byClass = new TreeMap<>();
        for (Item i : items) {
            byClass.computeIfAbsent(i.cls.code(), k -> new ArrayList<>()).add(i);
        }
        for (List<Item> inClass : byClass.values()) {
            FunctionClass cls = inClass.get(0).cls;
            r = codeRow(s, r, table, cls.code(), cls.name(), cols, inClass);
            Map<String, List<Item>> bySection = new TreeMap<>();
            for (Item i : inClass) {
                bySection.computeIfAbsent(i.section.code(), k -> new ArrayList<>()).add(i);
            }
            for (List<Item> inSection : bySection.values()) {
                Section sec = inSection.get(0).section;
                r = codeRow(s, r, table, sec.code(), sec.name(), cols, inSection);
                List<Item> sorted = new ArrayList<>(inSection);
                sorted.sort(java.util.Comparator.comparing(i -> i.line.code()));
                for (Item i : sorted) {
                    r = codeRow(s, r, table, i.line.code(), i.line.name(), cols, List.of(i));
                }
            }
        }
        return r;
    }

    private int codeRow(Sheet s, int r, String table, String code, String name, List<ToLongFunction<Item>> cols,
                        List<Item> items) {
        pen.label(s, r, 0, code);
        pen.label(s, r, 1, name);
        rowAmounts(s, r, table, code, name, cols, items);
        return r + 1;
    }

    private void rowAmounts(Sheet s, int r, String table, String code, String name, List<ToLongFunction<Item>> cols,
                            List<Item> items) {
        for (int k = 0; k < cols.size(); k++) {
            long fen = items.stream().mapToLong(cols.get(k)).sum();
            pen.amount(s, r, 2 + k, table, null, code, name, k + 1, fen);
        }
    }

    private void table04(Sheet s) {
        pen.widths(s, 8192, 1536, 3328, 8192, 1536, 3328, 3584, 3584, 3584);
        pen.heading(s, "财政拨款收入支出决算总表", "公开04表", a.unit, a.year, 8);
        pen.header(s, 3, 3, 0, 2, "收 入");
        pen.header(s, 3, 3, 3, 8, "支 出");
        String[] h = {"项目", "行次", "金额", "项目", "行次", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款",
            "国有资本经营预算财政拨款"};
        for (int c = 0; c < h.length; c++) {
            pen.header(s, 4, c, h[c]);
        }
        pen.header(s, 5, 5, 0, 1, "栏次");
        pen.number(s, 5, 2, 1);
        pen.header(s, 5, 5, 3, 4, "栏次");
        for (int c = 5; c <= 8; c++) {
            pen.number(s, 5, c, c - 3);
        }
        long fiscalIncome = a.sum(Item::fiscalIncome);
        Map<String, Long> byClass = classCodes(Item::fiscal);
        for (int i = 0; i < 32; i++) {
            int r = 6 + i;
            int in = i + 1;
            String inLabel = switch (in) {
                case 1 -> "一、一般公共预算财政拨款";
                case 2 -> "二、政府性基金预算财政拨款";
                case 3 -> "三、国有资本经营预算财政拨款";
                case 27 -> "本年收入合计";
                case 28 -> "年初财政拨款结转和结余";
                case 29 -> "一般公共预算财政拨款";
                case 30 -> "政府性基金预算财政拨款";
                case 31 -> "国有资本经营预算财政拨款";
                case 32 -> "总计";
                default -> "";
            };
            Long inValue = switch (in) {
                case 1, 27 -> fiscalIncome;
                case 2, 3, 30, 31 -> 0L;
                case 28, 29 -> a.fiscalCarryStart;
                case 32 -> fiscalIncome + a.fiscalCarryStart;
                default -> null;
            };
            pen.label(s, r, 0, inLabel);
            pen.number(s, r, 1, in);
            if (inValue != null) {
                pen.amount(s, r, 2, "04", in, null, inLabel, 1, inValue);
            }
            int out = 33 + i;
            String outLabel;
            String code = null;
            Long outValue;
            if (i < 26) {
                Line cls = Catalogue.CLASS_ROWS.get(i);
                outLabel = Catalogue.ORDINALS[i] + "、" + cls.name();
                code = cls.code();
                outValue = byClass.getOrDefault(cls.code(), 0L);
            } else {
                outLabel = switch (out) {
                    case 59 -> "本年支出合计";
                    case 60 -> "年末财政拨款结转和结余";
                    case 64 -> "总计";
                    default -> "";
                };
                outValue = switch (out) {
                    case 59 -> a.sum(Item::fiscal);
                    case 60 -> a.fiscalCarryEnd();
                    case 64 -> a.sum(Item::fiscal) + a.fiscalCarryEnd();
                    default -> null;
                };
            }
            pen.label(s, r, 3, outLabel);
            pen.number(s, r, 4, out);
            if (outValue != null) {
                long[] byFund = {outValue, outValue, 0, 0};
                for (int k = 0; k < 4; k++) {
                    pen.amount(s, r, 5 + k, "04", out, code, outLabel, 2 + k, byFund[k]);
                }
            }
        }
        pen.note(s, 38, 8, "注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。");
    }

    private void table05(Sheet s) {
        pen.widths(s, 2816, 9216, 3328, 3328, 3328);
        pen.heading(s, "一般公共预算财政拨款支出决算表", "公开05表", a.unit, a.year, 4);
        pen.header(s, 3, 3, 0, 1, "项目");
        pen.header(s, 3, 3, 2, 4, "本年支出");
        String[] h = {"科目代码", "科目名称", "小计", "基本支出", "项目支出"};
        for (int c = 0; c < h.length; c++) {
            pen.header(s, 4, c, h[c]);
        }
        pen.header(s, 5, 5, 0, 1, "栏次");
        for (int k = 1; k <= 3; k++) {
            pen.number(s, 5, 1 + k, k);
        }
        List<Item> fiscal = a.items.stream().filter(i -> i.fiscal() > 0).toList();
        List<ToLongFunction<Item>> cols = List.of(Item::fiscal, i -> i.basicFiscal, i -> i.projectFiscal);
        int r = hierarchyRows(s, "05", cols, fiscal, 6);
        pen.note(s, r, 4, "注：本表反映部门本年度一般公共预算财政拨款支出情况。");
    }

    /** Three (代码, 名称, 决算数) blocks side by side; 人员经费合计 and 公用经费合计 on the bottom line. */
    private void table06(Sheet s) {
        pen.widths(s, 2304, 6656, 2816, 2304, 5632, 2816, 2304, 7168, 2816);
        pen.heading(s, "一般公共预算财政拨款基本支出决算明细表", "公开06表", a.unit, a.year, 8);
        pen.header(s, 3, 3, 0, 2, "人员经费");
        pen.header(s, 3, 3, 3, 8, "公用经费");
        for (int b = 0; b < 3; b++) {
            pen.header(s, 4, 3 * b, "科目代码");
            pen.header(s, 4, 3 * b + 1, "科目名称");
            pen.header(s, 4, 3 * b + 2, "决算数");
        }
        List<List<Line>> blocks = List.of(Catalogue.PERSONNEL, Catalogue.GOODS, Catalogue.OTHER);
        int rows = blocks.stream().mapToInt(List::size).max().orElse(0);
        for (int b = 0; b < 3; b++) {
            List<Line> lines = blocks.get(b);
            for (int k = 0; k < rows; k++) {
                int r = 5 + k;
                if (k >= lines.size()) {
                    pen.label(s, r, 3 * b, "");
                    pen.label(s, r, 3 * b + 1, "");
                    pen.label(s, r, 3 * b + 2, "");
                    continue;
                }
                Line l = lines.get(k);
                long fen = l.code().length() == 3 ? a.economicTotal(l.code()) : a.economic.get(l.code());
                pen.label(s, r, 3 * b, l.code());
                pen.label(s, r, 3 * b + 1, l.name());
                pen.amount(s, r, 3 * b + 2, "06", null, l.code(), l.name(), 1, fen);
            }
        }
        int r = 5 + rows;
        pen.label(s, r, 0, "人员经费合计");
        pen.merge(s, r, r, 0, 1);
        pen.amount(s, r, 2, "06", null, null, "人员经费合计", 1, a.personnel());
        pen.label(s, r, 3, "公用经费合计");
        pen.merge(s, r, r, 3, 7);
        pen.amount(s, r, 8, "06", null, null, "公用经费合计", 1, a.goods());
        pen.note(s, r + 1, 8, "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。");
    }

    private void table07(Sheet s) {
        pen.widths(s, 2816, 9216, 3328, 3328, 3328, 3328, 3328, 3328);
        pen.heading(s, "政府性基金预算财政拨款收入支出决算表", "公开07表", a.unit, a.year, 7);
        pen.header(s, 3, 3, 0, 1, "项目");
        pen.header(s, 3, 4, 2, 2, "年初结转和结余");
        pen.header(s, 3, 4, 3, 3, "本年收入");
        pen.header(s, 3, 3, 4, 6, "本年支出");
        pen.header(s, 3, 4, 7, 7, "年末结转和结余");
        pen.header(s, 4, 0, "科目代码");
        pen.header(s, 4, 1, "科目名称");
        pen.header(s, 4, 4, "小计");
        pen.header(s, 4, 5, "基本支出");
        pen.header(s, 4, 6, "项目支出");
        pen.header(s, 5, 5, 0, 1, "栏次");
        for (int k = 1; k <= 6; k++) {
            pen.number(s, 5, 1 + k, k);
        }
        pen.label(s, 6, 0, "合计");
        pen.merge(s, 6, 6, 0, 1);
        pen.note(s, 7, 7, "注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。");
        pen.note(s, 8, 7, a.year + " 年度无政府性基金预算财政拨款收入。");
    }

    private void table08(Sheet s) {
        pen.widths(s, 2816, 9216, 3328, 3328, 3328);
        pen.heading(s, "国有资本经营预算财政拨款支出决算表", "公开08表", a.unit, a.year, 4);
        pen.header(s, 3, 3, 0, 1, "项目");
        pen.header(s, 3, 3, 2, 4, "本年支出");
        String[] h = {"科目代码", "科目名称", "合计", "基本支出", "项目支出"};
        for (int c = 0; c < h.length; c++) {
            pen.header(s, 4, c, h[c]);
        }
        pen.header(s, 5, 5, 0, 1, "栏次");
        for (int k = 1; k <= 3; k++) {
            pen.number(s, 5, 1 + k, k);
        }
        pen.label(s, 6, 0, "合计");
        pen.merge(s, 6, 6, 0, 1);
        pen.note(s, 7, 4, "注：本表反映部门本年度国有资本经营预算财政拨款支出情况。");
        pen.note(s, 8, 4, a.year + " 年度无国有资本经营预算财政拨款支出。");
    }

    /** 预算数 and 决算数 side by side: 合计, 因公出国（境）费, 公务用车 (小计, 购置, 运行维护), 公务接待费; numbered 1–12. */
    private void table09(Sheet s) {
        int[] widths = new int[12];
        java.util.Arrays.fill(widths, 2560);
        pen.widths(s, widths);
        pen.heading(s, "财政拨款“三公”经费支出决算表", "公开09表", a.unit, a.year, 11);
        pen.header(s, 3, 3, 0, 5, "预算数");
        pen.header(s, 3, 3, 6, 11, "决算数");
        for (int b = 0; b < 2; b++) {
            int c = 6 * b;
            pen.header(s, 4, 5, c, c, "合计");
            pen.header(s, 4, 5, c + 1, c + 1, "因公出国（境）费");
            pen.header(s, 4, 4, c + 2, c + 4, "公务用车购置及运行维护费");
            pen.header(s, 5, c + 2, "小计");
            pen.header(s, 5, c + 3, "公务用车购置费");
            pen.header(s, 5, c + 4, "公务用车运行维护费");
            pen.header(s, 4, 5, c + 5, c + 5, "公务接待费");
        }
        for (int k = 1; k <= 12; k++) {
            pen.number(s, 6, k - 1, k);
        }
        Accounts.ThreePublic[] both = {a.threeBudget, a.threeActual};
        for (int b = 0; b < 2; b++) {
            Accounts.ThreePublic t = both[b];
            long[] values = {t.total(), t.abroad(), t.cars(), t.carPurchase(), t.carRunning(), t.reception()};
            for (int k = 0; k < 6; k++) {
                pen.amount(s, 7, 6 * b + k, "09", null, null, null, 6 * b + k + 1, values[k]);
            }
        }
        pen.note(s, 8, 11, "注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，"
                + "反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。");
    }

    private Map<String, Long> classCodes(ToLongFunction<Item> f) {
        Map<String, Long> out = new TreeMap<>();
        for (Map.Entry<FunctionClass, Long> e : a.byClass(f).entrySet()) {
            out.put(e.getKey().code(), e.getValue());
        }
        return out;
    }
}
