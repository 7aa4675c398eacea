package cn.jsaudit.generate;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The table layouts a submission can be written in: the same statement (accounts, anomalies) printed as the
 * national export, as a typist types it, as a county's software exports it, in Sichuan's 13 tables, in Shanghai's
 * nine tables, and as an .xls file. Each has an English id and a pinyin alias for {@code generate --layout}.
 */
public enum Layout {
    NATIONAL("national", "quanguo", "xlsx",
            "全国格式：公开01–09表，行次、栏次，科目代码一列；表名、表序、单位行、年度和少量文本金额随机变化（原有的默认格式）"),
    TYPED("typed", "shoulu", "xlsx",
            "手工录入：表号写作“表N”，科目代码分列于 类|款|项，大量金额为文本（千分位、空格分隔、全角数字），工作表名和顺序打乱"),
    COUNTY("county", "xianji", "xlsx",
            "县级导出：表号在标题行右端，标签夹空格（收 入、项 目、栏 次），零值留空，09 表转置（预算数、决算数为行）并含会议费、培训费"),
    SICHUAN("sichuan", "sichuan", "xlsx",
            "四川格式：财决公开01–13表，05、07 表两层表头（一般公共预算财政拨款/小计|基本支出|项目支出），07、09 表按经济分类，"
                    + "13 表三个决算块（上年决算数、预算数、决算数）"),
    SHANGHAI("shanghai", "shanghai", "xlsx",
            "上海格式：九张表只凭标题识别，无表号、行次、栏次和单位名称（只有“单位：万元”），02/03 表合计在上、05 表合计在下，"
                    + "06 表两块、三公表一行"),
    XLS("xls", "xls", "xls", "全国格式另存为旧版 .xls 文件（仅数字金额）"),
    LIST06("list06", "qingdan", "xlsx",
            "较早的全国格式：同全国格式，但 06 表为一张科目清单：科目编码|科目名称|合计|人员经费|公用经费（有时在“基本支出”之下），"
                    + "合计行在上或在下");

    private final String id;
    private final String alias;
    private final String extension;
    private final String description;

    Layout(String id, String alias, String extension, String description) {
        this.id = id;
        this.alias = alias;
        this.extension = extension;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String extension() {
        return extension;
    }

    public String description() {
        return description;
    }

    /** The layout named by its id or its pinyin alias, ignoring case. */
    public static Optional<Layout> named(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.id.equals(n) || l.alias.equals(n)).findFirst();
    }

    /** "national（quanguo）：…" lines for the help text. */
    public static String catalogue() {
        StringBuilder b = new StringBuilder();
        for (Layout l : values()) {
            b.append(l.id).append(l.alias.equals(l.id) ? "" : "（" + l.alias + "）").append("：").append(l.description).append('\n');
        }
        return b.toString();
    }

    Workbook newWorkbook() {
        return this == XLS ? new HSSFWorkbook() : new XSSFWorkbook();
    }

    /** Draws this layout's look for one submission. */
    Variant variant(Random rnd, Accounts a) {
        return switch (this) {
            case NATIONAL -> Variant.national(rnd, a.unit);
            case TYPED -> Variant.typed(rnd, a.unit);
            case COUNTY -> Variant.county(rnd, a.unit);
            case SICHUAN -> Variant.sichuan(rnd, a.unit);
            case SHANGHAI -> Variant.shanghai(rnd, ShanghaiWriter.TITLES);
            case XLS -> Variant.xls(rnd, a.unit);
            case LIST06 -> Variant.national(rnd, a.unit);
        };
    }

    /** Writes the statement's tables through the pen. */
    void write(SheetPen pen, Statement st) {
        switch (this) {
            case NATIONAL, TYPED, XLS -> new TablesWriter(pen, st, TablesWriter.Form.NATIONAL).writeAll();
            case COUNTY -> new TablesWriter(pen, st, TablesWriter.Form.COUNTY).writeAll();
            case SICHUAN -> new TablesWriter(pen, st, TablesWriter.Form.SICHUAN).writeAll();
            case SHANGHAI -> new ShanghaiWriter(pen, st).writeAll();
            case LIST06 -> new TablesWriter(pen, st, TablesWriter.Form.LIST06).writeAll();
        }
    }
}
