package cn.jsaudit.generate;

import cn.jsaudit.generate.Accounts.Item;
import cn.jsaudit.generate.Accounts.ThreePublic;
import cn.jsaudit.generate.Catalogue.FunctionClass;
import cn.jsaudit.generate.Catalogue.Line;
import cn.jsaudit.generate.Catalogue.Section;
import cn.jsaudit.generate.Statement.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Computes every printed amount from the accounts, bottom-up, each rounded on its own (as the reporting software
 * does): tables 01–09 with the national rows and 栏次, and the tables only Sichuan prints (fund columns, spending by
 * 经济分类, 三公 of the last year, 会议费 and 培训费).
 */
final class StatementBuilder {

    private static final String[] INCOME_01 = {"一、一般公共预算财政拨款收入", "二、政府性基金预算财政拨款收入",
        "三、国有资本经营预算财政拨款收入", "四、上级补助收入", "五、事业收入", "六、经营收入", "七、附属单位上缴收入", "八、其他收入"};
    private static final List<String> INCOME_02 = List.of("本年收入合计", "财政拨款收入", "上级补助收入", "事业收入",
            "经营收入", "附属单位上缴收入", "其他收入");
    private static final List<String> SPENDING_03 = List.of("本年支出合计", "基本支出", "项目支出", "上缴上级支出",
            "经营支出", "对附属单位补助支出");
    private static final List<String> FUNDS = List.of("一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款");
    private static final List<String> THREE_ITEMS = List.of("合计", "因公出国（境）费", "公务用车购置及运行维护费/小计",
            "公务用车购置及运行维护费/公务用车购置费", "公务用车购置及运行维护费/公务用车运行维护费", "公务接待费");

    private final Accounts a;
    private final Statement st;

    StatementBuilder(Accounts a) {
        this.a = a;
        this.st = new Statement(a);
    }

    Statement build() {
        table01();
        List<ToLongFunction<Item>> income = List.of(i -> i.fiscalIncome() + i.otherIncome(), Item::fiscalIncome, i -> 0,
                i -> a.institution ? i.otherIncome() : 0, i -> 0, i -> 0, i -> a.institution ? 0 : i.otherIncome());
        hierarchy("02", INCOME_02, income, a.items);
        hierarchy("03", SPENDING_03, List.of(Item::spending, Item::basic, Item::project, i -> 0, i -> 0, i -> 0), a.items);
        table04();
        List<Item> fiscal = a.items.stream().filter(i -> i.fiscal() > 0).toList();
        hierarchy("05", List.of("本年支出/小计", "本年支出/基本支出", "本年支出/项目支出"),
                List.of(Item::fiscal, i -> i.basicFiscal, i -> i.projectFiscal), fiscal);
        table06();
        emptyTable("07", List.of("年初结转和结余", "本年收入", "本年支出/小计", "本年支出/基本支出", "本年支出/项目支出", "年末结转和结余"));
        emptyTable("08", List.of("本年支出/合计", "本年支出/基本支出", "本年支出/项目支出"));
        table09();
        hierarchy(Statement.FUND_DETAIL, List.of("合计", FUNDS.get(0) + "/小计", FUNDS.get(0) + "/基本支出",
                FUNDS.get(0) + "/项目支出", FUNDS.get(1), FUNDS.get(2)),
                List.of(Item::fiscal, Item::fiscal, i -> i.basicFiscal, i -> i.projectFiscal, i -> 0, i -> 0), fiscal);
        economicDetail();
        projectDetail();
        emptyTable(Statement.STATE_CAPITAL, List.of("年初结转和结余", "本年收入", "本年支出/小计", "本年支出/基本支出",
                "本年支出/项目支出", "年末结转和结余"));
        return st;
    }

    private void table01() {
        st.setColumns("01", List.of("收入/金额", "支出/金额"));
        long[] income = {a.sum(Item::fiscalIncome), 0, 0, 0, a.institution ? a.sum(Item::otherIncome) : 0, 0, 0,
            a.institution ? 0 : a.sum(Item::otherIncome)};
        Map<String, Long> byClass = classCodes(Item::spending);
        for (int i = 0; i < 31; i++) {
            int in = i + 1;
            String inLabel = in <= 8 ? INCOME_01[i] : switch (in) {
                case 27 -> "本年收入合计";
                case 28 -> "使用非财政拨款结余和专用结余";
                case 29 -> "年初结转和结余";
                case 31 -> "总计";
                default -> "";
            };
            Long inValue = in <= 8 ? Long.valueOf(income[i]) : switch (in) {
                case 27 -> a.income();
                case 28 -> 0L;
                case 29 -> a.fiscalCarryStart;
                case 31 -> a.grandTotal();
                default -> null;
            };
            numbered("01", in, null, inLabel, 1, inValue);
            int out = 32 + i;
            if (i < 26) {
                Line cls = Catalogue.CLASS_ROWS.get(i);
                numbered("01", out, cls.code(), Catalogue.ORDINALS[i] + "、" + cls.name(), 2,
                        byClass.getOrDefault(cls.code(), 0L));
            } else {
                String outLabel = switch (out) {
                    case 58 -> "本年支出合计";
                    case 59 -> "结余分配";
                    case 60 -> "年末结转和结余";
                    case 62 -> "总计";
                    default -> "";
                };
                Long outValue = switch (out) {
                    case 58 -> a.expense();
                    case 59 -> 0L;
                    case 60 -> a.fiscalCarryEnd() + a.otherCarryEnd();
                    case 62 -> a.grandTotal();
                    default -> null;
                };
                numbered("01", out, null, outLabel, 2, outValue);
            }
        }
    }

    private void table04() {
        st.setColumns("04", List.of("收入/金额", "支出/合计", "支出/" + FUNDS.get(0), "支出/" + FUNDS.get(1), "支出/" + FUNDS.get(2)));
        long fiscalIncome = a.sum(Item::fiscalIncome);
        Map<String, Long> byClass = classCodes(Item::fiscal);
        for (int i = 0; i < 32; i++) {
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
            numbered("04", in, null, inLabel, 1, inValue);
            int out = 33 + i;
            Row row;
            Long outValue;
            if (i < 26) {
                Line cls = Catalogue.CLASS_ROWS.get(i);
                row = new Row(String.valueOf(out), out, cls.code(), Catalogue.ORDINALS[i] + "、" + cls.name());
                outValue = byClass.getOrDefault(cls.code(), 0L);
            } else {
                String outLabel = switch (out) {
                    case 59 -> "本年支出合计";
                    case 60 -> "年末财政拨款结转和结余";
                    case 64 -> "总计";
                    default -> "";
                };
                row = new Row(String.valueOf(out), out, null, outLabel);
                outValue = switch (out) {
                    case 59 -> a.sum(Item::fiscal);
                    case 60 -> a.fiscalCarryEnd();
                    case 64 -> a.sum(Item::fiscal) + a.fiscalCarryEnd();
                    default -> null;
                };
            }
            st.addRow("04", row);
            if (outValue != null) {
                long[] byFund = {outValue, outValue, 0, 0};
                for (int k = 0; k < 4; k++) {
                    st.addAmount("04", row, 2 + k, byFund[k]);
                }
            }
        }
    }

    /** A row keyed by 行次 with one amount (or none). */
    private void numbered(String table, int rowNo, String code, String label, int col, Long fen) {
        Row row = new Row(String.valueOf(rowNo), rowNo, code, label);
        st.addRow(table, row);
        if (fen != null) {
            st.addAmount(table, row, col, fen);
        }
    }

    /** The 合计 row, then each 类, its 款 and their 项, amounts summed bottom-up. */
    private void hierarchy(String table, List<String> columns, List<ToLongFunction<Item>> cols, List<Item> items) {
        st.setColumns(table, columns);
        codeRow(table, new Row("合计", null, null, "合计"), cols, items);
        Map<String, List<Item>> byClass = new TreeMap<>();
        for (Item i : items) {
            byClass.computeIfAbsent(i.cls.code(), k -> new ArrayList<>()).add(i);
        }
        for (List<Item> inClass : byClass.values()) {
            FunctionClass cls = inClass.get(0).cls;
            codeRow(table, coded(cls.code(), cls.name()), cols, inClass);
            Map<String, List<Item>> bySection = new TreeMap<>();
            for (Item i : inClass) {
                bySection.computeIfAbsent(i.section.code(), k -> new ArrayList<>()).add(i);
            }
            for (List<Item> inSection : bySection.values()) {
                Section sec = inSection.get(0).section;
                codeRow(table, coded(sec.code(), sec.name()), cols, inSection);
                List<Item> sorted = new ArrayList<>(inSection);
                sorted.sort(Comparator.comparing(i -> i.line.code()));
                for (Item i : sorted) {
                    codeRow(table, coded(i.line.code(), i.line.name()), cols, List.of(i));
                }
            }
        }
    }

    private void codeRow(String table, Row row, List<ToLongFunction<Item>> cols, List<Item> items) {
        st.addRow(table, row);
        for (int k = 0; k < cols.size(); k++) {
            st.addAmount(table, row, k + 1, items.stream().mapToLong(cols.get(k)).sum());
        }
    }

    private static Row coded(String code, String name) {
        return new Row(code, null, code, name);
    }

    /** Every 经济分类 line of the three blocks, then 人员经费合计 and 公用经费合计 on the bottom line. */
    private void table06() {
        st.setColumns("06", List.of("决算数"));
        for (List<Line> block : List.of(Catalogue.PERSONNEL, Catalogue.GOODS, Catalogue.OTHER)) {
            for (Line l : block) {
                Row row = coded(l.code(), l.name());
                st.addRow("06", row);
                st.addAmount("06", row, 1, l.code().length() == 3 ? a.economicTotal(l.code()) : a.economic.get(l.code()));
            }
        }
        for (String name : List.of("人员经费合计", "公用经费合计")) {
            Row row = new Row(name, null, null, name);
            st.addRow("06", row);
            st.addAmount("06", row, 1, name.startsWith("人员") ? a.personnel() : a.goods());
        }
    }

    /** An empty table (no such funds): the 合计 row without amounts. */
    private void emptyTable(String table, List<String> columns) {
        st.setColumns(table, columns);
        st.addRow(table, new Row("合计", null, null, "合计"));
    }

    /**
     * 预算数 and 决算数 (columns 1–12 as national 栏次), then 会议费 and 培训费 (13–16), then last year's 决算数 (17–22),
     * which some layouts print beside them.
     */
    private void table09() {
        List<String> labels = new ArrayList<>();
        for (String block : List.of("预算数", "决算数")) {
            THREE_ITEMS.forEach(item -> labels.add(block + "/" + item));
        }
        labels.addAll(List.of("预算数/会议费", "预算数/培训费", "决算数/会议费", "决算数/培训费"));
        THREE_ITEMS.forEach(item -> labels.add("上年决算数/" + item));
        st.setColumns("09", labels);
        Row row = new Row(Statement.THREE_PUBLIC_ROW, null, null, null);
        st.addRow("09", row);
        int col = 1;
        for (ThreePublic t : List.of(a.threeBudget, a.threeActual)) {
            col = threePublic(row, col, t);
        }
        long[] meetings = {a.meetingBudget, a.trainingBudget, a.fiscalLine("30215"), a.fiscalLine("30216")};
        for (long fen : meetings) {
            st.addAmount("09", row, col++, fen);
        }
        threePublic(row, col, a.threePrior);
    }

    private int threePublic(Row row, int col, ThreePublic t) {
        for (long fen : new long[] {t.total(), t.abroad(), t.cars(), t.carPurchase(), t.carRunning(), t.reception()}) {
            st.addAmount("09", row, col++, fen);
        }
        return col;
    }

    /** Sichuan 07: fiscal spending by 经济分类 类 and 款, basic and project; only the lines with spending. */
    private void economicDetail() {
        st.setColumns(Statement.GENERAL_DETAIL, List.of(FUNDS.get(0) + "/小计", FUNDS.get(0) + "/基本支出", FUNDS.get(0) + "/项目支出"));
        economicRows(Statement.GENERAL_DETAIL, code -> code.length() == 3
                ? new long[] {a.economicTotal(code) + a.projectEconomicTotal(code), a.economicTotal(code), a.projectEconomicTotal(code)}
                : new long[] {a.fiscalLine(code), a.economic.getOrDefault(code, 0L), a.projectEconomic.getOrDefault(code, 0L)});
    }

    /** Sichuan 09: fiscal project spending by 经济分类 类 and 款. */
    private void projectDetail() {
        st.setColumns(Statement.PROJECT_DETAIL, List.of("项目支出"));
        economicRows(Statement.PROJECT_DETAIL, code -> new long[] {code.length() == 3
                ? a.projectEconomicTotal(code) : a.projectEconomic.getOrDefault(code, 0L)});
    }

    /** 合计, then every 经济分类 类 and 款 whose first column is not zero, in catalogue order. */
    private void economicRows(String table, Function<String, long[]> amounts) {
        List<Row> rows = new ArrayList<>();
        List<long[]> values = new ArrayList<>();
        long[] total = new long[st.columnCount(table)];
        for (List<Line> block : List.of(Catalogue.PERSONNEL, Catalogue.GOODS, Catalogue.OTHER)) {
            for (Line l : block) {
                long[] v = amounts.apply(l.code());
                if (v[0] == 0) {
                    continue;
                }
                rows.add(coded(l.code(), l.name()));
                values.add(v);
                for (int k = 0; l.code().length() == 3 && k < v.length; k++) {
                    total[k] += v[k];
                }
            }
        }
        rows.add(0, new Row("合计", null, null, "合计"));
        values.add(0, total);
        for (int r = 0; r < rows.size(); r++) {
            st.addRow(table, rows.get(r));
            for (int k = 0; k < total.length; k++) {
                st.addAmount(table, rows.get(r), k + 1, values.get(r)[k]);
            }
        }
    }

    private Map<String, Long> classCodes(ToLongFunction<Item> f) {
        Map<String, Long> out = new TreeMap<>();
        for (Map.Entry<FunctionClass, Long> e : a.byClass(f).entrySet()) {
            out.put(e.getKey().code(), e.getValue());
        }
        return out;
    }
}
