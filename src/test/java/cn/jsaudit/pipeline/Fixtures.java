package cn.jsaudit.pipeline;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** The project's rules compiled once for all pipeline tests, and the example workbook with its variants. */
final class Fixtures {

    static final Path RULES = Path.of("rules");
    static final Path EXAMPLE = Path.of("examples/随州市曾都区医疗保障信息中心-2023.xlsx");

    private static Screener screener;

    private Fixtures() {
    }

    static synchronized Screener screener() throws Exception {
        if (screener == null) {
            screener = new Screener(RulesFolder.load(RULES), null);
        }
        return screener;
    }

    /** The example with 一般公共预算支出表 D7 (合计 基本支出, 96.26) changed, so that tables 05 and 06 disagree. */
    static Path withBasicSpending(Path target, double value) throws Exception {
        try (InputStream in = Files.newInputStream(EXAMPLE); Workbook wb = WorkbookFactory.create(in)) {
            wb.getSheet("一般公共预算支出表").getRow(6).getCell(3).setCellValue(value);
            Files.createDirectories(target.getParent());
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
        return target;
    }

    /** A file that is no workbook at all. */
    static Path notAWorkbook(Path target) throws Exception {
        Files.createDirectories(target.getParent());
        return Files.writeString(target, "这不是工作簿");
    }

    /** The first half of the example: a zip cut short. */
    static Path truncated(Path target) throws Exception {
        byte[] all = Files.readAllBytes(EXAMPLE);
        Files.createDirectories(target.getParent());
        return Files.write(target, Arrays.copyOf(all, all.length / 2));
    }

    static Path empty(Path target) throws Exception {
        Files.createDirectories(target.getParent());
        return Files.write(target, new byte[0]);
    }
}
