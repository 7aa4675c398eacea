package cn.jsaudit.ruleapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import cn.jsaudit.ingest.SheetData;
import cn.jsaudit.ingest.Workbooks;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void compactFoldsFullWidthFormsAndDropsSpaces() {
        assertEquals("1,085.68", Text.compact("１，０８５．６８"));
        assertEquals("项目", Text.compact(" 项 \n目 "));
        assertEquals("收入(万元)", Text.compact("收入（万元）"));
        assertEquals("收入", Text.compact("收\u3000入"));
        assertEquals("110.26", Text.compact("110.26 "));
    }

    @Test
    void compactEqualsNfkcWithoutSpaceOnRealText() throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("examples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xlsx")).toList()) {
                for (SheetData sheet : Workbooks.read(f).sheets()) {
                    for (int r = 0; r <= sheet.lastRow(); r++) {
                        for (int c = 0; c < sheet.width(r); c++) {
                            texts.add(sheet.printed(r, c));
                        }
                    }
                }
            }
        }
        texts.addAll(Files.readAllLines(Path.of("examples/build/沅江市医疗保障局-2023-报告.txt")));
        StringBuilder every = new StringBuilder(Text.PLAIN_PUNCTUATION);
        for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
            every.append(c);
        }
        texts.add(every.toString());
        texts.add("合\u3000计 e\u0301 ①… ＡＢ\uFF61");
        assertTrue(texts.size() > 1000, "corpus of " + texts.size());
        for (String t : texts) {
            String reference = Normalizer.normalize(t, Normalizer.Form.NFKC).replaceAll("[\\s\\p{Zs}]", "");
            assertEquals(reference, Text.compact(t), t);
        }
    }

    @Test
    void theQuickFoldingOfACharacterIsItsNfkc() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            char folded = Text.plainFold(c);
            if (folded != Text.NOT_PLAIN) {
                assertEquals(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC), String.valueOf(folded),
                        "U+" + Integer.toHexString(c));
            }
        }
    }

    @Test
    void compactIsNfkcWithoutSpaces() {
        String alphabet = "收入支出合计万元一二三、。，：；（）“”‘’《》【】—１２３ａＡ％ \u3000\t\n12.5%abcé\u0301ｶﾞ…①㍿";
        Random random = new Random(1);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(nfkcWithoutSpaces(s.toString()), Text.compact(s.toString()), s.toString());
        }
    }

    /** What compact means, done the slow way. */
    private static String nfkcWithoutSpaces(String s) {
        StringBuilder b = new StringBuilder();
        Normalizer.normalize(s, Normalizer.Form.NFKC).chars()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(c -> b.append((char) c));
        return b.toString();
    }

    @Test
    void titleKeyIgnoresQuotes() {
        assertEquals("财政拨款三公经费支出决算表", Text.titleKey("财政拨款“三公”经费支出决算表"));
        assertEquals("财政拨款三公经费支出决算表", Text.titleKey("财政拨款\"三公\" 经费支出决算表"));
    }

    @Test
    void anOrdinalNeedsItsDelimiter() {
        assertEquals("卫生健康支出", Text.withoutOrdinal("九、卫生健康支出"));
        assertEquals("一般公共预算财政拨款收入", Text.withoutOrdinal("一、一般公共预算财政拨款收入"));
        assertEquals("一般公共预算财政拨款收入", Text.withoutOrdinal("一般公共预算财政拨款收入"), "一般 starts with 一, no ordinal");
        assertEquals("收入决算情况", Text.withoutOrdinal("（二）收入决算情况"));
        assertEquals("基本支出", Text.withoutOrdinal("3.基本支出"));
        assertEquals("十分", Text.withoutOrdinal("十分"));
    }
}
