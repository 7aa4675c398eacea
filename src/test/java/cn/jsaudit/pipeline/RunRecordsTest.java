package cn.jsaudit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import cn.jsaudit.model.RunRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunRecordsTest {

    @TempDir
    Path tmp;

    @Test
    void rulesDigestDependsOnContentAndNamesNotOnWhereTheFolderIs() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("elsewhere/b");
        for (Path dir : List.of(a, b)) {
            Files.createDirectories(dir.resolve("tables"));
            Files.writeString(dir.resolve("tables/t01.drl"), "rule x");
            Files.writeString(dir.resolve("tables/t02.drl"), "rule y");
        }
        assertEquals(RunRecords.folderSha256(a), RunRecords.folderSha256(b));
        Files.writeString(b.resolve("tables/t02.drl"), "rule y changed");
        assertNotEquals(RunRecords.folderSha256(a), RunRecords.folderSha256(b));
        Files.writeString(b.resolve("tables/t02.drl"), "rule y");
        Files.move(b.resolve("tables/t02.drl"), b.resolve("tables/t03.drl"));
        assertNotEquals(RunRecords.folderSha256(a), RunRecords.folderSha256(b));
    }

    @Test
    void recordsEachInputFileOnceWithItsDigest() throws Exception {
        Path wb = Files.writeString(tmp.resolve("甲.xlsx"), "abc");
        Path txt = Files.writeString(tmp.resolve("甲.txt"), "");
        RunRecord r = RunRecords.of(tmp, List.of(new SubmissionFiles(wb, txt, List.of())),
                OffsetDateTime.parse("2026-07-01T09:30:00.123456+08:00"));
        assertEquals("2026-07-01T09:30:00+08:00", r.time());
        assertEquals(List.of(
                new RunRecord.InputFile(wb.toString(), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
                new RunRecord.InputFile(txt.toString(), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")),
                r.inputs());
    }

    @Test
    void versionComesFromTheBuild() {
        assertEquals("0.1.0", RunRecords.toolVersion());
    }
}
