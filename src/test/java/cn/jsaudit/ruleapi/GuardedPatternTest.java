package cn.jsaudit.ruleapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class GuardedPatternTest {

    @Test
    void aTextWithoutTheRequiredWordIsPassedOver() {
        GuardedPattern p = GuardedPattern.compile("(?<prefix>[\\u4e00-\\u9fa5]{2,8})〔(?<year>\\d{4})〕(?<no>\\d{1,5})号");
        // the first of the three one-character words, 〔, guards it
        assertFalse(p.mayMatch("根据白政办发2023年12号文件"));
        assertNull(p.matcherIfAny("根据白政办发2023年12号文件"));
        assertTrue(p.find("根据白政办发〔2023〕12号文件"));
        assertEquals("文件", p.replaceFirst("白政办发〔2023〕12号文件", ""));
        assertEquals("同比", GuardedPattern.compile("比\\d{4}年").replaceAll("同比", ""));
    }

    @Test
    void aPatternWithoutWordsIsAlwaysTried() {
        GuardedPattern p = GuardedPattern.compile("([，、：,:])\\1");
        assertTrue(p.mayMatch("anything"));
        assertEquals("支出", p.replaceFirst("支出，，", ""));
    }

    @Test
    void anchorsCountOnlyWhereEveryMatchHonoursThem() {
        assertTrue(GuardedPattern.anchoredAtStart("^(其中|主要包括|具体)[:，,]?"));
        assertTrue(GuardedPattern.anchoredAtStart("^[^(]*\\)"));
        assertFalse(GuardedPattern.anchoredAtStart("^a|b"));
        assertFalse(GuardedPattern.anchoredAtStart("^a(?m)b"));
        assertEquals("c", GuardedPattern.compile("^a|b").replaceFirst("cb", ""));
        assertEquals(List.of("已经", "已"), GuardedPattern.endings("(已经|已)$"));
        assertEquals(List.of("为", "是"), GuardedPattern.endings("(分别|合计)?(?:为|是)$"));
        assertEquals(List.of("的"), GuardedPattern.endings("的$"));
        assertEquals(List.of("≥", "≤", "<", ">", "="), GuardedPattern.endings("[≥≤<>=]+$"));
        assertFalse(GuardedPattern.compile("[≥≤<>=]+$").mayMatch("anything"));
        assertEquals("支出", GuardedPattern.compile("[≥≤<>=]+$").replaceFirst("支出>=", ""));
        assertNull(GuardedPattern.endings("[≥≤]*$"));
        assertNull(GuardedPattern.endings("[a&&b]$"));
        assertNull(GuardedPattern.endings("[^≥≤]$"));
        assertNull(GuardedPattern.endings("[0-9]$"));
        assertNull(GuardedPattern.endings("a|的$"));
        assertNull(GuardedPattern.endings("\\u7684$"));
        assertNull(GuardedPattern.endings("(a|b)?$"));
        assertNull(GuardedPattern.endings("(?<w>a|b)$"));
        // $ also matches before a line break that ends the text
        assertTrue(GuardedPattern.compile("的$").find("目的\n"));
        assertFalse(GuardedPattern.compile("的$").mayMatch("的确"));
    }

    /**
     * The guard never turns away a text the pattern matches: every pattern of the lexicon, on every sentence of the
     * examples' narratives and on random texts made of the pattern's own characters.
     */
    @Test
    void theGuardNeverHidesAMatch() throws IOException {
        List<String> regexes = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("rules/narrative/lexicon.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (!line.startsWith("#") && f.length > 1 && (f[0].endsWith("-pattern") || f[0].equals("required-section"))) {
                regexes.add(f[1]);
            }
        }
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("examples"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".txt")).toList()) {
                for (String line : new String(Files.readAllBytes(f), StandardCharsets.UTF_8).split("\n")) {
                    texts.addAll(List.of(Text.compact(line).split("(?<=[。；])")));
                }
            }
        }
        Random random = new Random(14);
        int matched = 0;
        for (String regex : regexes) {
            GuardedPattern p = GuardedPattern.compile(regex);
            List<String> tried = new ArrayList<>(texts);
            for (int i = 0; i < 300; i++) {
                tried.add(shuffle(regex + "2023年12月31日(一)、", random));
            }
            for (String t : tried) {
                boolean finds = p.pattern().matcher(t).find();
                assertEquals(finds, p.find(t), regex + " on " + t);
                assertEquals(p.pattern().matcher(t).replaceFirst(""), p.replaceFirst(t, ""), regex + " on " + t);
                matched += finds ? 1 : 0;
            }
        }
        assertTrue(matched > 100, "the texts exercise the patterns: " + matched);
    }

    private static String shuffle(String chars, Random random) {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(20);
        for (int i = 0; i < n; i++) {
            b.append(chars.charAt(random.nextInt(chars.length())));
        }
        return b.toString();
    }
}
