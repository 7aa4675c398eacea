package cn.jsaudit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.jsaudit.ingest.InputProblem;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The running text of a PDF read back as its author wrote it: running heads and page numbers dropped, a paragraph
 * broken over a page joined, headings apart, a justified heading and a number drawn in pieces repaired.
 */
class PdfNarrativeTest {

    /** A TrueType CJK font PDFBox can embed (fonts-wqy-zenhei; the Noto CJK fonts are CFF, which it cannot subset). */
    private static final File CJK_FONT = new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    private static final float SIZE = 12;
    private static final float LEFT = 72;
    private static final int PER_LINE = 37;
    private static final String HEAD = "示范县农业技术推广中心2023年度部门决算";
    private static final String DUTIES = "负责全县农业技术推广工作，组织实施农业新品种、新技术、新机具的引进试验示范和推广，"
            + "开展农业技术培训和咨询服务，承担农作物病虫害监测预报和防治指导，指导农业生产和防灾减灾，"
            + "承担耕地质量监测与保护、测土配方施肥和农产品质量安全技术指导等工作。";

    @TempDir
    Path dir;

    @Test
    void runningTextIsReadAsItsAuthorWroteIt() throws IOException, InputProblem {
        assumeTrue(CJK_FONT.isFile(), "no 文泉驿正黑 font (fonts-wqy-zenhei; .ci/install-libreoffice installs it)");
        Path pdf = dir.resolve("概况.pdf");
        try (PDDocument doc = new PDDocument(); TrueTypeCollection fonts = new TrueTypeCollection(CJK_FONT)) {
            PDFont font = PDType0Font.load(doc, fonts.getFontByName("WenQuanYiZenHei"), true);
            List<String> duties = lines(DUTIES);
            // page 1: a heading, then the paragraph's full lines but its last, which runs over to page 2
            Page p1 = new Page(doc, font, 1);
            p1.line("一、部门主要职责");
            duties.subList(0, duties.size() - 1).forEach(p1::line);
            p1.close();
            Page p2 = new Page(doc, font, 2);
            p2.line(duties.get(duties.size() - 1));
            p2.line("二、收入支出情况");
            p2.spaced("经营支出", 8);
            p2.pieces("本年支出合计", "1085.", "68", "万元。");
            p2.close();
            Page p3 = new Page(doc, font, 3);
            p3.line("三、其他事项");
            p3.line("无。");
            p3.close();
            doc.save(pdf.toFile());
        }
        PdfDisclosure read = new PdfReader(List.of("注"), List.of(), PdfLimits.of(cn.jsaudit.ingest.InputLimits.DEFAULT)).read(pdf);
        assertEquals(List.of("一、部门主要职责", DUTIES, "二、收入支出情况", "经营支出", "本年支出合计1085.68万元。", "三、其他事项", "无。"),
                read.narrative(Set.of()).stream().map(PdfDisclosure.Paragraph::text).toList());
        assertEquals(List.of(1, 1, 2, 2, 2, 3, 3), read.narrative(Set.of()).stream().map(PdfDisclosure.Paragraph::page).toList());
    }

    /**
     * The text outside a PDF's tables is a 情况说明 only when it reads as one: a cover and a 目录 — even one naming a
     * 情况说明 — are not (N- checks not run, "未提供：情况说明" as for a workbook without one); chapters with prose are.
     */
    @Test
    void aCoverIsNoNarrativeAndChaptersWithProseAre() throws IOException {
        assumeTrue(CJK_FONT.isFile(), "no 文泉驿正黑 font (fonts-wqy-zenhei; .ci/install-libreoffice installs it)");
        Path cover = dir.resolve("封面.pdf");
        Path chapter = dir.resolve("情况说明.pdf");
        try (PDDocument doc = new PDDocument(); TrueTypeCollection fonts = new TrueTypeCollection(CJK_FONT)) {
            coverPage(doc, PDType0Font.load(doc, fonts.getFontByName("WenQuanYiZenHei"), true));
            doc.save(cover.toFile());
        }
        try (PDDocument doc = new PDDocument(); TrueTypeCollection fonts = new TrueTypeCollection(CJK_FONT)) {
            PDFont font = PDType0Font.load(doc, fonts.getFontByName("WenQuanYiZenHei"), true);
            coverPage(doc, font);
            Page p2 = new Page(doc, font, 2);
            p2.line("第二部分 部门决算情况说明");
            p2.line("一、部门主要职责");
            lines(DUTIES).forEach(p2::line);
            p2.line("二、其他事项");
            p2.line("无。");
            p2.close();
            doc.save(chapter.toFile());
        }
        cn.jsaudit.pipeline.Screener screener = cn.jsaudit.fixtures.Examples.screener();
        cn.jsaudit.model.ScreeningResult coverOnly = screener.screen(new cn.jsaudit.pipeline.SubmissionFiles(cover, null, List.of()));
        assertEquals(false, coverOnly.screened().narrative());
        assertEquals(List.of(), coverOnly.findings().stream().map(cn.jsaudit.model.Finding::rule).filter(r -> r.startsWith("N-")).toList());
        cn.jsaudit.model.ScreeningResult withChapter = screener.screen(new cn.jsaudit.pipeline.SubmissionFiles(chapter, null, List.of()));
        assertEquals(true, withChapter.screened().narrative());
        // the chapters a 决算情况说明 must have are looked for: N- checks ran on it
        assertEquals(true, withChapter.findings().stream().anyMatch(f -> f.rule().equals("N-缺少章节")));
    }

    /**
     * One 项目支出绩效自评表 a project, each on a page of its own under the same title: the title printed right on top of
     * each table is that table's (each its own sheet, named by it), not a running head because every page repeats it;
     * the running head printed apart above it still is.
     */
    @Test
    void aTitleRepeatedOnTopOfEachPagesTableIsTheTablesNotARunningHead() throws IOException, InputProblem {
        assumeTrue(CJK_FONT.isFile(), "no 文泉驿正黑 font (fonts-wqy-zenhei; .ci/install-libreoffice installs it)");
        Path pdf = dir.resolve("自评表.pdf");
        try (PDDocument doc = new PDDocument(); TrueTypeCollection fonts = new TrueTypeCollection(CJK_FONT)) {
            PDFont font = PDType0Font.load(doc, fonts.getFontByName("WenQuanYiZenHei"), true);
            for (int n = 1; n <= 4; n++) {
                Page p = new Page(doc, font, n);
                p.draw("2023年度项目支出绩效自评表", 220, 770, 14);
                p.grid(766, List.of(List.of("项目名称", "项目" + n), List.of("年度资金总额", n + "0.00")));
                p.close();
            }
            doc.save(pdf.toFile());
        }
        PdfDisclosure read = new PdfReader(List.of("注"), List.of(), PdfLimits.of(cn.jsaudit.ingest.InputLimits.DEFAULT)).read(pdf);
        assertEquals(List.of("第1页 2023年度项目支出绩效自评表", "第2页 2023年度项目支出绩效自评表", "第3页 2023年度项目支出绩效自评表",
                "第4页 2023年度项目支出绩效自评表"), read.workbook().sheets().stream().map(cn.jsaudit.ingest.SheetData::name).toList());
        assertEquals(List.of(), read.narrative(Set.of()).stream().map(PdfDisclosure.Paragraph::text)
                .filter(t -> t.contains(HEAD)).toList());
    }

    /**
     * A form whose funds part closes page 1 under 2 columns and whose indicator part opens page 2, without a heading,
     * under 3 (the funds part's value cell merged over what the indicator part splits): one table continued, in the
     * grid of both parts' edges. A table on page 2 between other outer edges, or with an inner edge near but off the
     * first's, is another table.
     */
    @Test
    void aTableContinuedUnderOtherInnerColumnsIsJoined() throws IOException, InputProblem {
        assumeTrue(CJK_FONT.isFile(), "no 文泉驿正黑 font (fonts-wqy-zenhei; .ci/install-libreoffice installs it)");
        float[] funds = {72, 222, 522};
        List<List<String>> fundsRows = List.of(List.of("项目名称", "某项目"), List.of("年度资金总额", "10.00"));
        List<List<String>> indicators = List.of(List.of("一级指标", "三级指标", "得分"), List.of("产出指标", "完成率", "20"));
        PdfReader reader = new PdfReader(List.of("注"), List.of(), PdfLimits.of(cn.jsaudit.ingest.InputLimits.DEFAULT));

        cn.jsaudit.ingest.WorkbookData joined = twoPages(funds, fundsRows, new float[] {72, 222, 372, 522}, indicators, reader);
        assertEquals(List.of("第1页 2023年度项目支出绩效自评表"), joined.sheets().stream().map(cn.jsaudit.ingest.SheetData::name).toList());
        cn.jsaudit.ingest.SheetData sheet = joined.sheets().get(0);
        assertEquals(List.of("10.00", "完成率", "20"), List.of(sheet.printed(2, 1), sheet.printed(4, 1), sheet.printed(4, 2)));
        assertEquals(List.of("B2:C2", "B3:C3"), sheet.merges().stream().map(m -> m.formatAsString()).toList());

        assertEquals(2, twoPages(funds, fundsRows, new float[] {72, 222, 372, 480}, indicators, reader).sheets().size(),
                "other outer edges");
        assertEquals(2, twoPages(funds, fundsRows, new float[] {72, 228, 372, 522}, indicators, reader).sheets().size(),
                "an inner edge 6 points off the first table's");
    }

    /** Page 1: a title and a table; page 2: a table without a heading; page 3: text. */
    private cn.jsaudit.ingest.WorkbookData twoPages(float[] first, List<List<String>> firstRows, float[] second,
            List<List<String>> secondRows, PdfReader reader) throws IOException, InputProblem {
        Path pdf = dir.resolve("续表.pdf");
        try (PDDocument doc = new PDDocument(); TrueTypeCollection fonts = new TrueTypeCollection(CJK_FONT)) {
            PDFont font = PDType0Font.load(doc, fonts.getFontByName("WenQuanYiZenHei"), true);
            Page p1 = new Page(doc, font, 1);
            p1.draw("2023年度项目支出绩效自评表", 220, 770, 14);
            p1.grid(766, first, firstRows);
            p1.close();
            Page p2 = new Page(doc, font, 2);
            p2.grid(780, second, secondRows);
            p2.close();
            Page p3 = new Page(doc, font, 3); // the running head on three pages: furniture, no heading of page 2's table
            p3.line("三、其他事项");
            p3.close();
            doc.save(pdf.toFile());
        }
        return reader.read(pdf).workbook();
    }

    /** A disclosure's cover and 目录, which name its parts. */
    private static void coverPage(PDDocument doc, PDFont font) throws IOException {
        Page p1 = new Page(doc, font, 1);
        p1.line("示范县农业技术推广中心");
        p1.line("2023年度部门决算");
        p1.line("目录");
        p1.line("第一部分 部门决算报表");
        p1.line("第二部分 部门决算情况说明");
        p1.close();
    }

    /** The text cut into full lines of the page's width, as a word processor sets it. */
    private static List<String> lines(String text) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < text.length(); i += PER_LINE) {
            out.add(text.substring(i, Math.min(text.length(), i + PER_LINE)));
        }
        return out;
    }

    /** One A4 page: a running head at the top, lines of body text, its number at the foot. */
    private static final class Page implements AutoCloseable {

        private final PDPageContentStream content;
        private final PDFont font;
        private float y = 740;

        Page(PDDocument doc, PDFont font, int number) throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            this.content = new PDPageContentStream(doc, page);
            this.font = font;
            draw(HEAD, 200, 800, 9);
            draw("- " + number + " -", 285, 40, 9);
        }

        void line(String text) {
            draw(text, LEFT, y, SIZE);
            y -= 20;
        }

        /** Characters set apart, as a justified short heading is printed. */
        void spaced(String text, float gap) {
            float x = LEFT;
            for (char c : text.toCharArray()) {
                draw(String.valueOf(c), x, y, SIZE);
                x += SIZE + gap;
            }
            y -= 20;
        }

        /** Pieces drawn one after another, a quarter em apart where a piece ends with a dot (a number cut in two). */
        void pieces(String... texts) {
            float x = LEFT;
            for (String t : texts) {
                draw(t, x, y, SIZE);
                x += width(t) + (t.endsWith(".") ? SIZE * 0.3f : 0);
            }
            y -= 20;
        }

        private float width(String text) {
            try {
                return font.getStringWidth(text) / 1000 * SIZE;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** A ruled table whose top edge is at {@code top}: rows 20 high, columns 150 wide, a text a cell. */
        void grid(float top, List<List<String>> rows) {
            float[] edges = new float[rows.get(0).size() + 1];
            for (int c = 0; c < edges.length; c++) {
                edges[c] = LEFT + 150 * c;
            }
            grid(top, edges, rows);
        }

        /** A ruled table between the given column edges, rows 20 high, a text a cell. */
        void grid(float top, float[] edges, List<List<String>> rows) {
            try {
                for (int r = 0; r <= rows.size(); r++) {
                    content.moveTo(edges[0], top - 20 * r);
                    content.lineTo(edges[edges.length - 1], top - 20 * r);
                }
                for (float x : edges) {
                    content.moveTo(x, top);
                    content.lineTo(x, top - 20 * rows.size());
                }
                content.stroke();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    draw(rows.get(r).get(c), edges[c] + 4, top - 20 * r - 15, 10);
                }
            }
        }

        void draw(String text, float x, float y, float size) {
            try {
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(x, y);
                content.showText(text);
                content.endText();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            content.close();
        }
    }
}
