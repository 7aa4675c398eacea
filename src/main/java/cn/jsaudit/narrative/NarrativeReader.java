package cn.jsaudit.narrative;

import cn.jsaudit.ingest.InputLimits;
import cn.jsaudit.ingest.LimitExceeded;
import cn.jsaudit.ingest.PackageGuard;
import cn.jsaudit.ingest.SheetData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads the paragraphs of a narrative from .docx, .txt or a 情况说明 sheet, in document order, within the
 * {@link InputLimits}: the file's size, a .docx package checked whole before POI opens it, and the text's length
 * (a narrative beyond maxNarrativeCharacters is refused before its sentences are taken apart).
 */
final class NarrativeReader {

    private final LineJoiner joiner;

    NarrativeReader(LineJoiner joiner) {
        this.joiner = joiner;
    }

    List<String> read(Path file, InputLimits limits) throws NarrativeException {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file)) {
            throw new NarrativeException("找不到情况说明文件 " + name + "。");
        }
        List<String> paragraphs;
        if (lower.endsWith(".docx")) {
            paragraphs = readDocx(file, name, limits);
        } else if (lower.endsWith(".txt")) {
            paragraphs = readText(file, name, limits);
        } else {
            throw new NarrativeException("情况说明文件 " + name + " 的格式无法识别（应为 .docx 或 .txt）。");
        }
        checkLength(paragraphs.stream().mapToLong(String::length).sum(), name, limits);
        return paragraphs;
    }

    /** A narrative longer than maxNarrativeCharacters is refused before its sentences are taken apart. */
    static void checkLength(long characters, String name, InputLimits limits) throws NarrativeException {
        if (characters > limits.maxNarrativeCharacters()) {
            throw new NarrativeException("情况说明 " + name + " 有 " + characters + " 个字符，超过上限 maxNarrativeCharacters = "
                    + limits.maxNarrativeCharacters() + "（" + InputLimits.SOURCE + "），未审核其内容。");
        }
    }

    private List<String> readText(Path file, String name, InputLimits limits) throws NarrativeException {
        try {
            PackageGuard.checkFileSize(file, limits);
            return joiner.paragraphs(TextDecoder.decode(Files.readAllBytes(file), name));
        } catch (LimitExceeded e) {
            throw new NarrativeException("情况说明 " + e.getMessage(), e);
        } catch (IOException e) {
            throw new NarrativeException("无法读取情况说明文件 " + name + "（" + cn.jsaudit.ingest.IoMessages.reason(e) + "）。", e);
        }
    }

    private List<String> readDocx(Path file, String name, InputLimits limits) throws NarrativeException {
        try {
            PackageGuard.check(file, limits);
        } catch (LimitExceeded e) {
            throw new NarrativeException("情况说明 " + e.getMessage(), e);
        } catch (IOException e) {
            throw new NarrativeException("情况说明文件 " + name + " 已损坏或被截断，无法作为 Word（.docx）文档读取。", e);
        }
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> paragraphs = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    addIfText(paragraphs, p.getText());
                } else if (element instanceof XWPFTable t) {
                    addTable(paragraphs, t);
                }
            }
            return paragraphs;
        } catch (NotOfficeXmlFileException | EncryptedDocumentException e) {
            throw new NarrativeException("情况说明文件 " + name + " 不是有效的 Word（.docx）文档，或已加密。", e);
        } catch (IOException | RuntimeException e) {
            // POI reports truncated or corrupt packages with assorted runtime exceptions
            throw new NarrativeException("情况说明文件 " + name + " 已损坏，无法作为 Word（.docx）文档读取。", e);
        }
    }

    /** Each table cell's paragraphs, row by row, as paragraphs of their own. */
    private static void addTable(List<String> paragraphs, XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                for (XWPFParagraph p : cell.getParagraphs()) {
                    addIfText(paragraphs, p.getText());
                }
            }
        }
    }

    /** Column A of a 情况说明 sheet, one paragraph a row, with the 1-based row number. */
    static List<SheetParagraph> readSheet(SheetData sheet) {
        List<SheetParagraph> paragraphs = new ArrayList<>();
        for (int r = 0; r <= sheet.lastRow(); r++) {
            String text = sheet.printed(r, 0).strip();
            if (!text.isEmpty()) {
                paragraphs.add(new SheetParagraph(r + 1, text));
            }
        }
        return paragraphs;
    }

    record SheetParagraph(int row, String text) {
    }

    private static void addIfText(List<String> paragraphs, String text) {
        String t = text == null ? "" : text.strip();
        if (!t.isEmpty()) {
            paragraphs.add(t);
        }
    }
}
