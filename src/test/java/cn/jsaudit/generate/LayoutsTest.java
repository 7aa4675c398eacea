package cn.jsaudit.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.generate.SheetPen.Place;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One submission, seven table layouts: each a valid workbook carrying exactly the same amounts, each looking as intended. */
class LayoutsTest {

    private static final List<Layout> ALL = List.of(Layout.values());
    /** Column labels a layout may print for the statement's: 金额 as 决算数, 小计 as 合计, Shanghai's 运行费. */
    private static final Map<String, Set<String>> SYNONYMS = Map.of("金额", Set.of("金额", "决算数"), "小计", Set.of("小计", "合计"),
            "公务用车运行维护费", Set.of("公务用车运行维护费", "公务用车运行费"));

    @Test
    void everyLayoutWritesAValidPackageThatPoiOpens(@TempDir Path dir) throws Exception {
        Generator.generate(4, 31, 0.5, dir, 2, ALL);
        for (Layout layout : ALL) {
            List<Path> files = workbooks(dir.resolve(layout.id()));
            assertEquals(4, files.size(), layout.id());
            for (Path f : files) {
                if (layout == Layout.XLS) {
                    assertEquals(FileMagic.OLE2, FileMagic.valueOf(f.toFile()), f.toString());
                } else {
                    assertPackageResolves(f);
                }
                try (Workbook wb = WorkbookFactory.create(f.toFile(), null, true)) {
                    assertEquals(layout == Layout.SICHUAN ? 13 : 9, tableSheets(wb), f.toString());
                    assertEquals(layout == Layout.XLS, wb instanceof HSSFWorkbook, f.toString());
                }
            }
        }
    }

    @Test
    void everyLayoutCarriesExactlyTheStatementsAmountsWhereTheirLabelsSay(@TempDir Path dir) throws Exception {
        int workbooks = 0;
        for (SubmissionGenerator g : List.of(new SubmissionGenerator(41, 1.0), new SubmissionGenerator(42, 0.0))) {
            for (int i = 1; i <= 2; i++) {
                SubmissionGenerator.Drawn d = g.draw(i);
                for (Layout layout : ALL) {
                    Path file = dir.resolve(layout.id() + "-" + workbooks++ + "." + layout.extension());
                    Map<PrintedAmount, Place> placed = SubmissionGenerator.writeWorkbook(d, layout, file);
                    Set<PrintedAmount> expected = new HashSet<>();
                    d.statement().all().stream().filter(p -> printedIn(p, layout)).forEach(expected::add);
                    assertEquals(expected, placed.keySet(), layout.id() + " prints every amount of its tables once");
                    try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
                        for (Map.Entry<PrintedAmount, Place> e : placed.entrySet()) {
                            assertCellShows(wb, e.getKey(), e.getValue(), layout);
                        }
                        assertNoOtherAmounts(wb, placed.values(), file, layout);
                    }
                }
            }
        }
    }

    @Test
    void cleanLayoutsPrintTheAccountsTotals(@TempDir Path dir) throws Exception {
        SubmissionGenerator g = new SubmissionGenerator(43, 0.0);
        for (int i = 1; i <= 4; i++) {
            SubmissionGenerator.Drawn d = g.draw(i);
            Accounts a = d.accounts();
            Statement st = d.statement();
            Map<PrintedAmount, Long> totals = new LinkedHashMap<>();
            totals.put(st.at("01", "27", 1), a.income());
            totals.put(st.at("01", "58", 2), a.expense());
            totals.put(st.at("01", "31", 1), a.grandTotal());
            totals.put(st.at("02", "合计", 1), a.income());
            totals.put(st.at("03", "合计", 2), a.sum(Accounts.Item::basic));
            totals.put(st.at("04", "64", 3), a.sum(Accounts.Item::fiscal) + a.fiscalCarryEnd());
            totals.put(st.at("05", "合计", 3), a.sum(x -> x.projectFiscal));
            totals.put(st.at("06", "人员经费合计", 1), a.personnel());
            totals.put(st.at("06", "公用经费合计", 1), a.goods());
            totals.put(st.at("09", Statement.THREE_PUBLIC_ROW, 1), a.threeBudget.total());
            totals.put(st.at("09", Statement.THREE_PUBLIC_ROW, 7), a.threeActual.total());
            Map<PrintedAmount, Long> sichuan = Map.of(st.at(Statement.GENERAL_DETAIL, "合计", 1), a.sum(Accounts.Item::fiscal),
                    st.at(Statement.PROJECT_DETAIL, "合计", 1), a.sum(x -> x.projectFiscal),
                    st.at(Statement.FUND_DETAIL, "合计", 3), a.sum(x -> x.basicFiscal),
                    st.at("09", Statement.THREE_PUBLIC_ROW, 17), a.threePrior.total());
            Map<PrintedAmount, Long> county = Map.of(st.at("09", Statement.THREE_PUBLIC_ROW, 15), a.fiscalLine("30215"),
                    st.at("09", Statement.THREE_PUBLIC_ROW, 16), a.fiscalLine("30216"));
            for (Layout layout : ALL) {
                Path file = dir.resolve(layout.id() + "-" + i + "." + layout.extension());
                Map<PrintedAmount, Place> placed = SubmissionGenerator.writeWorkbook(d, layout, file);
                Map<PrintedAmount, Long> wanted = new LinkedHashMap<>(totals);
                if (layout == Layout.SICHUAN) {
                    wanted.putAll(sichuan);
                }
                if (layout == Layout.COUNTY) {
                    wanted.putAll(county);
                }
                try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
                    for (Map.Entry<PrintedAmount, Long> e : wanted.entrySet()) {
                        Place at = placed.get(e.getKey());
                        assertNotNull(at, layout.id() + " " + e.getKey());
                        assertEquals(Money.wan(e.getValue()), WorkbookCells.amount(cell(wb, at)), layout.id() + " " + at);
                    }
                }
            }
        }
    }

    /** Sichuan's own tables come from the same accounts: their identities hold, and they agree with 05, 06 and 09. */
    @Test
    void sichuanTablesAgreeWithTheNationalOnes() {
        SubmissionGenerator g = new SubmissionGenerator(46, 0.0);
        for (int i = 1; i <= 20; i++) {
            Statement st = g.draw(i).statement();
            String funds = Statement.FUND_DETAIL;
            String detail = Statement.GENERAL_DETAIL;
            String projects = Statement.PROJECT_DETAIL;
            for (Statement.Row r : st.rows(funds)) {
                assertSum(st.at(funds, r.key(), 1), st.at(funds, r.key(), 2), st.at(funds, r.key(), 5), st.at(funds, r.key(), 6));
                assertSum(st.at(funds, r.key(), 2), st.at(funds, r.key(), 3), st.at(funds, r.key(), 4));
                for (int col = 1; col <= 3; col++) {
                    assertEquals(st.at("05", r.key(), col).value, st.at(funds, r.key(), col + 1).value, "05 = 05 一般公共预算 " + r);
                }
            }
            for (Statement.Row r : st.rows(detail)) {
                assertSum(st.at(detail, r.key(), 1), st.at(detail, r.key(), 2), st.at(detail, r.key(), 3));
                if (r.code() != null && r.code().length() == 3) {
                    assertEquals(st.at("06", r.key(), 1).value, st.at(detail, r.key(), 2).value, "07 基本支出 = 08 " + r);
                }
            }
            for (String t : List.of(detail, projects)) {
                List<PrintedAmount> classes = st.rows(t).stream().filter(r -> r.code() != null && r.code().length() == 3)
                        .map(r -> st.at(t, r.key(), 1)).toList();
                assertSum(st.at(t, "合计", 1), classes.toArray(PrintedAmount[]::new));
            }
            assertEquals(st.at("05", "合计", 1).value, st.at(detail, "合计", 1).value, "07 合计 = 06 合计");
            assertEquals(st.at("05", "合计", 3).value, st.at(projects, "合计", 1).value, "09 合计 = 06 项目支出");
            BigDecimal lines = Stream.of("30212", "30217", "30231", "31013").map(c -> st.at("06", c, 1).value)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertTrue(st.at("09", Statement.THREE_PUBLIC_ROW, 7).value.compareTo(lines.subtract(new BigDecimal("0.025"))) >= 0,
                    "三公 决算 ≥ its 06 lines");
        }
    }

    /** total = Σ items within the rounding tolerance (half a cent of 万元 per amount). */
    private static void assertSum(PrintedAmount total, PrintedAmount... items) {
        BigDecimal sum = Stream.of(items).map(p -> p.value).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tolerance = new BigDecimal("0.005").multiply(BigDecimal.valueOf(items.length + 1));
        assertTrue(total.value.subtract(sum).abs().compareTo(tolerance) <= 0, total + " = " + sum);
    }

    @Test
    void everyLayoutOfASubmissionTellsTheSameTruthAndNarrative(@TempDir Path dir) throws Exception {
        List<Truth> truths = Generator.generate(5, 44, 1.0, dir, 2, ALL);
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> byBase = new HashMap<>();
        int anomalies = 0;
        for (Truth t : truths) {
            String base = t.narrative();
            JsonNode meaning = json.valueToTree(t);
            strip(meaning, "layout", "workbook", "sheet", "cell", "cells");
            JsonNode first = byBase.putIfAbsent(base, meaning);
            if (first != null) {
                assertEquals(first, meaning, t.layout() + " " + base);
            }
            assertArrayEquals(Files.readAllBytes(dir.resolve("national").resolve(base)),
                    Files.readAllBytes(dir.resolve(t.layout()).resolve(base)), t.layout() + " narrative");
            for (Truth.InjectedAnomaly a : t.anomalies()) {
                if (a.family().equals("绩效自评")) {
                    continue; // a form's anomaly changes form cells, not the tables' amounts
                }
                anomalies++;
                if (a.amounts().isEmpty()) { // a slip of the narrative: one paragraph, the same in every layout
                    assertEquals(List.of("情况说明"), List.of(a.family()), t.layout() + " " + a);
                    assertTrue(a.cells().size() == 1 && a.cells().get(0).matches("第\\d+段"), t.layout() + " " + a);
                    continue;
                }
                a.amounts().forEach(x -> assertTrue(x.cell().contains("!"), t.layout() + " places " + x));
                assertEquals(a.amounts().size(), a.cells().size());
            }
            t.expected().forEach(e -> assertNotNull(e.cell(), t.layout() + " locates " + e));
        }
        assertEquals(5, byBase.size());
        assertTrue(anomalies >= 5 * ALL.size());
    }

    @Test
    void layoutsLookAsIntended(@TempDir Path dir) throws Exception {
        List<Truth> truths = Generator.generate(6, 45, 0.3, dir, 2, ALL);
        Set<String> units = new HashSet<>();
        truths.forEach(t -> units.add(t.unit()));
        boolean fullWidth = false;
        boolean shuffled = false;
        for (Path f : workbooks(dir.resolve("typed"))) {
            try (Workbook wb = open(f)) {
                List<String> texts = texts(wb);
                assertFalse(texts.contains("公开01表"), f.toString());
                assertTrue(texts.contains("表1") || texts.stream().anyMatch(t -> t.startsWith("表1收入支出决算总表")), f.toString());
                assertTrue(anyRow(wb, r -> containsRun(r, "类", "款", "项")), "codes split over 类|款|项: " + f);
                fullWidth |= texts.stream().anyMatch(t -> t.matches("[０-９]+．[０-９]{2}"));
                shuffled |= !WorkbookCells.all(wb.getSheetAt(0)).stream().anyMatch(t -> t.endsWith("收入支出决算总表"));
            }
        }
        assertTrue(fullWidth, "amounts typed with full-width digits");
        assertTrue(shuffled, "sheets in another order");
        for (Path f : workbooks(dir.resolve("national"))) {
            try (Workbook wb = open(f)) {
                List<String> texts = texts(wb);
                for (int n = 1; n <= 9; n++) {
                    assertTrue(texts.contains(String.format("公开%02d表", n)), f + " 公开0" + n + "表");
                }
                assertTrue(texts.contains("行次") && texts.contains("栏次"), f.toString());
            }
        }
        for (Path f : workbooks(dir.resolve("county"))) {
            try (Workbook wb = open(f)) {
                Sheet first = wb.getSheetAt(0);
                Row top = first.getRow(0);
                assertEquals("收入支出决算总表", WorkbookCells.text(top.getCell(0)), f.toString());
                assertEquals("公开01表", WorkbookCells.text(top.getCell(top.getLastCellNum() - 1)), "code in the title row's right cell");
                assertTrue(raw(wb).contains("收 入") && raw(wb).contains("项 目"), "stray spaces: " + f);
                Sheet three = wb.getSheetAt(8);
                assertTrue(WorkbookCells.all(three).containsAll(List.of("会议费", "培训费")), f.toString());
                List<String> columnA = new ArrayList<>();
                three.forEach(r -> columnA.add(WorkbookCells.text(r.getCell(0))));
                assertEquals(columnA.indexOf("预算数") + 1, columnA.indexOf("决算数"), "09 transposed: " + columnA);
            }
        }
        for (Path f : workbooks(dir.resolve("sichuan"))) {
            try (Workbook wb = open(f)) {
                List<String> texts = texts(wb);
                for (int n = 1; n <= 13; n++) {
                    assertTrue(texts.contains(String.format("财决公开%02d表", n)), f + " 财决公开" + n + "表");
                }
                assertTrue(groupOver(wb.getSheetAt(4), "一般公共预算财政拨款", "小计", "基本支出", "项目支出"), "05 two header rows: " + f);
                assertTrue(groupOver(wb.getSheetAt(6), "一般公共预算财政拨款", "小计", "基本支出", "项目支出"), "07 two header rows: " + f);
                assertTrue(WorkbookCells.all(wb.getSheetAt(6)).contains("301"), "07 by 经济分类: " + f);
                assertTrue(anyRow(wb.getSheetAt(12), r -> containsRun(r, "上年决算数", "预算数", "决算数")), "13 in three blocks: " + f);
            }
        }
        for (Path f : workbooks(dir.resolve("shanghai"))) {
            try (Workbook wb = open(f)) {
                assertEquals(9, tableSheets(wb));
                List<String> texts = texts(wb);
                assertFalse(texts.stream().anyMatch(t -> t.matches(".*公开\\d\\d表.*|^表\\d+$|行次|栏次")), "no codes, 行次, 栏次: " + f);
                assertFalse(texts.stream().anyMatch(t -> units.stream().anyMatch(t::contains)), "no unit name: " + f);
                assertTrue(texts.contains("单位：万元"), f.toString());
                assertTrue(rowOf(wb.getSheetAt(1), "合计") < firstCodeRow(wb.getSheetAt(1)), "02 合计 on top: " + f);
                assertTrue(rowOf(wb.getSheetAt(4), "合计") > lastCodeRow(wb.getSheetAt(4)), "05 合计 at the bottom: " + f);
                Sheet basic = wb.getSheetAt(5);
                assertTrue(WorkbookCells.row(basic, basic.getLastRowNum()).containsAll(List.of("人员经费合计", "公用经费合计")), f.toString());
                assertEquals("合计", WorkbookCells.text(wb.getSheetAt(6).getRow(2).getCell(0)), "三公 header starts with 合计");
                assertTrue(WorkbookCells.all(wb.getSheetAt(7)).stream().anyMatch(t -> t.contains("本表无数据")), f.toString());
                assertTrue(WorkbookCells.all(wb.getSheetAt(8)).stream().anyMatch(t -> t.contains("本表无数据")), f.toString());
            }
        }
    }

    /** Which layouts print an amount: Sichuan-only tables, 会议费/培训费 (county), last year's 三公 (Sichuan). */
    private static boolean printedIn(PrintedAmount p, Layout layout) {
        if (p.table.startsWith("sc")) {
            return layout == Layout.SICHUAN;
        }
        if (p.table.equals("09") && p.col > 12) {
            return p.col <= 16 ? layout == Layout.COUNTY : layout == Layout.SICHUAN;
        }
        return true;
    }

    /** The cell shows the amount (or the anomaly's text), in a row labelled with its row and under its column's labels. */
    private static void assertCellShows(Workbook wb, PrintedAmount p, Place at, Layout layout) {
        Cell c = cell(wb, at);
        String where = layout.id() + " " + at + " " + p;
        if (p.isNumber()) {
            assertEquals(p.value.setScale(2), WorkbookCells.amount(c), where);
        } else {
            assertEquals(p.text, c.getStringCellValue(), where);
        }
        Sheet s = wb.getSheet(at.sheet());
        CellReference ref = new CellReference(at.cell());
        List<String> row = WorkbookCells.row(s, ref.getRow());
        String joined = String.join("|", row);
        if (p.code != null && p.rowNo == null) {
            String own = p.code.length() == 3 ? p.code : p.code.substring(p.code.length() - 2);
            assertTrue(row.contains(p.code) || row.contains(own), where + " row " + row);
        }
        String name = p.name;
        String column = p.column;
        if (layout == Layout.LIST06 && p.table.equals("06")) {
            // one list: a line's amount under 合计; 人员经费合计 is the 合计 row's 人员经费 cell
            column = p.name != null && p.name.endsWith("经费合计") ? p.name.replace("合计", "") : "合计";
            name = p.name != null && p.name.endsWith("经费合计") ? "合计" : p.name;
        }
        if (name != null) {
            String n = name;
            assertTrue(joined.contains(n) || row.stream().anyMatch(t -> t.length() >= 6 && n.startsWith(t)),
                    where + " row " + row);
        }
        Set<String> labels = new HashSet<>(WorkbookCells.above(s, ref.getRow(), ref.getCol()));
        if (p.table.equals("09")) {
            labels.addAll(row);
        }
        for (String part : column.split("/")) {
            if (layout == Layout.SHANGHAI && part.equals("本年支出")) {
                continue; // Shanghai's 五 prints 合计 | 基本支出 | 项目支出 without the group label
            }
            assertTrue(SYNONYMS.getOrDefault(part, Set.of(part)).stream().anyMatch(labels::contains),
                    where + " column " + part + " not in " + labels);
        }
    }

    private static void assertNoOtherAmounts(Workbook wb, java.util.Collection<Place> placed, Path file, Layout layout) {
        Set<String> at = new HashSet<>();
        placed.forEach(p -> at.add(p.toString()));
        for (Sheet s : wb) {
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() != CellType.BLANK && "#,##0.00".equals(c.getCellStyle().getDataFormatString())) {
                        String ref = s.getSheetName() + "!" + new CellReference(c).formatAsString(false);
                        assertTrue(at.contains(ref) || (layout == Layout.LIST06 && restated(r, c, at)),
                                file + " prints an amount no statement amount explains: " + ref);
                    }
                }
            }
        }
    }

    /**
     * A one-list 06 restates each line's amount under 人员经费 or 公用经费, and prints the 合计 row's 合计 as the sum of
     * its 人员经费 and 公用经费: the cell equals an amount of its row, or the sum of the row's amounts.
     */
    private static boolean restated(Row r, Cell c, Set<String> placed) {
        BigDecimal value = WorkbookCells.amount(c);
        BigDecimal sum = BigDecimal.ZERO;
        boolean same = false;
        for (Cell other : r) {
            String ref = r.getSheet().getSheetName() + "!" + new CellReference(other).formatAsString(false);
            BigDecimal v = other == c || !placed.contains(ref) ? null : WorkbookCells.amount(other);
            if (v != null) {
                sum = sum.add(v);
                same |= v.compareTo(value) == 0;
            }
        }
        return same || sum.compareTo(value) == 0;
    }

    /** Every part the package's content types and relationships name is in the zip, as any reader demands. */
    private static void assertPackageResolves(Path f) throws IOException {
        try (ZipFile zip = new ZipFile(f.toFile())) {
            Set<String> entries = new HashSet<>();
            zip.stream().map(ZipEntry::getName).forEach(entries::add);
            String types = read(zip, "[Content_Types].xml");
            Matcher parts = Pattern.compile("PartName=\"/([^\"]+)\"").matcher(types);
            while (parts.find()) {
                assertTrue(entries.contains(parts.group(1)), f + " declares missing part " + parts.group(1));
            }
            Pattern target = Pattern.compile("<Relationship [^>]*Target=\"([^\"]+)\"[^>]*>");
            for (String rels : entries.stream().filter(n -> n.endsWith(".rels")).toList()) {
                String sourceDir = rels.substring(0, rels.indexOf("_rels/"));
                Matcher m = target.matcher(read(zip, rels));
                while (m.find()) {
                    if (m.group(0).contains("TargetMode=\"External\"")) {
                        continue;
                    }
                    String t = m.group(1);
                    String resolved = Path.of("/" + (t.startsWith("/") ? t.substring(1) : sourceDir + t)).normalize()
                            .toString().substring(1);
                    assertTrue(entries.contains(resolved), f + "：" + rels + " → " + t + " is missing");
                }
            }
        }
    }

    private static String read(ZipFile zip, String name) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void strip(JsonNode node, String... fields) {
        if (node instanceof ObjectNode o) {
            o.remove(List.of(fields));
        }
        node.forEach(child -> strip(child, fields));
    }

    private static Cell cell(Workbook wb, Place at) {
        CellReference ref = new CellReference(at.cell());
        Row row = wb.getSheet(at.sheet()).getRow(ref.getRow());
        return row == null ? null : row.getCell(ref.getCol());
    }

    /** The workbooks of the public tables (performance forms may come in a workbook of their own). */
    private static List<Path> workbooks(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".xlsx") || p.toString().endsWith(".xls"))
                    .filter(p -> !p.getFileName().toString().contains("绩效")).sorted().toList();
        }
    }

    /** The sheets that are not performance forms (the generator writes those too, into the same workbook or beside it). */
    private static long tableSheets(Workbook wb) {
        long n = 0;
        for (Sheet sheet : wb) {
            n += isForm(sheet) ? 0 : 1;
        }
        return n;
    }

    private static Workbook open(Path f) throws IOException {
        return WorkbookFactory.create(f.toFile(), null, true);
    }

    /** Every text of the public tables' sheets (performance forms left out). */
    private static List<String> texts(Workbook wb) {
        List<String> out = new ArrayList<>();
        wb.forEach(s -> {
            if (!isForm(s)) {
                out.addAll(WorkbookCells.all(s));
            }
        });
        return out;
    }

    private static boolean isForm(Sheet sheet) {
        Row top = sheet.getRow(0);
        return top != null && WorkbookCells.text(top.getCell(0)).contains("绩效自评表");
    }

    /** Every string as typed, white space kept. */
    private static String raw(Workbook wb) {
        StringBuilder b = new StringBuilder();
        for (Sheet s : wb) {
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.STRING) {
                        b.append(c.getStringCellValue()).append('\n');
                    }
                }
            }
        }
        return b.toString();
    }

    private static boolean anyRow(Workbook wb, java.util.function.Predicate<List<String>> p) {
        for (Sheet s : wb) {
            if (anyRow(s, p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyRow(Sheet s, java.util.function.Predicate<List<String>> p) {
        for (int r = 0; r <= s.getLastRowNum(); r++) {
            if (p.test(WorkbookCells.row(s, r))) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsRun(List<String> row, String... run) {
        return java.util.Collections.indexOfSubList(row, List.of(run)) >= 0;
    }

    /** A label merged over exactly the given labels, which stand in the row below it. */
    private static boolean groupOver(Sheet s, String group, String... below) {
        for (CellRangeAddress m : s.getMergedRegions()) {
            Cell top = s.getRow(m.getFirstRow()).getCell(m.getFirstColumn());
            if (top != null && group.equals(WorkbookCells.text(top)) && m.getNumberOfCells() == below.length) {
                List<String> under = new ArrayList<>();
                for (int c = m.getFirstColumn(); c <= m.getLastColumn(); c++) {
                    under.add(WorkbookCells.text(s.getRow(m.getLastRow() + 1).getCell(c)));
                }
                return under.equals(List.of(below));
            }
        }
        return false;
    }

    private static int rowOf(Sheet s, String label) {
        for (int r = s.getLastRowNum(); r >= 0; r--) {
            if (WorkbookCells.row(s, r).contains(label)) {
                return r;
            }
        }
        return -1;
    }

    private static int firstCodeRow(Sheet s) {
        for (int r = 0; r <= s.getLastRowNum(); r++) {
            if (WorkbookCells.row(s, r).stream().anyMatch(t -> t.matches("2\\d\\d(\\d\\d){0,2}"))) {
                return r;
            }
        }
        return -1;
    }

    private static int lastCodeRow(Sheet s) {
        for (int r = s.getLastRowNum(); r >= 0; r--) {
            if (WorkbookCells.row(s, r).stream().anyMatch(t -> t.matches("2\\d\\d(\\d\\d){0,2}|\\d\\d"))) {
                return r;
            }
        }
        return -1;
    }
}
