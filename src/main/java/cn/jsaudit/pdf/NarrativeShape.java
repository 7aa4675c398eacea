package cn.jsaudit.pdf;

import cn.jsaudit.model.NarrativeSentence;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether the running text of a PDF is a 情况说明. A .docx/.txt beside a workbook is one because the unit gave it as
 * one, and a workbook's sheet because its name or title says so (NarrativeSheet); a PDF's text outside its tables
 * is whatever the unit printed there: a cover and a 目录, table titles, notes — or a 情况说明. It is read as one only
 * when it has the narrative's shape: chapters — two or more headings the narrative reader recognises (一、… （一）…
 * 第三部分…) with prose under them, a sentence closed by 。！？ before the next heading. A cover, a 目录 and the words
 * around tables never have that; without it the PDF has no 情况说明 (N- checks not run, the report says
 * 未提供：情况说明, as for a workbook without one).
 */
public final class NarrativeShape {

    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]$");

    private NarrativeShape() {
    }

    /**
     * True when at least two headings have a closed sentence under them: a 情况说明 has chapters, while a stray line
     * of a table's wrapped text left outside it is one sentence under the cover's one heading.
     */
    public static boolean isNarrative(List<NarrativeSentence> sentences) {
        int chapters = 0;
        boolean counted = true;
        for (NarrativeSentence s : sentences) {
            if (s.heading()) {
                counted = false;
            } else if (!counted && SENTENCE_END.matcher(s.text().strip()).find()) {
                counted = true;
                chapters++;
            }
        }
        return chapters >= 2;
    }
}
