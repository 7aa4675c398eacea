package cn.jsaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jsaudit check end to end on the example, as a reviewer runs it. */
class CheckCommandTest {

    private static final Path EXAMPLE = Path.of("examples/随州市曾都区医疗保障信息中心-2023.xlsx");

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream oldErr;
    private PrintStream oldOut;

    @BeforeEach
    void capture() {
        oldErr = System.err;
        oldOut = System.out;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(oldErr);
        System.setOut(oldOut);
    }

    private int run(String... args) {
        return Main.commandLine().execute(args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void examplesToXlsxJsonAndAnnotatedWorkbooks() throws Exception {
        Path xlsx = tmp.resolve("out/审核结果.xlsx");
        Path json = tmp.resolve("out/审核结果.json");
        Path annotated = tmp.resolve("out/annotated");

        int code = run("check", "examples/", "--out", xlsx.toString(), "--out", json.toString(), "--annotate",
                annotated.toString(), "--jobs", "2");

        assertEquals(ExitCodes.CLEAN, code, err());
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile())) {
            assertEquals(List.of("审核发现", "汇总", "规则", "运行记录"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)));
            assertEquals(2, wb.getSheet("审核发现").getLastRowNum());
            assertEquals("X05-06-01", wb.getSheet("审核发现").getRow(1).getCell(4).getStringCellValue());
            assertEquals("T06-01", wb.getSheet("审核发现").getRow(2).getCell(4).getStringCellValue());
            assertTrue(wb.getSheet("规则").getLastRowNum() > 5, "every compiled rule is listed");
        }
        try (Workbook wb = WorkbookFactory.create(annotated.resolve("随州市曾都区医疗保障信息中心-2023-审核.xlsx").toFile())) {
            assertEquals("审核结果", wb.getSheetName(0));
            assertEquals(2, wb.getSheetAt(0).getLastRowNum());
        }
        JsonNode run = new ObjectMapper().readTree(json.toFile()).get("run");
        assertEquals("examples/随州市曾都区医疗保障信息中心-2023.xlsx", run.get("inputs").get(0).get("path").asText());
        assertEquals(sha256(EXAMPLE), run.get("inputs").get(0).get("sha256").asText());
        assertEquals("examples/随州市曾都区医疗保障信息中心-2023.docx", run.get("inputs").get(1).get("path").asText());
        assertEquals(64, run.get("rulesSha256").asText().length());
        assertTrue(err().contains("已审核 1 份：有错误 0 份（其中无法读取 0 份），有未说明警告 0 份，已说明的发现 0 条；用时 "), err());
        assertTrue(err().contains("最常触发的规则：T06-01（1 次），X05-06-01（1 次）"), err());
        assertTrue(err().contains("批注工作簿已写入：" + annotated + "（1 份）"), err());
        assertFalse(err().contains("审核中 ["), "no progress bar when stderr is not a terminal");
    }

    @Test
    void anExplanationsFileMarksFindingsExplained() throws Exception {
        Path csv = tmp.resolve("说明.csv");
        Files.writeString(csv, "单位,规则,位置,说明\n随州市曾都区医疗保障信息中心,T06-01,基本支出明细表!C6,尾数误差\n");
        Path json = tmp.resolve("r.json");
        assertEquals(ExitCodes.CLEAN, run("check", "examples/", "--explanations", csv.toString(), "--out", json.toString()));
        JsonNode findings = new ObjectMapper().readTree(json.toFile()).get("submissions").get(0).get("findings");
        assertEquals("open", findings.get(0).get("status").asText());
        assertEquals("explained", findings.get(1).get("status").asText());
        assertEquals("尾数误差", findings.get(1).get("explanation").asText());
        assertTrue(err().contains("已说明的发现 1 条"), err());
    }

    @Test
    void aBrokenFileIsNamedAndTheOthersAreStillReported() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(EXAMPLE, in.resolve("甲-2023.xlsx"));
        Files.writeString(in.resolve("乙-2023.xlsx"), "not a workbook");
        Path csv = tmp.resolve("r.csv");
        assertEquals(ExitCodes.ERRORS_FOUND, run("check", in.toString(), "--out", csv.toString()));
        assertTrue(err().contains("无法审核：乙-2023.xlsx：无法作为 Excel 工作簿（.xlsx/.xls）打开"), err());
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains(",甲-2023.xlsx,national,T06-01,"), text);
        assertTrue(text.contains(",乙-2023.xlsx,,INPUT,"), text);
        assertTrue(err().contains("已审核 2 份：有错误 1 份（其中无法读取 1 份）"), err());
    }

    @Test
    void annotatedCopiesMirrorTheInputFoldersSoSameNamesDoNotCollide() throws Exception {
        Path in = tmp.resolve("in");
        for (String district : List.of("东区", "西区")) {
            Files.createDirectories(in.resolve(district));
            Files.copy(EXAMPLE, in.resolve(district + "/医保中心-2023.xlsx"));
        }
        Path annotated = tmp.resolve("annotated");
        assertEquals(ExitCodes.CLEAN, run("check", in.toString(), "--annotate", annotated.toString(), "--format", "json",
                "--jobs", "2"));
        assertTrue(Files.isRegularFile(annotated.resolve("东区/医保中心-2023-审核.xlsx")));
        assertTrue(Files.isRegularFile(annotated.resolve("西区/医保中心-2023-审核.xlsx")));
        assertEquals(2, new ObjectMapper().readTree(out.toByteArray()).get("submissions").size());
    }

    @Test
    void formatByExtensionOrByOption() throws Exception {
        Path html = tmp.resolve("report.html");
        Path named = tmp.resolve("report-as-csv");
        assertEquals(ExitCodes.CLEAN, run("check", EXAMPLE.toString(), "--out", html.toString()));
        assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));
        assertEquals(ExitCodes.CLEAN, run("check", EXAMPLE.toString(), "--format", "csv", "--out", named.toString()));
        assertTrue(Files.readString(named).startsWith("\uFEFF序号,单位,"));
    }

    @Test
    void refusesToOverwriteAReportOrToPrintXlsxOnTheTerminal() throws Exception {
        Path existing = Files.writeString(tmp.resolve("审核结果.xlsx"), "the reviewer's own file");
        assertEquals(ExitCodes.USAGE, run("check", "examples/", "--out", existing.toString()));
        assertEquals("the reviewer's own file", Files.readString(existing));
        assertTrue(err().contains("输出文件已存在，未覆盖"), err());
        assertEquals(ExitCodes.USAGE, run("check", "examples/", "--format", "xlsx"));
        assertTrue(err().contains("xlsx 格式不能输出到终端，请用 --out 指定文件"), err());
        assertEquals(ExitCodes.USAGE, run("check", "examples/", "--jobs", "0"));
    }

    private static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }
}
