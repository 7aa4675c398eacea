package cn.jsaudit.narrative;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jsaudit.ruleapi.GuardedPattern;

/**
 * What a paragraph is about beyond its own subjects: the submitting unit as a whole (scope ""), or one project
 * or sub-unit. A numbered paragraph opening with a project's name ("2.2022年干部职工体检费项目绩效综述：…") is
 * about that project until the next heading or numbered paragraph; a report's title ("2020年中央医疗救助补助资金
 * / 项目支出绩效自评报告") makes everything up to the next part heading or title about it. A name with a
 * whole-unit word ("…整体支出绩效自评报告") is the unit itself. The patterns are the lexicon's
 * scope-item-pattern and scope-report-pattern, each with a group "name".
 */
final class Scopes {

    private static final Pattern NUMBERED = Pattern.compile("^(\\d+[.、]|\\(\\d+\\))");
    private static final Pattern FIGURE = Pattern.compile("\\d+(\\.\\d+)?(万元|元|%)");
    private static final String SENTENCE_MARKS = "。；;:!?！？";

    private final List<GuardedPattern> items;
    private final List<GuardedPattern> reports;
    private final List<String> wholeWords;
    private final int titleMaxLength;

    private Scopes(List<GuardedPattern> items, List<GuardedPattern> reports, List<String> wholeWords, int titleMaxLength) {
        this.items = items;
        this.reports = reports;
        this.wholeWords = wholeWords;
        this.titleMaxLength = titleMaxLength;
    }

    static Scopes of(Lexicon lexicon) throws NarrativeException {
        List<GuardedPattern> items = lexicon.patterns("scope-item-pattern");
        List<GuardedPattern> reports = lexicon.patterns("scope-report-pattern");
        for (GuardedPattern p : concat(items, reports)) {
            if (!p.toString().contains("(?<name>")) {
                throw new NarrativeException(Lexicon.FILE + "：范围模式“" + p + "”缺少命名组 (?<name>…)");
            }
        }
        return new Scopes(items, reports, lexicon.words("scope-whole-word"), lexicon.number("scope-title-max-length", 60));
    }

    Tracker tracker() {
        return new Tracker();
    }

    /** Follows the scope through one document, paragraph by paragraph. */
    final class Tracker {
        private String report = "";
        private String item = "";
        private String previous = "";

        /**
         * The scope of a paragraph, given in document order in its normalised form, with its heading level
         * (0 for a paragraph that is not a heading).
         */
        String next(String paragraph, int headingLevel) {
            String before = previous;
            previous = paragraph;
            if (headingLevel > 0) {
                item = "";
                if (headingLevel == 1) {
                    report = "";
                }
                return current();
            }
            String titled = reportName(paragraph, before);
            if (titled != null) {
                report = titled;
                item = "";
                return current();
            }
            String opened = match(items, paragraph);
            if (opened != null) {
                item = whole(opened) ? "" : opened;
            } else if (NUMBERED.matcher(paragraph).find()) {
                item = "";
            }
            return current();
        }

        private String current() {
            return item.isEmpty() ? report : item;
        }

        /** The scope a report title opens ("" for the whole unit), or null when the paragraph is no title. */
        private String reportName(String paragraph, String before) {
            if (paragraph.length() > titleMaxLength) {
                return null;
            }
            String name = match(reports, paragraph);
            if (name == null) {
                return null;
            }
            if (name.isEmpty() && isTitleLine(before)) {
                name = before;
            }
            return whole(name) ? "" : name;
        }

        private boolean isTitleLine(String text) {
            if (text.isEmpty() || text.length() > titleMaxLength || FIGURE.matcher(text).find()) {
                return false;
            }
            for (int i = 0; i < text.length(); i++) {
                if (SENTENCE_MARKS.indexOf(text.charAt(i)) >= 0) {
                    return false;
                }
            }
            return true;
        }
    }

    private boolean whole(String name) {
        return wholeWords.stream().anyMatch(name::contains);
    }

    private static String match(List<GuardedPattern> patterns, String text) {
        for (GuardedPattern p : patterns) {
            Matcher m = p.matcherIfAny(text);
            if (m != null && m.find()) {
                return m.group("name");
            }
        }
        return null;
    }

    private static List<GuardedPattern> concat(List<GuardedPattern> a, List<GuardedPattern> b) {
        List<GuardedPattern> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
