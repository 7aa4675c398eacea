package cn.jsaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.pipeline.SubmissionFiles;
import cn.jsaudit.pipeline.SubmissionLocator;
import cn.jsaudit.report.WorkbookAnnotator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jsaudit check end to end with the batch options (--out formats, --annotate, --explanations, --jobs). */
class CheckBatchReportsTest {

    private static final Path SEED = Examples.SEED_000;

    @TempDir
    Path tmp;

    /** The last command run in this test: its exit code and what it printed. */
    private CommandRun last;

    private int run(String... args) {
        last = CommandRun.of(args);
        return last.exit();
    }

    private String err() {
        return last.err();
    }

    /** The command of issue 6's "done when", checked against the JSON written in the same run. */
    @Test
    void examplesToXlsxJsonAndAnnotatedWorkbooks() throws Exception {
        Path xlsx = tmp.resolve("out/审核结果.xlsx");
        Path json = tmp.resolve("out/审核结果.json");
        Path annotated = tmp.resolve("out/annotated");

        int code = run("check", "examples/", "--out", xlsx.toString(), "--out", json.toString(), "--annotate",
                annotated.toString(), "--jobs", "2");

        assertEquals(ExitCodes.ERRORS_FOUND, code, err());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        JsonNode submissions = root.get("submissions");
        List<SubmissionFiles> located = SubmissionLocator.locate(List.of(Path.of("examples")));
        assertEquals(located.size(), submissions.size());
        List<String> rulesInJson = new ArrayList<>();
        submissions.forEach(s -> s.get("findings").forEach(f -> rulesInJson.add(f.get("rule").asText())));
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile())) {
            assertEquals(List.of("审核发现", "汇总", "规则", "运行记录"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)));
            List<String> rulesInXlsx = new ArrayList<>();
            for (int r = 1; r <= wb.getSheet("审核发现").getLastRowNum(); r++) {
                rulesInXlsx.add(wb.getSheet("审核发现").getRow(r).getCell(4).getStringCellValue());
            }
            assertEquals(rulesInJson, rulesInXlsx);
            assertEquals(located.size(), wb.getSheet("汇总").getLastRowNum());
            assertTrue(wb.getSheet("规则").getLastRowNum() > 20, "every compiled rule is listed");
        }
        JsonNode seed = null;
        for (JsonNode sub : submissions) {
            seed = sub.get("file").asText().equals(SEED.getFileName().toString()) ? sub : seed;
        }
        Path copy = annotated.resolve("随州市曾都区医疗保障信息中心-2023-审核.xlsx");
        assertCellsColoredAsTheFindings(copy, seed.get("findings"));
        assertTrue(Files.isRegularFile(annotated.resolve("沅江市医疗保障局-2023/沅江市医疗保障局-2023-审核.xlsx")));
        assertTrue(Files.isRegularFile(annotated.resolve("示范县农业技术推广中心-2023/示范县农业技术推广中心-2023-审核.xlsx")));

        JsonNode run = root.get("run");
        List<String> inputs = new ArrayList<>();
        run.get("inputs").forEach(i -> inputs.add(i.get("path").asText()));
        assertTrue(inputs.contains("examples/随州市曾都区医疗保障信息中心-2023.docx"), inputs.toString());
        int at = inputs.indexOf(SEED.toString());
        assertEquals(sha256(SEED), run.get("inputs").get(at).get("sha256").asText());
        assertEquals(64, run.get("rulesSha256").asText().length());
        assertTrue(err().contains("已审核 " + located.size() + " 份：有错误 "), err());
        assertTrue(err().contains("最常触发的规则："), err());
        assertTrue(err().contains("批注工作簿已写入：" + annotated + "（" + located.size() + " / " + located.size() + " 份）"), err());
        assertFalse(err().contains("审核中 ["), "no progress bar when stderr is not a terminal");
    }

    /** Each cell a finding names is filled (ERROR red first), its comment names the rule; the list has a row each. */
    private static void assertCellsColoredAsTheFindings(Path copy, JsonNode findings) throws Exception {
        try (Workbook wb = WorkbookFactory.create(copy.toFile())) {
            assertEquals("审核结果", wb.getSheetName(0));
            assertEquals(findings.size() + 2, wb.getSheetAt(0).getLastRowNum(), "the findings, an empty row, the run record");
            assertTrue(wb.getSheetAt(0).getRow(findings.size() + 2).getCell(0).getStringCellValue()
                    .endsWith("；原工作簿 SHA-256 " + sha256(SEED)));
            int checked = 0;
            for (JsonNode f : findings) {
                for (JsonNode l : f.get("locations")) {
                    if (l.get("sheet").isNull() || wb.getSheet(l.get("sheet").asText()) == null) {
                        continue;
                    }
                    CellReference ref = new CellReference(l.get("cell").asText());
                    Cell cell = wb.getSheet(l.get("sheet").asText()).getRow(ref.getRow()).getCell(ref.getCol());
                    assertEquals(FillPatternType.SOLID_FOREGROUND, cell.getCellStyle().getFillPattern());
                    String comment = cell.getCellComment().getString().getString();
                    assertTrue(comment.contains(f.get("rule").asText()), comment);
                    if (f.get("severity").asText().equals("ERROR")) {
                        assertEquals(WorkbookAnnotator.color(cn.jsaudit.model.Severity.ERROR),
                                cell.getCellStyle().getFillForegroundColor());
                    }
                    checked++;
                }
            }
            assertTrue(checked > 10, "the seed's table and form findings point into the workbook: " + checked);
        }
    }

    @Test
    void anExplanationsFileMarksFindingsExplained() throws Exception {
        Path csv = tmp.resolve("说明.csv");
        Files.writeString(csv, "单位,规则,位置,说明\n随州市曾都区医疗保障信息中心,T06-01,基本支出明细表!C6,尾数误差\n"
                + "随州市曾都区医疗保障信息中心,P-总分-合计,城乡居民项目自评表!F20,总分按满分填报\n");
        Path json = tmp.resolve("r.json");
        assertEquals(ExitCodes.ERRORS_FOUND, run("check", SEED.toString(), "--explanations", csv.toString(), "--out",
                json.toString()));
        JsonNode findings = new ObjectMapper().readTree(json.toFile()).get("submissions").get(0).get("findings");
        List<String> explained = new ArrayList<>();
        findings.forEach(f -> {
            if (!f.get("explanation").isNull()) {
                explained.add(f.get("rule").asText() + " " + f.get("severity").asText() + " " + f.get("status").asText()
                        + " " + f.get("explanation").asText());
            }
        });
        assertEquals(List.of("P-总分-合计 ERROR open 总分按满分填报", "T06-01 INFO explained 尾数误差"), explained);
        assertTrue(err().contains("已说明的发现 1 条"), err());
    }

    @Test
    void aBrokenFileIsNamedAndTheOthersAreStillReported() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Examples.CLEAN, in.resolve("甲-2023.xlsx"));
        Files.writeString(in.resolve("乙-2023.xlsx"), "not a workbook");
        Path csv = tmp.resolve("r.csv");
        assertEquals(ExitCodes.USAGE, run("check", in.toString(), "--out", csv.toString()));
        assertTrue(err().contains("无法审核：乙-2023.xlsx：无法作为 Excel 工作簿（.xlsx/.xls）打开"), err());
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains(",乙-2023.xlsx,,INPUT,"), text);
        assertTrue(text.contains("运行记录,输入文件SHA-256," + in.resolve("甲-2023.xlsx") + "," + sha256(Examples.CLEAN)), text);
        assertTrue(err().contains("已审核 2 份：有错误 1 份（其中无法读取 1 份）"), err());
    }

    @Test
    void annotatedCopiesMirrorTheInputFoldersSoSameNamesDoNotCollide() throws Exception {
        Path in = tmp.resolve("in");
        for (String district : List.of("东区", "西区")) {
            Files.createDirectories(in.resolve(district));
            Files.copy(Examples.CLEAN, in.resolve(district + "/推广中心-2023.xlsx"));
        }
        Path annotated = tmp.resolve("annotated");
        run("check", in.toString(), "--annotate", annotated.toString(), "--format", "json", "--jobs", "2");
        assertTrue(Files.isRegularFile(annotated.resolve("东区/推广中心-2023-审核.xlsx")), err());
        assertTrue(Files.isRegularFile(annotated.resolve("西区/推广中心-2023-审核.xlsx")), err());
        assertEquals(2, new ObjectMapper().readTree(last.out()).get("submissions").size());
    }

    @Test
    void formatByExtensionOrByOption() throws Exception {
        Path html = tmp.resolve("report.html");
        Path named = tmp.resolve("report-as-csv");
        run("check", Examples.CLEAN.toString(), "--out", html.toString());
        assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"), err());
        run("check", Examples.CLEAN.toString(), "--format", "csv", "--out", named.toString());
        assertTrue(Files.readString(named).startsWith("\uFEFF序号,单位,"), err());
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
