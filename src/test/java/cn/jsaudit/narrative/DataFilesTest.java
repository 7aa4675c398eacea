package cn.jsaudit.narrative;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken lexicon or vocabulary is reported with its file and line, in Chinese. */
class DataFilesTest {

    private static Path rulesWith(Path dir, String file, String text) throws Exception {
        for (String f : new String[] {Lexicon.FILE, SubjectVocabulary.SUBJECTS, SubjectVocabulary.SUBJECT_TABLES}) {
            Path target = dir.resolve(f);
            Files.createDirectories(target.getParent());
            Files.copy(Path.of("rules").resolve(f), target);
        }
        Files.writeString(dir.resolve(file), text);
        return dir;
    }

    @Test
    void anInvalidPatternNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path rules = rulesWith(dir, Lexicon.FILE, "# 注释\nshare-pattern\t占(?<base>[\n");
        NarrativeException e = assertThrows(NarrativeException.class, () -> NarrativeFacts.create(rules));
        assertTrue(e.getMessage().contains("lexicon.tsv") && e.getMessage().contains("第 2 行")
                && e.getMessage().contains("正则表达式无效"), e.getMessage());
    }

    @Test
    void aVocabularyLineWithMissingColumnsNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path rules = rulesWith(dir, SubjectVocabulary.SUBJECTS, "基本支出\t-\t-\t-\t03\n");
        NarrativeException e = assertThrows(NarrativeException.class, () -> NarrativeFacts.create(rules));
        assertTrue(e.getMessage().contains("subjects.tsv") && e.getMessage().contains("第 1 行")
                && e.getMessage().contains("应有 7 列"), e.getMessage());
    }

    @Test
    void aMissingLexiconIsReported(@TempDir Path dir) {
        NarrativeException e = assertThrows(NarrativeException.class, () -> NarrativeFacts.create(dir));
        assertTrue(e.getMessage().contains("lexicon.tsv") && e.getMessage().contains("无法读取"), e.getMessage());
    }
}
