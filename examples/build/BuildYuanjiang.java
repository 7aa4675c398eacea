import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Builds examples/沅江市医疗保障局-2023/ from seed 004 (沅江市医疗保障局 2023 整体支出绩效自评报告): the workbook with
 * its 基础数据表 and 部门整体支出绩效自评表 laid out like the printed forms, and the report text as a docx.
 * The seed's own anomalies (预算部门名称 南京市医疗保障局, differing signatures) are kept on purpose.
 *
 * <p>Run from the project root: {@code java -cp "target/classes:$(cat cp.txt)" examples/build/BuildYuanjiang.java}
 */
public class BuildYuanjiang {

    private static final Path OUT = Path.of("examples/沅江市医疗保障局-2023");
    private static final Path REPORT_TEXT = Path.of("examples/build/沅江市医疗保障局-2023-报告.txt");
    private static final Pattern HEADING = Pattern.compile(
            "^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|[（(]\\d+[)）]|\\d+[.．])");

    public static void main(String[] args) throws IOException {
        Files.createDirectories(OUT);
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = new FileOutputStream(OUT.resolve("沅江市医疗保障局-2023.xlsx").toFile())) {
            new Forms(wb).basicData();
            new Forms(wb).selfEvaluation();
            wb.write(out);
        }
        writeReport();
    }

    /** Writes cells and merges; numbers keep the decimals they are printed with in the seed. */
    private static final class Forms {
        private final Workbook wb;
        private Sheet sheet;

        Forms(Workbook wb) {
            this.wb = wb;
        }

        void basicData() {
            sheet = wb.createSheet("基础数据表");
            text(0, 0, "2023年度部门整体支出绩效评价基础数据表", 0, 6);
            text(1, 0, "财政供养人员情况", 0, 0, 2);
            text(1, 1, "编制数", 1, 2);
            text(1, 3, "2023年实际在职人数", 3, 4);
            text(1, 5, "控制率", 5, 6);
            number(2, 1, "45", 1, 2);
            number(2, 3, "45", 3, 4);
            percent(2, 5, 1.0, "0.00%", 5, 6);
            text(3, 0, "经费控制情况(万元)");
            text(3, 1, "2022年决算数", 1, 2);
            text(3, 3, "2023年预算数", 3, 4);
            text(3, 5, "2023年决算数", 5, 6);
            String[][] lines = {
                {"三公经费", "1.08", "3", "1.08"},
                {"1、公务用车购置和维护经费", "0", "0", "0"},
                {"其中：公车购置", "0", "0", "0"},
                {"公车运行维护", "0", "0", "0"},
                {"2、出国经费", "0", "0", "0"},
                {"3、公务接待", "1.08", "3", "1.08"},
                {"项目支出：", "84.9", "85.28", "85.28"},
                {"1、业务工作经历费", "0", "0", "0"},
                {"2、运行维护经费", "0", "0", "0"},
                {"3、本级专项资金 (一个专项一行)", "84.9", "85.28", "85.28"},
                {"医保中心工作经历费", "20", "16", "16"},
                {"参保筹资工作经历费", "20", "16", "16"},
                {"政策法规宣传工作经历费", "17.59", "12", "12"},
                {"医保信息系统运行 及网络维护费", "16.72", "13.28", "13.28"},
                {"医保基金监管工作经历费", "10.59", "28", "28"},
                {"公用经费：", "84.20", "37.6", "63.03"},
                {"其中：办公经费", "75.1", "26.7", "57.24"},
                {"水费、电费、差旅费", "7.29", "5.6", "2.70"},
                {"会议费、培训费", "1.81", "5.3", "3.09"},
                {"政府采购金额", "64.38", "0", "14.61"},
                {"部门基本支出预算调整", "184.98", "0", "45.14"},
            };
            int r = 4;
            for (String[] line : lines) {
                text(r, 0, line[0]);
                number(r, 1, line[1], 1, 2);
                number(r, 3, line[2], 3, 4);
                number(r, 5, line[3], 5, 6);
                r++;
            }
            text(r, 0, "楼堂馆所控制情况 (2023年完工项目)", 0, 0, r + 1);
            String[] heads = {"批复规模 (m²)", "实际规模 (m²)", "规模控制率", "预算投资 (万元)", "实际投资 (万元)", "投资概算控制率"};
            for (int c = 0; c < heads.length; c++) {
                text(r, c + 1, heads[c]);
            }
            number(r + 1, 1, "0.00");
            number(r + 1, 2, "0.00");
            percent(r + 1, 3, 0, "0%");
            number(r + 1, 4, "0.00");
            number(r + 1, 5, "0.00");
            percent(r + 1, 6, 0, "0%");
            r += 2;
            text(r, 0, "厉行节约保障措施");
            text(r, 1, "一是加强制度建设；二是加强学习宣传；三是严格财务管理；四是注重监督检查。", 1, 6);
            r += 2;
            text(r, 0, "填表人：");
            text(r, 1, "王芳");
            text(r, 2, "填表日期：");
            text(r, 3, "2024.5.17");
            text(r, 4, "联系电话：");
            text(r, 5, "15973703588");
            text(r + 1, 0, "单位负责人签字：");
            text(r + 1, 1, "王建东");
        }

        void selfEvaluation() {
            sheet = wb.createSheet("部门整体支出绩效自评表");
            text(0, 0, "2023年度部门整体支出绩效自评表", 0, 9);
            text(1, 0, "预算部门名称", 0, 1);
            text(1, 2, "南京市医疗保障局", 2, 9);
            text(2, 0, "年度预算申请(万元)", 0, 1);
            String[] heads = {"年初预算数(万元)", "全年预算数(万元)", "全年执行数(万元)", "分值", "执行率", "得分"};
            for (int c = 0; c < heads.length; c++) {
                text(2, c + 2, heads[c]);
            }
            text(3, 0, "年度资金总额:", 0, 1);
            number(3, 2, "649.76");
            number(3, 3, "756.78");
            number(3, 4, "756.78");
            number(3, 5, "10");
            percent(3, 6, 1.0, "0.00%");
            number(3, 7, "10.00");
            text(4, 0, "按收入性质分:", 0, 4);
            text(4, 5, "按支出性质分:", 5, 9);
            split(5, "一般公共预算:", "756.78", "其中:基本支出:", "588.30");
            split(6, "政府性基金拨款:", "0.0", null, null);
            split(7, "纳入专户管理的非税收入拨款:", "0.0", "项目支出:", "168.48");
            split(8, "其他资金", "0.00", null, null);
            text(9, 0, "年度总体目标", 0, 1, 10);
            text(9, 2, "预期目标", 2, 5);
            text(9, 6, "实际完成情况", 6, 9);
            text(10, 2, "一是加强医疗保险行政执法、审核稽查工作力度;二是深化“放管服”改革,创新“数据多跑路、群众少跑腿”服务模式,"
                    + "提升经办服务水平;三是有效提升信息化建设,维护网络安全;四是认真开展医保政策宣传,依托“线上”+“线下”模式开展全方位宣传,"
                    + "营造政策宣传的浓厚氛围;五是征缴扩面,着力解决基本医疗保险重复参保、漏保问题,引导符合条件的人员积极参保,确保应保尽保。", 2, 5);
            text(10, 6, "一是通过开展自查自纠、日常稽核、大数据筛查及现场检查等方式,全年已对我市42家医保定点医疗机构和191家医保定点药店"
                    + "开展了全覆盖检查,共计追回违规医保基本基金52.05万元。二是全面落实“一件事一次办”改革要求,推进医保经办服务事项下沉,"
                    + "打造“15分钟医保服务圈”,编制医保办事指南,坚持让“数据多跑路、群众少跑腿”,实现医保服务网上办、掌上办。"
                    + "三是提高了系统的稳定性和安全性,使医保信息能够更加高效地管理和运行。四是充分利用网站、微信公众号、朋友圈广告投放、"
                    + "应急广播“村村响”等方式,不断拓宽宣传渠道,有效提升医保政策知晓率。五是2023年我市以常住人口数为基数计算基本医保综合"
                    + "参保率为101.88%,整合“基本医疗+大病保险+医疗救助”三重保障制度外的政策和资金,确保“一站式”结算资金100%按时足额到位,"
                    + "为全面建成小康社会共享医保力量。", 6, 9);
            String[] indicatorHeads = {"绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"};
            for (int c = 0; c < indicatorHeads.length; c++) {
                text(11, c, indicatorHeads[c], c, c == 8 ? 9 : c);
            }
            String[][] rows = {
                {"产出指标", "数量指标", "基本医保综合参保率", "大于等于95%", "以常住人口数为基数计算基本医保综合参保率为101.88%。", "15", "15"},
                {"产出指标", "质量指标", "医保综合监管能力", "显著提升", "通过开展自查自纠、日常稽核、大数据筛查及现场检查等方式,全年已对我市42家医保定点医疗机构和191家医保定点药店开展了全覆盖检查,共计追回违规医保基本基金52.05万元。", "15", "15"},
                {"产出指标", "时效指标", "预决算及时公开性", "按财政要求及时公开", "按财政要求及时公开", "10", "10"},
                {"效益指标", "经济效益指标", null, null, null, null, null},
                {"效益指标", "社会效益指标", "参保人的合法权益得到保障,社会稳定性", "较好", "较好", "30", "30"},
                {"效益指标", "生态效益指标", null, null, null, null, null},
                {"效益指标", "可持续影响指标", null, null, null, null, null},
                {"满意度指标", "服务对象满意度指标", "参保人对医保服务满意度", "大于等于85%", "大于等于95%", "10", "10"},
                {"成本指标", "经济成本指标", "各项工作成本按预算执行", "100%", "100%", "10", "10"},
                {"成本指标", "社会成本指标", null, null, null, null, null},
                {"成本指标", "生态环境成本指标", null, null, null, null, null},
            };
            int first = 12;
            for (int i = 0; i < rows.length; i++) {
                int r = first + i;
                String[] row = rows[i];
                if (i == 0 || !row[0].equals(rows[i - 1][0])) {
                    int last = i;
                    while (last + 1 < rows.length && rows[last + 1][0].equals(row[0])) {
                        last++;
                    }
                    text(r, 1, row[0], 1, 1, first + last);
                }
                text(r, 2, row[1]);
                if (row[2] != null) {
                    text(r, 3, row[2]);
                    text(r, 4, row[3]);
                    text(r, 5, row[4]);
                    number(r, 6, row[5]);
                    number(r, 7, row[6]);
                }
                merge(r, r, 8, 9);
            }
            int last = first + rows.length - 1;
            merge(11, last, 0, 0);
            int total = last + 1;
            text(total, 0, "总分", 0, 5);
            number(total, 6, "100");
            number(total, 7, "100");
            merge(total, total, 8, 9);
            text(total + 2, 0, "填表人: 王塔", 0, 3);
            text(total + 3, 0, "填表日期: 2024.5.17", 0, 3);
            text(total + 4, 0, "联系电话: 15973707588", 0, 3);
            text(total + 5, 0, "单位负责人签字: 王建华", 0, 3);
        }

        private void split(int r, String incomeLabel, String income, String spendingLabel, String spending) {
            text(r, 0, incomeLabel, 0, 1);
            number(r, 2, income, 2, 4);
            if (spendingLabel != null) {
                text(r, 5, spendingLabel, 5, 6);
                number(r, 7, spending, 7, 9);
            }
        }

        private Cell cell(int r, int c) {
            Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            return row.createCell(c);
        }

        private void text(int r, int c, String value, int... mergeTo) {
            cell(r, c).setCellValue(value);
            mergeFrom(r, c, mergeTo);
        }

        /** A number printed with the decimals of its seed text ("84.20" keeps two). */
        private void number(int r, int c, String printed, int... mergeTo) {
            Cell cell = cell(r, c);
            cell.setCellValue(Double.parseDouble(printed));
            int dot = printed.indexOf('.');
            cell.setCellStyle(style(dot < 0 ? "0" : "0." + "0".repeat(printed.length() - dot - 1)));
            mergeFrom(r, c, mergeTo);
        }

        private void percent(int r, int c, double fraction, String format, int... mergeTo) {
            Cell cell = cell(r, c);
            cell.setCellValue(fraction);
            cell.setCellStyle(style(format));
            mergeFrom(r, c, mergeTo);
        }

        /** mergeTo: {firstCol, lastCol} on this row, or {firstCol, lastCol, lastRow}. */
        private void mergeFrom(int r, int c, int[] mergeTo) {
            if (mergeTo.length == 2 && mergeTo[1] > mergeTo[0]) {
                merge(r, r, mergeTo[0], mergeTo[1]);
            } else if (mergeTo.length == 3) {
                merge(r, mergeTo[2], mergeTo[0], mergeTo[1]);
            }
        }

        private void merge(int r1, int r2, int c1, int c2) {
            if (r2 > r1 || c2 > c1) {
                sheet.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
            }
        }

        private CellStyle style(String format) {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat(format));
            return s;
        }
    }

    /** The report, one paragraph per line of the text file; headings as their own bold paragraphs. */
    private static void writeReport() throws IOException {
        List<String> paragraphs = Files.readAllLines(REPORT_TEXT, StandardCharsets.UTF_8);
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = new FileOutputStream(OUT.resolve("沅江市医疗保障局-2023.docx").toFile())) {
            for (int i = 0; i < paragraphs.size(); i++) {
                String text = paragraphs.get(i);
                if (text.isBlank()) {
                    continue;
                }
                XWPFParagraph p = doc.createParagraph();
                XWPFRun run = p.createRun();
                run.setText(text);
                if (i == 0) {
                    p.setAlignment(ParagraphAlignment.CENTER);
                    run.setBold(true);
                    run.setFontSize(16);
                } else if (HEADING.matcher(text).find() && text.length() <= 30 && !text.endsWith("。")) {
                    run.setBold(true);
                }
            }
            doc.write(out);
        }
    }
}
