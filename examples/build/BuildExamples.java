import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds two example workbooks from the national example (seed 000), not compiled by Maven:
 *
 *   java -cp "$(cat /tmp/cp.txt)" examples/build/BuildExamples.java
 *
 * (cp.txt from `mvn dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt`), run from the project folder.
 *
 * 1. examples/四川格式示例-2023/四川格式示例-2023.xlsx: the Sichuan template, 财决公开01–13表, with 单位名称 lines and
 *    2023年度 in the header. Tables 01–04, 06, 10, 12, 13 are the national sheets recoded; 05, 07, 09, 11 are built
 *    from the same numbers. The seed's rounding differences are removed (30199 = 0.01, so 301 = 93.41), so the
 *    workbook is clean.
 * 2. examples/三公含会议费示例-2023/三公含会议费示例-2023.xlsx: the national public tables of the seed whose 09 carries
 *    会议费 and 培训费 columns, with 三公 amounts that balance (the seed's performance forms are left out), published
 *    by a unit of its own (示例县医疗保障服务中心), so that a batch of the examples never shows one unit twice.
 *
 * The seed itself (examples/随州市曾都区医疗保障信息中心-2023.xlsx) is the workbook as published, a valid package.
 */
public class BuildExamples {

    static final Path SEED = Path.of("examples/随州市曾都区医疗保障信息中心-2023.xlsx");
    static final String SEED_UNIT = "随州市曾都区医疗保障信息中心";
    static final String SC_UNIT = "四川省示例市医疗保障信息中心";
    static final String MEETINGS_UNIT = "示例县医疗保障服务中心";

    public static void main(String[] args) throws IOException {
        sichuan(Path.of("examples/四川格式示例-2023/四川格式示例-2023.xlsx"));
        meetings(Path.of("examples/三公含会议费示例-2023/三公含会议费示例-2023.xlsx"));
    }

    static void sichuan(Path out) throws IOException {
        try (Workbook seed = WorkbookFactory.create(new FileInputStream(SEED.toFile())); Workbook wb = new XSSFWorkbook()) {
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            copy(seed, "收支总表", wb, "01", "收入支出决算总表", money);
            copy(seed, "收入表", wb, "02", "收入决算表", money);
            copy(seed, "支出表", wb, "03", "支出决算表", money);
            copy(seed, "财拨收支总表", wb, "04", "财政拨款收入支出决算总表", money);
            byCode(wb, "05", "财政拨款支出决算明细表", money,
                    new String[] {"合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"},
                    new Object[][] {{"合计", null, 110.26, 110.26, 0.0, 0.0}, {"210", "卫生健康支出", 110.26, 110.26, 0.0, 0.0},
                            {"21015", "医疗保障管理事务", 110.26, 110.26, 0.0, 0.0}, {"2101550", "事业运行", 110.26, 110.26, 0.0, 0.0}});
            copy(seed, "一般公共预算支出表", wb, "06", "一般公共预算财政拨款支出决算表", money);
            byCode(wb, "07", "一般公共预算财政拨款支出决算明细表", money, new String[] {"合计", "基本支出", "项目支出"},
                    new Object[][] {{"合计", null, 110.26, 96.26, 14.00}, {"301", "工资福利支出", 93.41, 93.41, 0.0},
                            {"302", "商品和服务支出", 16.85, 2.85, 14.00}});
            Sheet t08 = copy(seed, "基本支出明细表", wb, "08", "一般公共预算财政拨款基本支出决算表", money);
            setNumber(t08, "C6", 93.41, money);   // 301 = Σ its items once 30199 carries the 0.01 the seed lost
            setNumber(t08, "C19", 0.01, money);   // 30199
            setNumber(t08, "C34", 93.41, money);  // 人员经费合计
            byCode(wb, "09", "一般公共预算财政拨款项目支出决算表", money, new String[] {"项目支出"},
                    new Object[][] {{"合计", null, 14.00}, {"210", "卫生健康支出", 14.00}, {"21015", "医疗保障管理事务", 14.00},
                            {"2101550", "事业运行", 14.00}});
            copy(seed, "政府性基金表", wb, "10", "政府性基金预算财政拨款收入支出决算表", money);
            Sheet t11 = copy(seed, "政府性基金表", wb, "11", "国有资本经营预算财政拨款收入支出决算表", money);
            replaceText(t11, "政府性基金", "国有资本经营");
            copy(seed, "国资经营表", wb, "12", "国有资本经营预算财政拨款支出决算表", money);
            copy(seed, "三公经费表", wb, "13", "财政拨款“三公”经费支出决算表", money);
            write(wb, out);
        }
    }

    static void meetings(Path out) throws IOException {
        try (Workbook wb = WorkbookFactory.create(new FileInputStream(SEED.toFile()))) {
            int index = wb.getSheetIndex("三公经费表");
            // only the public tables: the seed's performance forms are not what this example is about
            while (wb.getNumberOfSheets() > index + 1) {
                wb.removeSheetAt(index + 1);
            }
            wb.removeSheetAt(index);
            for (Sheet other : wb) {
                replaceText(other, SEED_UNIT, MEETINGS_UNIT);
            }
            Sheet s = wb.createSheet("三公经费表");
            wb.setSheetOrder("三公经费表", index);
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            String[] items = {"合计", "因公出国（境）费", "公务用车购置及运行维护费", null, null, "公务接待费", "会议费", "培训费"};
            String[] sub = {null, null, "小计", "公务用车购置费", "公务用车运行维护费", null, null, null};
            text(s, 0, 0, "财政拨款“三公”经费及会议费、培训费支出决算表");
            text(s, 1, 15, "公开09表");
            text(s, 2, 0, "部门：" + MEETINGS_UNIT);
            text(s, 2, 14, "单位：万元");
            text(s, 3, 0, "预算数");
            text(s, 3, 8, "决算数");
            s.addMergedRegion(CellRangeAddress.valueOf("A4:H4"));
            s.addMergedRegion(CellRangeAddress.valueOf("I4:P4"));
            for (int side = 0; side < 2; side++) {
                for (int i = 0; i < 8; i++) {
                    int c = side * 8 + i;
                    if (items[i] != null) {
                        text(s, 4, c, items[i]);
                    }
                    if (sub[i] != null) {
                        text(s, 5, c, sub[i]);
                    }
                    number(s, 6, c, c + 1, null);
                }
                s.addMergedRegion(new CellRangeAddress(4, 4, side * 8 + 2, side * 8 + 4));
            }
            // 预算数: 三公 3.00 = 0 + 2.00 (0 + 2.00) + 1.00, 会议费 0.50, 培训费 0.80; 决算数: 2.40 = 0 + 1.80 (0 + 1.80) + 0.60, 0.30, 0.40
            double[] values = {3.00, 0, 2.00, 0, 2.00, 1.00, 0.50, 0.80, 2.40, 0, 1.80, 0, 1.80, 0.60, 0.30, 0.40};
            for (int c = 0; c < values.length; c++) {
                number(s, 7, c, values[c], money);
            }
            text(s, 8, 0, "注：本表反映部门本年度财政拨款“三公”经费及会议费、培训费支出预决算情况。");
            write(wb, out);
        }
    }

    /** Copies a seed sheet's cells and merges, recoding it as 财决公开NN表 with a 单位名称 line and the year. */
    static Sheet copy(Workbook seed, String from, Workbook wb, String id, String title, CellStyle money) {
        Sheet src = seed.getSheet(from);
        Sheet dst = wb.createSheet(id + title.substring(0, Math.min(6, title.length())));
        for (Row row : src) {
            for (Cell cell : row) {
                String t = cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : null;
                if (t != null) {
                    if (t.matches("公开\\s*\\d\\d\\s*表")) {
                        t = "财决公开" + id + "表";
                    } else if (t.startsWith("部门：")) {
                        t = "单位名称：" + SC_UNIT;
                    } else if (row.getRowNum() == 0) {
                        t = title;
                    }
                    text(dst, row.getRowNum(), cell.getColumnIndex(), t.replace(SEED_UNIT, SC_UNIT));
                } else if (cell.getCellType() == CellType.NUMERIC) {
                    // keep the seed's number format: 栏次 numbers stay "1", amounts stay "110.26"
                    boolean amount = !cell.getCellStyle().getDataFormatString().equals("General")
                            || cell.getNumericCellValue() != Math.rint(cell.getNumericCellValue());
                    number(dst, row.getRowNum(), cell.getColumnIndex(), cell.getNumericCellValue(), amount ? money : null);
                }
            }
        }
        src.getMergedRegions().forEach(dst::addMergedRegion);
        text(dst, 2, 3, "2023年度");
        return dst;
    }

    /** A table keyed by 科目代码: title, code, 单位名称 line with the year, header, 栏次, rows. */
    static void byCode(Workbook wb, String id, String title, CellStyle money, String[] columns, Object[][] rows) {
        Sheet s = wb.createSheet(id + title.substring(0, Math.min(6, title.length())));
        int last = 1 + columns.length;
        text(s, 0, 0, title);
        text(s, 1, last, "财决公开" + id + "表");
        text(s, 2, 0, "单位名称：" + SC_UNIT);
        text(s, 2, 2, "2023年度");
        text(s, 2, last, "金额单位：万元");
        text(s, 3, 0, "科目代码");
        text(s, 3, 1, "科目名称");
        text(s, 4, 0, "栏次");
        for (int c = 0; c < columns.length; c++) {
            text(s, 3, 2 + c, columns[c]);
            number(s, 4, 2 + c, c + 1, null);
        }
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v instanceof String t) {
                    text(s, 5 + r, c, t);
                } else if (v instanceof Double d) {
                    number(s, 5 + r, c, d, money);
                }
            }
        }
        text(s, 5 + rows.length, 0, "注：本表反映单位本年度" + title.replace("决算表", "") + "情况。");
    }

    static void replaceText(Sheet s, String from, String to) {
        for (Row row : s) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains(from)) {
                    String text = cell.getStringCellValue().replace(from, to);
                    cell.setBlank(); // an inline string keeps its old text beside a new value; as a shared string it has one
                    cell.setCellValue(text);
                }
            }
        }
    }

    static void setNumber(Sheet s, String a1, double v, CellStyle money) {
        org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(a1);
        number(s, ref.getRow(), ref.getCol(), v, money);
    }

    static void text(Sheet s, int r, int c, String t) {
        cell(s, r, c).setCellValue(t);
    }

    static void number(Sheet s, int r, int c, double v, CellStyle style) {
        Cell cell = cell(s, r, c);
        cell.setCellValue(v);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    static Cell cell(Sheet s, int r, int c) {
        Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
        return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    }

    static void write(Workbook wb, Path out) throws IOException {
        Files.createDirectories(out.getParent());
        try (FileOutputStream o = new FileOutputStream(out.toFile())) {
            wb.write(o);
        }
    }
}
