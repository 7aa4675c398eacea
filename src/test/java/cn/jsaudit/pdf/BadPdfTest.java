package cn.jsaudit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Severity;
import cn.jsaudit.model.ScreeningResult;
import cn.jsaudit.pipeline.SubmissionFiles;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF that cannot be read is one INPUT error of its submission, naming the file and the cause; nothing is guessed. */
class BadPdfTest {

    @TempDir
    Path dir;

    @Test
    void anEncryptedPdfIsOneInputError() throws IOException {
        Path pdf = dir.resolve("加密.pdf");
        try (PDDocument doc = textDocument()) {
            doc.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            doc.save(pdf.toFile());
        }
        assertOneInputError(pdf, "加密.pdf：PDF 已加密（设有打开密码），无法读取");
    }

    @Test
    void aScannedPdfIsOneInputErrorSayingItHasNoTextLayer() throws IOException {
        Path pdf = dir.resolve("扫描件.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = scan.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, 200, 280);
                g.setColor(Color.BLACK);
                g.drawString("1085.68", 20, 40);
                g.dispose();
                PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            doc.save(pdf.toFile());
        }
        assertOneInputError(pdf, "扫描件.pdf：全部 2 页都无文本层（扫描件）");
    }

    @Test
    void aTruncatedPdfIsOneInputError() throws IOException {
        Path whole = dir.resolve("whole.pdf");
        try (PDDocument doc = textDocument()) {
            doc.save(whole.toFile());
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path pdf = dir.resolve("截断.pdf");
        Files.write(pdf, Arrays.copyOf(bytes, bytes.length / 2));
        assertOneInputError(pdf, "截断.pdf：PDF 文件不完整（结尾缺少 %%EOF 标记）");
    }

    @Test
    void aFileThatIsNoPdfIsOneInputError() throws IOException {
        Path pdf = dir.resolve("改名.pdf");
        Files.writeString(pdf, "单位名称,金额\n示范县,1\n", StandardCharsets.UTF_8);
        assertOneInputError(pdf, "改名.pdf：不是 PDF 文件（文件开头没有 %PDF 标记）");
    }

    @Test
    void anEmptyFileIsOneInputError() throws IOException {
        Path pdf = Files.createFile(dir.resolve("空.pdf"));
        assertOneInputError(pdf, "空.pdf：文件是空的（0 字节）");
    }

    /** The PDF limits are in the limits section of rules/settings.yaml, as every other input limit. */
    @Test
    void aPdfBeyondThePageLimitOfTheSettingsIsOneInputError() throws Exception {
        Path pdf = dir.resolve("三页.pdf");
        try (PDDocument doc = textDocument()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            doc.addPage(new PDPage(PDRectangle.A4));
            doc.save(pdf.toFile());
        }
        Path rules = dir.resolve("rules");
        Examples.copyTree(Examples.RULES, rules);
        Files.writeString(rules.resolve("settings.yaml"), "limits:\n  maxPdfPages: 2\n");
        assertOneInputError(new cn.jsaudit.pipeline.Screener(Examples.load(rules), null), pdf,
                "三页.pdf：共 3 页，超过上限 2 页，未读取");
        assertEquals(List.of(), Examples.screener().screen(new SubmissionFiles(pdf, null, List.of())).findings().stream()
                .filter(f -> f.message().contains("超过上限")).toList(), "within the default limit of 2000 pages");
    }

    private static void assertOneInputError(Path pdf, String start) {
        assertOneInputError(Examples.screener(), pdf, start);
    }

    private static void assertOneInputError(cn.jsaudit.pipeline.Screener screener, Path pdf, String start) {
        ScreeningResult r = screener.screen(new SubmissionFiles(pdf, null, List.of()));
        assertEquals(1, r.findings().size(), r.findings().toString());
        Finding f = r.findings().get(0);
        assertEquals("INPUT", f.rule());
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().startsWith(start), f.message());
        assertEquals(pdf.getFileName().toString(), f.primaryLocation().file());
    }

    /** One page of Latin text: a PDF that reads well until something is done to it. */
    private static PDDocument textDocument() throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 700);
            content.showText("Total 1085.68");
            content.endText();
        }
        return doc;
    }
}
