package cn.jsaudit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How files are grouped into submissions (workbook-format.md "Files"); only names matter, so the files are empty. */
class SubmissionLocatorTest {

    @TempDir
    Path dir;

    @Test
    void aWorkbookTakesTheNarrativeAndThePerformanceWorkbooksOfItsName() throws Exception {
        touch("a/甲-2023.xlsx", "a/甲-2023.docx", "a/甲-2023.txt", "a/甲-2023-绩效自评表.xlsx", "a/甲-2023-项目绩效.xlsx",
                "a/乙-2023.xlsx", "a/乙-2023.txt", "a/丙-绩效自评.xlsx", "a/~$甲-2023.xlsx", "a/.隐藏.xlsx", "a/附件.zip",
                "a/公开.pdf");

        assertEquals(List.of(
                "a/丙-绩效自评.xlsx | - | ",
                "a/乙-2023.xlsx | a/乙-2023.txt | ",
                "a/甲-2023.xlsx | a/甲-2023.docx | a/甲-2023-绩效自评表.xlsx, a/甲-2023-项目绩效.xlsx",
                "a/公开.pdf | - | "), located(dir), "a PDF disclosure is a submission of its own, after the workbooks");
    }

    @Test
    void aPerformanceWorkbookBelongsToTheFirstWorkbookInNameOrderWhoseNameStartsIt() throws Exception {
        touch("甲.xlsx", "甲-1.xlsx", "甲-1-绩效.xlsx", "甲-绩效.xls", "甲-1-绩效.txt");

        assertEquals(List.of(
                "甲-1.xlsx | - | 甲-1-绩效.xlsx",
                "甲.xlsx | - | 甲-绩效.xls"), located(dir));
    }

    @Test
    void aFolderWithOneSubmissionGivesItsOnlyNarrativeToIt() throws Exception {
        touch("一/单位A.xlsx", "一/情况说明.docx", "一/单位A-绩效.xlsx",
                "二/单位B.xlsx", "二/单位C.xlsx", "二/情况说明.txt",
                "三/单位D.xlsx", "三/单位E.txt", "四/单位E.xlsx",
                "五/单位F.xlsx", "五/单位F.docx");

        assertEquals(List.of(
                "一/单位A.xlsx | 一/情况说明.docx | 一/单位A-绩效.xlsx",
                "三/单位D.xlsx | - | ",
                "二/单位B.xlsx | - | ",
                "二/单位C.xlsx | - | ",
                "五/单位F.xlsx | 五/单位F.docx | ",
                "四/单位E.xlsx | - | "), located(dir));
    }

    /** How units name the attachments of one disclosure: 附件1 公开表, 附件2 情况说明, 附件3 自评表, 附件4 自评报告. */
    @Test
    void aFolderOfNumberedAttachmentsIsOneSubmission() throws Exception {
        touch("甲局/附件1：2023年度部门决算公开表.xlsx", "甲局/附件2：2023年度部门决算情况说明.docx",
                "甲局/附件3：2023年度部门整体支出绩效自评表.xlsx", "甲局/附件4：项目支出自评表.xls",
                "甲局/附件5：2023年度部门整体支出绩效自评报告.docx",
                "乙局/乙局公开表.xlsx", "乙局/乙局项目绩效自评表.xlsx", "乙局/自评报告.docx", "乙局/部门决算说明.doc",
                "丙/单位B.xlsx", "丙/单位C.xlsx", "丙/项目绩效.xlsx", "丙/说明.txt");

        assertEquals(List.of(
                "丙/单位B.xlsx | - | ",
                "丙/单位C.xlsx | - | ",
                "丙/项目绩效.xlsx | - | ",
                "乙局/乙局公开表.xlsx | 乙局/部门决算说明.doc | 乙局/乙局项目绩效自评表.xlsx",
                "甲局/附件1：2023年度部门决算公开表.xlsx | 甲局/附件2：2023年度部门决算情况说明.docx | "
                        + "甲局/附件3：2023年度部门整体支出绩效自评表.xlsx, 甲局/附件4：项目支出自评表.xls"),
                located(dir), "two main workbooks in a folder: whose forms and narrative these are is not guessed");
        List<SubmissionFiles> named = SubmissionLocator.locate(List.of(dir.resolve("甲局/附件1：2023年度部门决算公开表.xlsx")));
        assertEquals(List.of(located(dir).get(4)), describe(named), "named directly, it brings the same files");
    }

    /**
     * A narrative named after its workbook (单位-2023情况说明.docx), or printed and signed as a PDF so named, belongs to
     * the workbook; beside a text narrative such a PDF is a copy of it (named, not read); a PDF not named …说明 stays a
     * disclosure of its own.
     */
    @Test
    void aNarrativeNamedAfterItsWorkbookIsItsNarrativeEvenAsAPdf() throws Exception {
        touch("市/甲局-2023.xlsx", "市/甲局-2023情况说明.pdf", "市/乙局-2023.xlsx", "市/乙局-2023部门决算说明.docx",
                "市/丙局-2023.xlsx", "市/丙局-2023.pdf",
                "丁/附件1 公开表.xlsx", "丁/附件2 情况说明.pdf",
                "戊/戊局.xlsx", "戊/戊局.docx", "戊/戊局情况说明.pdf",
                "己/附件1 公开表.xlsx", "己/附件2 情况说明.docx", "己/附件2 情况说明.pdf");

        assertEquals(List.of(
                "丁/附件1 公开表.xlsx | 丁/附件2 情况说明.pdf | ",
                "己/附件1 公开表.xlsx | 己/附件2 情况说明.docx |  | 己/附件2 情况说明.pdf",
                "市/丙局-2023.xlsx | - | ",
                "市/乙局-2023.xlsx | 市/乙局-2023部门决算说明.docx | ",
                "市/甲局-2023.xlsx | 市/甲局-2023情况说明.pdf | ",
                "戊/戊局.xlsx | 戊/戊局.docx |  | 戊/戊局情况说明.pdf",
                "市/丙局-2023.pdf | - | "), located(dir));
        assertEquals(List.of("市/甲局-2023.xlsx | 市/甲局-2023情况说明.pdf | "),
                describe(SubmissionLocator.locate(List.of(dir.resolve("市/甲局-2023.xlsx")))), "named directly, it brings its PDF");
    }

    /**
     * A disclosure published as two PDFs, the tables and the narrative apart: the one named {@code <pdf>…说明}, or a
     * workbook-less folder's only …说明 PDF beside its only other PDF, is the narrative; elsewhere each PDF stays its own.
     */
    @Test
    void aDisclosurePublishedAsTwoPdfsIsOneSubmission() throws Exception {
        touch("甲/甲局2023年部门决算.pdf", "甲/甲局2023年部门决算情况说明.pdf", "甲/乙局2023年部门决算.pdf",
                "丙/附件1 公开表.pdf", "丙/附件2 情况说明.pdf",
                "丁/丁局.pdf", "丁/戊局.pdf", "丁/附件 情况说明.pdf",
                "庚/庚局.xlsx", "庚/庚局.pdf", "庚/附件 情况说明.pdf");

        assertEquals(List.of(
                "庚/庚局.xlsx | 庚/附件 情况说明.pdf | ",
                "丁/丁局.pdf | - | ",
                "丁/戊局.pdf | - | ",
                "丁/附件 情况说明.pdf | - | ",
                "丙/附件1 公开表.pdf | 丙/附件2 情况说明.pdf | ",
                "庚/庚局.pdf | - | ",
                "甲/乙局2023年部门决算.pdf | - | ",
                "甲/甲局2023年部门决算.pdf | 甲/甲局2023年部门决算情况说明.pdf | "), located(dir));
    }

    @Test
    void sameNamesInTwoFoldersStayApart() throws Exception {
        touch("区1/单位.xlsx", "区1/单位.txt", "区2/单位.xlsx", "区2/单位-绩效.xlsx");

        assertEquals(List.of("区1/单位.xlsx | 区1/单位.txt | ", "区2/单位.xlsx | - | 区2/单位-绩效.xlsx"), located(dir));
    }

    @Test
    void wordNarrativesInTheOldFormatsArePairedToo() throws Exception {
        touch("丙/丙.xlsx", "丙/丙.doc", "丁/丁.xlsx", "丁/丁.wps");

        assertEquals(List.of("丁/丁.xlsx | 丁/丁.wps | ", "丙/丙.xlsx | 丙/丙.doc | "), located(dir));
    }

    @Test
    void aWorkbookNamedDirectlyBringsItsSiblings() throws Exception {
        touch("甲.xlsx", "甲.txt", "甲-绩效.xlsx", "乙.xlsx", "乙.docx");

        List<SubmissionFiles> found = SubmissionLocator.locate(List.of(dir.resolve("甲.xlsx"), dir.resolve("乙.xlsx")));

        assertEquals(List.of("甲.xlsx | 甲.txt | 甲-绩效.xlsx", "乙.xlsx | 乙.docx | "), describe(found));
    }

    @Test
    void thousandsOfSubmissionsInOneFolderAreGroupedLikeOne() throws Exception {
        for (int i = 0; i < 3000; i++) {
            String base = String.format("%05d-单位", i);
            touch(base + ".xlsx", base + ".txt");
            if (i % 100 == 0) {
                touch(base + "-绩效自评.xlsx");
            }
        }

        List<SubmissionFiles> found = SubmissionLocator.locate(List.of(dir));

        assertEquals(3000, found.size());
        assertEquals("02500-单位.xlsx | 02500-单位.txt | 02500-单位-绩效自评.xlsx", describe(found).get(2500));
        assertEquals("02999-单位.xlsx | 02999-单位.txt | ", describe(found).get(2999));
    }

    private void touch(String... names) throws Exception {
        for (String n : names) {
            Path p = dir.resolve(n);
            Files.createDirectories(p.getParent());
            Files.createFile(p);
        }
    }

    private List<String> located(Path root) {
        return describe(SubmissionLocator.locate(List.of(root)));
    }

    private List<String> describe(List<SubmissionFiles> found) {
        return found.stream().map(s -> rel(s.workbook()) + " | " + (s.narrative() == null ? "-" : rel(s.narrative())) + " | "
                + s.performanceWorkbooks().stream().map(this::rel).collect(Collectors.joining(", "))
                + (s.narrativeCopies().isEmpty() ? "" : " | " + s.narrativeCopies().stream().map(this::rel)
                        .collect(Collectors.joining(", ")))).toList();
    }

    private String rel(Path p) {
        return dir.relativize(p).toString();
    }
}
