package cn.jsaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.fixtures.HostileFiles;
import cn.jsaudit.fixtures.RawZip;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line over broken input: a missing path is reported and the rest screened; messages are Chinese
 * without stack traces or absolute paths unless --verbose, which shows the cause chain; an output file whose
 * extension names no format is a usage error; every submission gets its annotated copy or a stated reason.
 */
class CheckHostileTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private int run(String... args) {
        return Main.commandLine().execute(args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aMissingPathIsReportedAndTheOthersAreScreened() throws Exception {
        Path missing = tmp.resolve("不存在-2023.xlsx");
        Path json = tmp.resolve("r.json");
        assertEquals(ExitCodes.USAGE, run("check", Examples.CLEAN.toString(), missing.toString(), "--out", json.toString()));
        assertTrue(err().contains("找不到：" + missing + "（报告为无法读取，其余照常审核）"), err());
        JsonNode subs = new ObjectMapper().readTree(json.toFile()).get("submissions");
        assertEquals(2, subs.size());
        assertEquals("示范县农业技术推广中心", subs.get(0).get("unit").asText());
        JsonNode gone = subs.get(1).get("findings").get(0);
        assertEquals("INPUT", gone.get("rule").asText());
        assertEquals("不存在-2023.xlsx：找不到此文件（" + missing + "），未审核", gone.get("message").asText());
    }

    @Test
    void messagesAreChineseWithoutStackOrPathsAndVerboseShowsTheCauseChain() throws Exception {
        Path truncated = HostileFiles.truncated(Examples.CLEAN, tmp.resolve("in/截断-2023.xlsx"));
        assertEquals(ExitCodes.USAGE, run("check", truncated.toString()));
        String quiet = err();
        assertTrue(quiet.contains("无法审核：截断-2023.xlsx：无法作为 Excel 工作簿打开：压缩结构不完整，文件可能在下载或复制时被截断，或已损坏"), quiet);
        assertFalse(quiet.contains("Exception") || quiet.contains("\tat ") || quiet.contains(tmp.toString()), quiet);
        err.reset();
        assertEquals(ExitCodes.USAGE, run("check", truncated.toString(), "--verbose"));
        assertTrue(err().contains("详细信息（截断-2023.xlsx）：\n  cn.jsaudit.ingest.InputProblem：截断-2023.xlsx：无法作为 Excel 工作簿打开"), err());
        assertTrue(err().contains("  原因：java.util.zip.ZipException："), err());
    }

    @Test
    void anOutputFileWhoseExtensionNamesNoFormatIsAUsageError() throws Exception {
        Path pdf = tmp.resolve("r.pdf");
        assertEquals(ExitCodes.USAGE, run("check", Examples.CLEAN.toString(), "--out", pdf.toString()));
        assertTrue(err().contains("无法从扩展名判断输出格式：" + pdf + "（可用 .txt、.json、.csv、.xlsx、.html，或用 --format 指定格式）"), err());
        assertFalse(Files.exists(pdf));
        assertEquals(ExitCodes.CLEAN, run("check", Examples.CLEAN.toString(), "--format", "json", "--out", pdf.toString()),
                "a format named outright is the user's choice");
        assertTrue(Files.readString(pdf).contains("\"submissions\""));
    }

    /** Never silently fewer copies: each submission without one is named with its reason, and the exit code says so. */
    @Test
    void everySubmissionGetsItsAnnotatedCopyOrAStatedReason() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Examples.CLEAN, in.resolve("好-2023.xlsx"));
        HostileFiles.randomBytes(in.resolve("坏-2023.xlsx"), 3000, 5);
        // readable by jsaudit's own reader, but a package POI will not open (no [Content_Types].xml)
        List<RawZip.Entry> entries = new ArrayList<>();
        try (ZipFile zip = new ZipFile(Examples.CLEAN.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                if (!e.getName().equals("[Content_Types].xml")) {
                    entries.add(RawZip.deflated(e.getName(), zip.getInputStream(e).readAllBytes()));
                }
            }
        }
        RawZip.write(in.resolve("无类型-2023.xlsx"), entries);
        Path annotated = tmp.resolve("批注");
        assertEquals(ExitCodes.USAGE, run("check", in.toString(), "--annotate", annotated.toString(), "--format", "json"));
        assertTrue(Files.isRegularFile(annotated.resolve("好-2023-审核.xlsx")));
        assertTrue(err().contains("批注工作簿已写入：" + annotated + "（1 / 3 份）"), err());
        assertTrue(err().contains("未生成批注副本：坏-2023.xlsx（工作簿无法读取，见它的“输入文件问题”发现）"), err());
        assertTrue(err().contains("未生成批注副本：无类型-2023.xlsx（无法在此工作簿上写入批注：文件结构特殊或已损坏；用 Excel 打开后另存一份即可）"), err());
        JsonNode subs = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("submissions");
        assertEquals("示范县农业技术推广中心", subs.get(1).get("unit").asText(), "screened all the same");
    }

    @Test
    void anAnnotationFolderThatCannotBeWrittenIsStatedForEachSubmission() throws Exception {
        Path notADir = Files.writeString(tmp.resolve("批注"), "占位");
        assertEquals(ExitCodes.USAGE, run("check", Examples.CLEAN.toString(), "--annotate", notADir.toString(), "--format", "json"));
        assertTrue(err().contains("批注工作簿已写入：" + notADir + "（0 / 1 份）"), err());
        assertTrue(err().contains("未生成批注副本：示范县农业技术推广中心-2023.xlsx（无法写入：文件已存在）"), err());
    }
}
