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

import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads the paragraphs of a narrative from .docx, .doc (and .wps in that format), .txt or a 情况说明 sheet, in document order, within the
 * {@link InputLimits}: the file's size, a .docx package checked whole before POI opens it, and the text's length
 * (a narrative beyond maxNarrativeCharacters is refused before its sentences are taken apart).
 */
final class NarrativeReader {

    /** The Word formats read by content: .docx, .doc, and WPS's .wps (written in the .doc format). */
    private static final Pattern WORD = Pattern.compile("\\.(docx|doc|wps)$");
    /** Control characters Word keeps in paragraph text: cell ends (7), line and page breaks, field marks. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0b-\\x1f]");

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
        if (lower.endsWith(".txt")) {
            paragraphs = readText(file, name, limits);
        } else if (WORD.matcher(lower).find()) {
            // by content, not by name: a .docx saved as .doc (or the reverse) is common, and a .wps is often a .doc
            paragraphs = isOle2(file, name) ? readDoc(file, name, limits) : readDocx(file, name, limits);
        } else {
            throw new NarrativeException("情况说明文件 " + name + " 的格式无法识别（应为 .docx、.doc 或 .txt）。");
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
            throw unreadable(name, e);
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

    /** A narrative file the system would not let us read (missing rights, a folder, a device error). */
    private static NarrativeException unreadable(String name, IOException e) {
        return new NarrativeException("无法读取情况说明文件 " + name + "（" + cn.jsaudit.ingest.IoMessages.reason(e) + "）。", e);
    }

    private static boolean isOle2(Path file, String name) throws NarrativeException {
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            return FileMagic.valueOf(in) == FileMagic.OLE2;
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /** A Word 97–2003 document (or a WPS document in that format): its paragraphs and table cells, in order. */
    private static List<String> readDoc(Path file, String name, InputLimits limits) throws NarrativeException {
        try {
            PackageGuard.checkFileSize(file, limits);
        } catch (LimitExceeded e) {
            throw new NarrativeException("情况说明 " + e.getMessage(), e);
        } catch (IOException e) {
            throw unreadable(name, e);
        }
        try (InputStream in = Files.newInputStream(file); HWPFDocument doc = new HWPFDocument(in);
             WordExtractor words = new WordExtractor(doc)) {
            List<String> paragraphs = new ArrayList<>();
            for (String p : words.getParagraphText()) {
                // field codes (page numbers, TOC links) and Word's cell, line and page marks are not text
                addIfText(paragraphs, CONTROL.matcher(WordExtractor.stripFields(p)).replaceAll(""));
            }
            return paragraphs;
        } catch (EncryptedDocumentException e) {
            throw new NarrativeException("情况说明文件 " + name + " 已加密（设有打开密码），请提供未加密的文档。", e);
        } catch (IOException | RuntimeException e) {
            // HWPF reports damaged documents and formats it does not know (an old WPS file) with assorted exceptions
            throw new NarrativeException("情况说明文件 " + name + " 无法作为 Word 97–2003（.doc）文档读取（已损坏，或是其他格式）；"
                    + "请另存为 .docx 后重新报送。", e);
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
