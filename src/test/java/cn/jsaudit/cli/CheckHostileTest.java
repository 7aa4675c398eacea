package cn.jsaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.fixtures.HostileFiles;
import cn.jsaudit.fixtures.RawZip;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
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

    @Test
    void aMissingPathIsReportedAndTheOthersAreScreened() throws Exception {
        Path missing = tmp.resolve("不存在-2023.xlsx");
        Path json = tmp.resolve("r.json");
        CommandRun r = CommandRun.of("check", Examples.CLEAN.toString(), missing.toString(), "--out", json.toString());
        assertEquals(ExitCodes.USAGE, r.exit());
        assertTrue(r.err().contains("找不到：" + missing + "（报告为无法读取，其余照常审核）"), r.err());
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
        CommandRun r = CommandRun.of("check", truncated.toString());
        assertEquals(ExitCodes.USAGE, r.exit());
        String quiet = r.err();
        assertTrue(quiet.contains("无法审核：截断-2023.xlsx：无法作为 Excel 工作簿打开：压缩结构不完整，文件可能在下载或复制时被截断，或已损坏"), quiet);
        assertFalse(quiet.contains("Exception") || quiet.contains("\tat ") || quiet.contains(tmp.toString()), quiet);
        CommandRun verbose = CommandRun.of("check", truncated.toString(), "--verbose");
        assertEquals(ExitCodes.USAGE, verbose.exit());
        assertTrue(verbose.err().contains("详细信息（截断-2023.xlsx）：\n  cn.jsaudit.ingest.InputProblem：截断-2023.xlsx：无法作为 Excel 工作簿打开"),
                verbose.err());
        assertTrue(verbose.err().contains("  原因：java.util.zip.ZipException："), verbose.err());
    }

    @Test
    void anOutputFileWhoseExtensionNamesNoFormatIsAUsageError() throws Exception {
        Path pdf = tmp.resolve("r.pdf");
        CommandRun r = CommandRun.of("check", Examples.CLEAN.toString(), "--out", pdf.toString());
        assertEquals(ExitCodes.USAGE, r.exit());
        assertTrue(r.err().contains("无法从扩展名判断输出格式：" + pdf + "（可用 .txt、.json、.csv、.xlsx、.html，或用 --format 指定格式）"), r.err());
        assertFalse(Files.exists(pdf));
        assertEquals(ExitCodes.CLEAN, CommandRun.of("check", Examples.CLEAN.toString(), "--format", "json", "--out", pdf.toString()).exit(),
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
        CommandRun r = CommandRun.of("check", in.toString(), "--annotate", annotated.toString(), "--format", "json");
        assertEquals(ExitCodes.USAGE, r.exit());
        assertTrue(Files.isRegularFile(annotated.resolve("好-2023-审核.xlsx")));
        assertTrue(r.err().contains("批注工作簿已写入：" + annotated + "（1 / 3 份）"), r.err());
        assertTrue(r.err().contains("未生成批注副本：坏-2023.xlsx（工作簿无法读取，见它的“输入文件问题”发现）"), r.err());
        assertTrue(r.err().contains("未生成批注副本：无类型-2023.xlsx（无法在此工作簿上写入批注：文件结构特殊或已损坏；用 Excel 打开后另存一份即可）"),
                r.err());
        JsonNode subs = new ObjectMapper().readTree(r.out()).get("submissions");
        assertEquals("示范县农业技术推广中心", subs.get(1).get("unit").asText(), "screened all the same");
    }

    @Test
    void anAnnotationFolderThatCannotBeWrittenIsStatedForEachSubmission() throws Exception {
        Path notADir = Files.writeString(tmp.resolve("批注"), "占位");
        CommandRun r = CommandRun.of("check", Examples.CLEAN.toString(), "--annotate", notADir.toString(), "--format", "json");
        assertEquals(ExitCodes.USAGE, r.exit());
        assertTrue(r.err().contains("批注工作簿已写入：" + notADir + "（0 / 1 份）"), r.err());
        assertTrue(r.err().contains("未生成批注副本：示范县农业技术推广中心-2023.xlsx（无法写入：文件已存在）"), r.err());
    }
}
