package cn.jsaudit.narrative;

import java.util.List;
import java.util.regex.Pattern;

import cn.jsaudit.ruleapi.GuardedPattern;

/**
 * Recognises section headings ("第三部分 …", "一、…", "（一）…") by the lexicon's heading patterns.
 * A numbered line is a heading only when it is short, states no figure, is not a definition
 * ("（一）一般公共预算财政拨款收入：指…" is content) and is not a line of a 目录 (toc-line-pattern).
 */
final class HeadingDetector {

    private static final Pattern FIGURE = Pattern.compile("\\d+(\\.\\d+)?(万元|元|%)");

    private final TextNormalizer normalizer;
    private final List<List<GuardedPattern>> levels;
    private final List<GuardedPattern> tocLines;
    private final int maxLength;

    HeadingDetector(Lexicon lexicon, TextNormalizer normalizer) {
        this.normalizer = normalizer;
        this.levels = List.of(lexicon.patterns("heading-1-pattern"), lexicon.patterns("heading-2-pattern"),
                lexicon.patterns("heading-3-pattern"));
        this.maxLength = lexicon.number("heading-max-length", 40);
        this.tocLines = lexicon.patterns("toc-line-pattern");
    }

    boolean isHeading(String line) {
        return level(line) > 0;
    }

    /** 1 (part), 2 (chapter), 3 (sub-chapter), or 0 when the line is not a heading. */
    int level(String line) {
        return levelOfNormalized(normalizer.normalize(line));
    }

    /** As {@link #level}, for a line already in its {@link TextNormalizer} form. */
    int levelOfNormalized(String s) {
        if (s.length() > maxLength || FIGURE.matcher(s).find() || isDefinition(s) || isTocLine(s)) {
            return 0;
        }
        for (int i = 0; i < levels.size(); i++) {
            for (GuardedPattern p : levels.get(i)) {
                if (p.find(s)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    private boolean isTocLine(String s) {
        for (GuardedPattern p : tocLines) {
            if (p.find(s)) {
                return true;
            }
        }
        return false;
    }

    /** "…：指…" or any colon followed by more text. */
    private static boolean isDefinition(String s) {
        int colon = s.indexOf(':');
        return colon >= 0 && colon < s.length() - 1;
    }
}
