package cn.jsaudit.narrative;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes a copy of a narrative (.docx or .txt) with some text replaced and paragraphs added, for the rule test
 * cases: a .docx stays a .docx (the changed paragraph becomes one plain run), a .txt is written in UTF-8.
 */
public final class NarrativeEditor {

    /** The first occurrence of {@code find} replaced by {@code replacement}; with {@code find} null, a new last paragraph. */
    public record Edit(String find, String replacement) {
    }

    private NarrativeEditor() {
    }

    /** Writes the edited copy into {@code dir} under the source's name; returns its path. */
    public static Path edit(Path source, List<Edit> edits, Path dir) throws NarrativeException {
        String name = source.getFileName().toString();
        Path target = dir.resolve(name);
        try {
            if (name.toLowerCase(Locale.ROOT).endsWith(".docx")) {
                editDocx(source, edits, target);
            } else {
                String text = TextDecoder.decode(Files.readAllBytes(source), name);
                for (Edit e : edits) {
                    text = e.find() == null ? text.stripTrailing() + "\n" + e.replacement() + "\n" : replaced(text, e, name);
                }
                Files.writeString(target, text, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new NarrativeException("无法写出修改后的情况说明 " + name + "：" + e.getMessage(), e);
        }
        return target;
    }

    private static void editDocx(Path source, List<Edit> edits, Path target) throws IOException, NarrativeException {
        String name = source.getFileName().toString();
        try (InputStream in = Files.newInputStream(source); XWPFDocument doc = new XWPFDocument(in)) {
            for (Edit e : edits) {
                if (e.find() == null) {
                    doc.createParagraph().createRun().setText(e.replacement());
                    continue;
                }
                XWPFParagraph p = paragraphs(doc).stream().filter(x -> x.getText().contains(e.find())).findFirst()
                        .orElseThrow(() -> missing(e, name));
                String text = p.getText().replaceFirst(java.util.regex.Pattern.quote(e.find()),
                        java.util.regex.Matcher.quoteReplacement(e.replacement()));
                while (!p.getRuns().isEmpty()) {
                    p.removeRun(0);
                }
                p.createRun().setText(text);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                doc.write(out);
            }
        }
    }

    private static List<XWPFParagraph> paragraphs(XWPFDocument doc) {
        List<XWPFParagraph> all = new ArrayList<>(doc.getParagraphs());
        for (XWPFTable t : doc.getTables()) {
            for (XWPFTableRow r : t.getRows()) {
                for (XWPFTableCell c : r.getTableCells()) {
                    all.addAll(c.getParagraphs());
                }
            }
        }
        return all;
    }

    private static String replaced(String text, Edit e, String name) throws NarrativeException {
        int at = text.indexOf(e.find());
        if (at < 0) {
            throw missing(e, name);
        }
        return text.substring(0, at) + e.replacement() + text.substring(at + e.find().length());
    }

    private static NarrativeException missing(Edit e, String name) {
        return new NarrativeException("情况说明 " + name + " 中找不到要替换的文字“" + e.find() + "”");
    }
}
