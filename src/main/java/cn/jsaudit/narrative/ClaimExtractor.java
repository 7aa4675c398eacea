package cn.jsaudit.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jsaudit.model.Claim;
import cn.jsaudit.model.ClaimKind;
import cn.jsaudit.model.Direction;
import cn.jsaudit.model.NarrativeSentence;
import cn.jsaudit.ruleapi.GuardedPattern;

/**
 * Turns a sentence into claims. Each figure (number with 万元/元/亿元, % or a count unit) becomes a
 * claim whose kind follows from the words right before it within its clause: a direction word makes
 * a change or growth, "占…" a share, "完成…预算的" an execution rate, a measure word ("全年预算为") a
 * budget figure. The words before it, cleaned of years, list markers and verbs, are its subject; a
 * figure with no subject of its own ("支出决算为 0 万元") takes the one before it. Reasons, cited
 * 科目 and unit names are found by pattern. All words come from the {@link Lexicon}.
 */
final class ClaimExtractor {

    private static final String HAN = "\\u4e00-\\u9fa5";
    private static final String NUMBER = "(?<![\\d.])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    /** how far into a sentence a year may stand and still be the sentence's year ("本部门2023年度…") */
    private static final int LEADING_YEAR_REACH = 12;
    private static final String CLAUSE_DELIMITERS = ",;:、。!?";
    private static final Pattern LEVELLED_NAME =
            Pattern.compile("((?:[" + HAN + "“”\"]+\\((?:类|款|项)\\))+)");
    private static final Pattern LEVEL_PART = Pattern.compile("([" + HAN + "“”\"]+)\\((类|款|项)\\)");
    private static final Pattern CODE_AND_NAME =
            Pattern.compile("(?<![\\d.])([23]\\d{2}|[23]\\d{4}|[23]\\d{6})(?![\\d.])([" + HAN + "()]{2,30})");
    private static final Pattern LIST_MARKER_STYLE = Pattern.compile("^(\\d+[.、]|\\(\\d+\\)|\\d+\\))");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** every levelled name contains one of these; sentences without skip {@link #LEVELLED_NAME}'s costly scan */
    private static final List<String> LEVEL_MARKS = List.of("(类)", "(款)", "(项)");
    private static final Pattern TRAILING_ETC = Pattern.compile("等$");
    private static final String SUBJECT_QUOTES = "“”\"‘’'";
    private static final String CHAIN_QUOTES = "“”\"";
    /** how many characters after a counter may say what is counted */
    private static final int COUNTED_MAX = 20;
    private static final String LIST_END = "。;:";

    private final TextNormalizer normalizer;
    private final Pattern figure;
    private final Map<String, BigDecimal> moneyUnits;
    private final List<String> countUnits;
    private final List<String> upWords;
    private final List<String> downWords;
    private final List<String> directionWords;
    private final List<GuardedPattern> priorPatterns;
    private final Map<String, String> measures;
    /** Measures said by a pattern where a word alone would be wrong (预算 ending 一般公共预算 is a fund, not a budget). */
    private final Map<GuardedPattern, String> measurePatterns = new LinkedHashMap<>();
    private final List<GuardedPattern> sharePatterns;
    private final List<GuardedPattern> executionPatterns;
    private final List<ReasonPattern> reasonPatterns;
    private final List<GuardedPattern> prefixPatterns;
    private final List<GuardedPattern> suffixPatterns;
    private final List<String> listMarkers;
    private final List<String> thresholdWords;
    private final List<String> approximateWords;
    private final List<String> listingMarkers;
    private final List<String> openListWords;
    private final List<GuardedPattern> tableNamePatterns;
    private final List<GuardedPattern> documentPatterns;
    private final List<String> documentLeads;
    private final UnitNameFinder unitNames;

    ClaimExtractor(Lexicon lexicon, TextNormalizer normalizer) {
        this.normalizer = normalizer;
        this.moneyUnits = lexicon.moneyUnits();
        this.countUnits = longestFirst(lexicon.words("count-unit"));
        List<String> units = new ArrayList<>(moneyUnits.keySet());
        units.add("%");
        units.addAll(countUnits);
        this.figure = Pattern.compile(NUMBER + "(" + alternation(longestFirst(units)) + ")");
        this.upWords = longestFirst(lexicon.words("up-word"));
        this.downWords = longestFirst(lexicon.words("down-word"));
        this.directionWords = longestFirst(concat(upWords, downWords));
        this.priorPatterns = lexicon.patterns("prior-pattern");
        this.measures = new LinkedHashMap<>();
        lexicon.pairs("measure").entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
                .forEach(e -> measures.put(e.getKey(), e.getValue()));
        lexicon.pairs("measure-pattern").forEach((regex, measure) -> measurePatterns.put(GuardedPattern.compile(regex), measure));
        this.sharePatterns = lexicon.patterns("share-pattern");
        this.executionPatterns = lexicon.patterns("execution-pattern");
        this.reasonPatterns = new ArrayList<>();
        Map<String, String> reasons = lexicon.pairs("reason-pattern");
        reasons.forEach((regex, target) -> reasonPatterns.add(ReasonPattern.of(regex, target)));
        this.prefixPatterns = lexicon.patterns("subject-prefix-pattern");
        this.suffixPatterns = lexicon.patterns("subject-suffix-pattern");
        this.listMarkers = lexicon.words("list-marker");
        this.thresholdWords = lexicon.words("threshold-word");
        this.approximateWords = lexicon.words("approximate-word");
        this.listingMarkers = longestFirst(lexicon.words("listing-marker"));
        this.openListWords = lexicon.words("open-list-word");
        this.tableNamePatterns = lexicon.patterns("table-name-pattern");
        this.documentPatterns = lexicon.patterns("document-number-pattern");
        this.documentLeads = lexicon.words("document-lead");
        this.unitNames = new UnitNameFinder(lexicon);
    }

    Context newContext() {
        return new Context();
    }

    /** The claims of one sentence; the context carries subjects, lists and the year across sentences. */
    List<Claim> extract(NarrativeSentence sentence, Context context) {
        String text = normalizer.rewrite(sentence.compactText());
        Builder out = new Builder(sentence, context);
        // the year in a project's name ("2022年干部职工体检费") is not the year of the figures stated about it
        Integer sentenceYear = leadingYear(sentence.scope().isEmpty() ? text : text.replace(sentence.scope(), ""));
        if (sentenceYear != null) {
            context.year = sentenceYear;
        }
        if (sentence.heading()) {
            context.resetLists();
            return out.claims;
        }
        context.startParagraphMarker(text, LIST_MARKER_STYLE);
        // a reason explains the figures before it: those stated inside the reason come after it
        Reason reason = firstReason(text);
        int reasonAt = reason == null ? text.length() : reason.at();
        extractFigures(text.substring(0, reasonAt), out, context);
        if (reason != null) {
            extractReason(reason.pattern(), out, context);
        }
        extractFigures(text.substring(reasonAt), out, context);
        extractListed(text, out, context);
        boolean hasFigures = !out.claims.isEmpty();
        String cited = extractCitedSubjects(text, out);
        if (!hasFigures && cited != null) {
            // a list item titled by a 科目 ("1.一般公共服务支出(类)…(项)。") is the topic of what follows
            context.lastAmountSubject = cited;
        }
        extractUnitNames(text, out);
        extractTableNames(text, out);
        extractDocuments(text, out);
        if (text.endsWith(":")) {
            context.carryListToNextParagraph();
        }
        return out.claims;
    }

    private void extractFigures(String text, Builder out, Context context) {
        Matcher m = figure.matcher(text);
        int previousEnd = 0;
        while (findNumber(m, text, previousEnd, false)) {
            String window = text.substring(previousEnd, m.start());
            previousEnd = m.end();
            if (containsAny(window, listMarkers) && context.lastAmountSubject != null) {
                context.innerParent = context.lastAmountSubject;
            }
            if (isThreshold(text, m.end())) {
                continue;
            }
            String clause = lastClause(window);
            String number = m.group(1);
            String unit = m.group(2);
            BigDecimal value = new BigDecimal(number.replace(",", ""));
            int scale = Math.max(0, value.scale());
            if (unit.equals("%")) {
                percentClaim(clause, value, scale, out, context);
            } else if (moneyUnits.containsKey(unit)) {
                BigDecimal inWan = value.multiply(moneyUnits.get(unit));
                // a figure printed in 元 keeps its printed precision, expressed in 万元
                int wanScale = Math.max(0, scale + moneyUnits.get(unit).stripTrailingZeros().scale());
                moneyClaim(clause, inWan.setScale(wanScale, java.math.RoundingMode.UNNECESSARY), wanScale, out,
                        context);
            } else {
                out.add(ClaimKind.COUNT, cleanSubject(clause), null, countedWords(text, m.end()), null, value, unit,
                        scale, null, context.year, false, null, List.of());
            }
        }
    }

    private void percentClaim(String clause, BigDecimal value, int scale, Builder out, Context context) {
        for (GuardedPattern p : sharePatterns) {
            Matcher m = p.matcherIfAny(clause);
            if (m != null && m.find()) {
                String base = m.group("base");
                String own = cleanSubject(clause.substring(0, m.start()));
                String subject = context.subjectOrLast(own);
                // the share's numerator is the figure it follows, when that figure has the same subject
                List<String> refs = context.lastAmount != null && context.lastAmount.subject().equals(subject)
                        ? List.of(context.lastAmount.id()) : List.of();
                out.add(ClaimKind.SHARE, subject, context.parent(), base, null, value, "%", scale, null,
                        context.year, false, null, refs);
                return;
            }
        }
        for (GuardedPattern p : executionPatterns) {
            Matcher m = p.matcherIfAny(clause);
            if (m != null && m.find()) {
                String base = m.group("base") == null ? "预算" : m.group("base");
                String own = cleanSubject(clause.substring(0, m.start()));
                List<String> refs = context.lastActual != null && context.lastBudget != null
                        ? List.of(context.lastActual.id(), context.lastBudget.id()) : List.of();
                out.add(ClaimKind.EXECUTION, context.subjectOrLast(own), null, base, null, value, "%", scale, null,
                        context.year, false, null, refs);
                return;
            }
        }
        Direction direction = endingDirection(clause);
        if (direction != null) {
            String own = cleanSubject(stripDirection(stripPrior(clause)));
            String subject = context.subjectOrLast(own);
            // growth = change / (current − change): refers to the change and to the current figure
            List<String> refs = new ArrayList<>();
            if (context.lastChange != null && context.lastChange.subject().equals(subject)) {
                refs.add(context.lastChange.id());
                if (context.lastActual != null && context.lastActual.subject().equals(subject)) {
                    refs.add(context.lastActual.id());
                }
            }
            out.add(ClaimKind.GROWTH, subject, null, null, null, value, "%", scale, direction, context.year, false,
                    null, refs);
            return;
        }
        out.add(ClaimKind.RATE, cleanSubject(clause), null, null, null, value, "%", scale, null, context.year,
                false, null, List.of());
    }

    private void moneyClaim(String clause, BigDecimal value, int scale, Builder out, Context context) {
        Direction direction = endingDirection(clause);
        if (direction != null) {
            String own = cleanSubject(stripDirection(stripPrior(clause)));
            context.lastChange = out.add(ClaimKind.CHANGE, context.subjectOrLast(own), context.parent(), null, null,
                    value, "万元", scale, direction, context.year, false, null, List.of());
            return;
        }
        boolean prior = mentionsPriorYear(clause, context.year);
        String subject = cleanSubject(stripPrior(clause));
        String measure = null;
        for (Map.Entry<String, String> e : measures.entrySet()) {
            if (subject.endsWith(e.getKey())) {
                measure = e.getValue();
                subject = cleanSubject(subject.substring(0, subject.length() - e.getKey().length()));
                break;
            }
        }
        for (Map.Entry<GuardedPattern, String> e : measurePatterns.entrySet()) {
            Matcher m = measure == null || measure.equals(e.getValue()) ? e.getKey().matcherIfAny(subject) : null;
            if (m != null && m.find()) {
                measure = e.getValue();
                subject = cleanSubject(subject.substring(0, m.start()) + subject.substring(m.end()));
            }
        }
        measure = measure == null ? "决算" : measure;
        String resolved = context.subjectOrLast(subject);
        Integer year = prior ? priorYear(clause, context.year) : context.year;
        Claim c = out.add(ClaimKind.AMOUNT, resolved, context.parent(), null, measure, value, "万元", scale, null,
                year, prior, null, List.of());
        context.lastAmountSubject = resolved;
        context.lastAmount = c;
        if (measure.equals("决算") || measure.equals("执行")) {
            context.lastActual = c;
        } else if (!measure.equals("执行")) {
            context.lastBudget = c;
        }
    }

    /** What a count counts: the words after its counter up to the clause's end ("一级项目的绩效自评结果"). */
    private static String countedWords(String text, int from) {
        int end = from;
        while (end < text.length() && end - from < COUNTED_MAX && CLAUSE_DELIMITERS.indexOf(text.charAt(end)) < 0
                && !Character.isDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end);
    }

    /**
     * The names listed after a listing marker without amounts of their own ("人员经费 333.34 万元，主要包括：基本工资、
     * 津贴补贴…"), each a LISTED claim whose parent is the figure before; base "等" marks a list that says it is not
     * complete.
     */
    private void extractListed(String text, Builder out, Context context) {
        for (String marker : listingMarkers) {
            int at = text.indexOf(marker);
            if (at < 0) {
                continue;
            }
            String rest = text.substring(at + marker.length()).replaceFirst("^:", "");
            int end = indexOfAny(rest, LIST_END);
            String list = end < 0 ? rest : rest.substring(0, end);
            if (list.isEmpty() || figure.matcher(list).find() || !list.contains("、")) {
                return;
            }
            String open = "";
            for (String w : openListWords) {
                if (list.endsWith(w)) {
                    list = list.substring(0, list.length() - w.length());
                    open = "等";
                    break;
                }
            }
            String parent = context.lastAmountSubject;
            for (String item : list.split("、")) {
                if (!item.isEmpty()) {
                    out.add(ClaimKind.LISTED, item, parent, open, null, null, null, 0, null, context.year, false, null,
                            List.of());
                }
            }
            return;
        }
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** A sentence's reason: the first reason pattern (in lexicon order) it matches, and where the first match starts. */
    private record Reason(ReasonPattern pattern, int at) {
    }

    /** The sentence's reason, or null when it gives none: each pattern is run once on the sentence. */
    private Reason firstReason(String text) {
        ReasonPattern first = null;
        int at = text.length();
        for (ReasonPattern r : reasonPatterns) {
            Matcher m = r.pattern().matcherIfAny(text);
            if (m != null && m.find()) {
                at = Math.min(at, m.start());
                if (first == null) {
                    first = r;
                }
            }
        }
        return first == null ? null : new Reason(first, at);
    }

    private void extractReason(ReasonPattern r, Builder out, Context context) {
        List<Claim> explained = new ArrayList<>();
        if (r.base().equals("上年") && context.lastChange != null) {
            explained.add(context.lastChange);
        } else if (r.base().equals("预算") && context.lastActual != null && context.lastBudget != null) {
            explained.add(context.lastActual);
            explained.add(context.lastBudget);
        } else if (r.base().isEmpty() && context.lastFigure != null) {
            explained.add(context.lastFigure);
        }
        String subject = explained.isEmpty() ? "" : explained.get(0).subject();
        out.add(ClaimKind.REASON, subject, null, r.base(), null, null, null, 0, r.direction(), context.year,
                false, null, explained.stream().map(Claim::id).toList());
    }

    /**
     * "一般公共服务支出(类)财政事务(款)行政运行(项)" and "2101550 事业运行"; returns the last levelled
     * name cited, or null.
     */
    private String extractCitedSubjects(String text, Builder out) {
        String lastChain = null;
        Matcher m = LEVELLED_NAME.matcher(text);
        boolean levelled = containsAny(text, LEVEL_MARKS);
        while (levelled && m.find()) {
            String chain = without(m.group(1), CHAIN_QUOTES);
            Matcher last = LEVEL_PART.matcher(chain);
            String level = null;
            while (last.find()) {
                level = last.group(2);
            }
            out.add(ClaimKind.SUBJECT_CODE, chain, null, level, null, null, null, 0, null, null, false, null,
                    List.of());
            lastChain = chain;
        }
        Matcher c = CODE_AND_NAME.matcher(text);
        int from = 0;
        while (findNumber(c, text, from, true)) {
            from = c.end();
            String name = TRAILING_ETC.matcher(c.group(2)).replaceAll("");
            if (startsWithUnitWord(name)) {
                continue;
            }
            out.add(ClaimKind.SUBJECT_CODE, name, null, null, null, null, null, 0, null, null, false, c.group(1),
                    List.of());
        }
        return lastChain;
    }

    private void extractUnitNames(String text, Builder out) {
        for (String name : unitNames.find(text)) {
            out.add(ClaimKind.UNIT_NAME, name, null, null, null, null, null, 0, null, null, false, null, List.of());
        }
    }

    /** A table of contents line: "表6一般公共预算财政拨款基本支出决算表否". */
    private void extractTableNames(String text, Builder out) {
        for (GuardedPattern p : tableNamePatterns) {
            Matcher m = p.matcherIfAny(text);
            if (m != null && m.find()) {
                out.add(ClaimKind.TABLE_NAME, m.group("name"), null, null, null, null, null, 0, null, null, false,
                        m.group("n"), List.of());
                return;
            }
        }
    }

    /** Document numbers, each with its issuer's prefix cut after the last lead word ("根据白政办发" → "白政办发"). */
    private void extractDocuments(String text, Builder out) {
        for (GuardedPattern p : documentPatterns) {
            Matcher m = p.matcherIfAny(text);
            while (m != null && m.find()) {
                String prefix = m.group("prefix");
                for (String lead : documentLeads) {
                    int at = prefix.lastIndexOf(lead);
                    if (at >= 0 && at + lead.length() < prefix.length()) {
                        prefix = prefix.substring(at + lead.length());
                    }
                }
                out.add(ClaimKind.DOCUMENT, prefix, null, null, null, null, null, 0, null, null, false,
                        m.group("year") + "-" + m.group("no"), List.of());
            }
        }
    }

    /**
     * As {@link Matcher#find(int)} from {@code from} for {@link #NUMBER}'s patterns, whose matches start at a digit
     * (for a 科目 code, 2 or 3) that neither a digit nor a point precedes: the pattern is tried at those places alone
     * instead of at every character of the sentence.
     */
    private static boolean findNumber(Matcher m, String text, int from, boolean codeOnly) {
        m.useTransparentBounds(true); // the look-behind sees the character before the place tried
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean start = codeOnly ? c == '2' || c == '3' : isDigit(c);
            if (start && (i == 0 || !isDigitOrPoint(text.charAt(i - 1)))) {
                m.region(i, text.length());
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isDigitOrPoint(char c) {
        return isDigit(c) || c == '.';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private boolean startsWithUnitWord(String name) {
        return name.startsWith("年") || name.startsWith("月") || name.startsWith("日")
                || startsWithAny(name, moneyUnits.keySet(), 0) || startsWithAny(name, countUnits, 0)
                || startsWithAny(name, approximateWords, 0);
    }

    private boolean isThreshold(String text, int figureEnd) {
        return startsWithAny(text, thresholdWords, figureEnd);
    }

    private static boolean startsWithAny(String text, Iterable<String> words, int at) {
        for (String w : words) {
            if (text.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The text without the given characters. */
    private static String without(String text, String chars) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (chars.indexOf(c) >= 0) {
                if (b == null) {
                    b = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? text : b.toString();
    }

    /** What follows the window's last clause delimiter. */
    private static String lastClause(String window) {
        for (int i = window.length() - 1; i >= 0; i--) {
            if (CLAUSE_DELIMITERS.indexOf(window.charAt(i)) >= 0) {
                return window.substring(i + 1);
            }
        }
        return window;
    }

    private Direction endingDirection(String clause) {
        String c = clause.endsWith("了") ? clause.substring(0, clause.length() - 1) : clause;
        for (String w : upWords) {
            if (c.endsWith(w)) {
                return Direction.UP;
            }
        }
        for (String w : downWords) {
            if (c.endsWith(w)) {
                return Direction.DOWN;
            }
        }
        return null;
    }

    private String stripDirection(String clause) {
        String c = clause.endsWith("了") ? clause.substring(0, clause.length() - 1) : clause;
        for (String w : directionWords) {
            if (c.endsWith(w)) {
                return c.substring(0, c.length() - w.length());
            }
        }
        return c;
    }

    private String stripPrior(String clause) {
        String c = clause;
        for (GuardedPattern p : priorPatterns) {
            c = p.replaceAll(c, "");
        }
        return c;
    }

    private boolean mentionsPriorYear(String clause, Integer currentYear) {
        if (clause.contains("上年")) {
            return true;
        }
        Integer y = sentenceYear(clause);
        return y != null && currentYear != null && y < currentYear;
    }

    private static Integer priorYear(String clause, Integer currentYear) {
        Integer y = sentenceYear(clause);
        if (y != null) {
            return y;
        }
        return currentYear == null ? null : currentYear - 1;
    }

    /** Cleans a subject phrase: quotes and prior-year phrases removed, prefixes and suffixes stripped. */
    private String cleanSubject(String phrase) {
        if (phrase.isEmpty()) {
            return phrase; // removing matches from nothing leaves nothing; a third of the calls
        }
        String s = without(phrase, SUBJECT_QUOTES);
        String before;
        do {
            before = s;
            for (GuardedPattern p : prefixPatterns) {
                s = p.replaceFirst(s, "");
            }
            for (GuardedPattern p : suffixPatterns) {
                s = p.replaceFirst(s, "");
            }
        } while (!s.equals(before));
        return s;
    }

    private static Integer sentenceYear(String text) {
        int at = yearAt(text);
        return at < 0 ? null : Integer.valueOf(text.substring(at, at + 4));
    }

    /** Where the first four digits followed by 年 start, or -1: looked for from each 年, not at every character. */
    private static int yearAt(String text) {
        for (int j = text.indexOf('年', 4); j >= 0; j = text.indexOf('年', j + 1)) {
            if (isDigit(text.charAt(j - 4)) && isDigit(text.charAt(j - 3)) && isDigit(text.charAt(j - 2))
                    && isDigit(text.charAt(j - 1))) {
                return j - 4;
            }
        }
        return -1;
    }

    /** The year a sentence is about: one stated near its start ("2023 年度…", "截至 2023 年…"), or null. */
    private Integer leadingYear(String text) {
        if (text.indexOf('年') < 0) {
            return null; // stripping prior-year phrases only removes text: no 年, no year (and no regexes run)
        }
        String stripped = stripPrior(text);
        int at = yearAt(stripped);
        return at >= 0 && at <= LEADING_YEAR_REACH ? Integer.valueOf(stripped.substring(at, at + 4)) : null;
    }

    private static List<String> longestFirst(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static String alternation(List<String> words) {
        return String.join("|", words.stream().map(Pattern::quote).toList());
    }

    /** A reason phrase with what it compares with ("预算", "上年" or "") and the direction it explains. */
    private record ReasonPattern(GuardedPattern pattern, String base, Direction direction) {

        static ReasonPattern of(String regex, String target) {
            String[] parts = target.split(":", -1);
            return new ReasonPattern(GuardedPattern.compile(regex), parts[0], Direction.valueOf(parts[1]));
        }
    }

    /**
     * What carries from one sentence to the next: the year, the last subject (for figures without
     * their own), the list parent ("其中：", "主要包括："), and the last figures a reason may explain.
     */
    static final class Context {
        private Integer year;
        private String lastAmountSubject;
        private Claim lastAmount;
        private Claim lastChange;
        private Claim lastActual;
        private Claim lastBudget;
        private Claim lastFigure;
        private String innerParent;
        private String outerParent;
        private String outerParentMarker;
        private boolean carryList;
        private String paragraphMarker = "";

        void startParagraph() {
            if (carryList) {
                outerParent = innerParent != null ? innerParent : lastAmountSubject;
                outerParentMarker = paragraphMarker;
            }
            carryList = false;
            innerParent = null;
            lastAmount = null;
            lastChange = null;
            lastActual = null;
            lastBudget = null;
            lastFigure = null;
            paragraphMarker = null;
        }

        /** A paragraph numbered like the one that opened the current list is its sibling, not a part. */
        void startParagraphMarker(String text, Pattern markerStyle) {
            if (paragraphMarker != null) {
                return;
            }
            Matcher m = markerStyle.matcher(text);
            paragraphMarker = m.find() ? DIGITS.matcher(m.group(1)).replaceAll("N") : "";
            if (outerParent != null && !paragraphMarker.isEmpty() && paragraphMarker.equals(outerParentMarker)) {
                outerParent = null;
            }
        }

        void carryListToNextParagraph() {
            carryList = true;
        }

        void resetLists() {
            innerParent = null;
            outerParent = null;
            carryList = false;
            lastAmountSubject = null;
        }

        String parent() {
            return innerParent != null ? innerParent : outerParent;
        }

        String subjectOrLast(String own) {
            return own == null || own.isEmpty() ? (lastAmountSubject == null ? "" : lastAmountSubject) : own;
        }
    }

    /** Collects a sentence's claims and numbers them. */
    private static final class Builder {
        private final NarrativeSentence sentence;
        private final Context context;
        private final List<Claim> claims = new ArrayList<>();

        Builder(NarrativeSentence sentence, Context context) {
            this.sentence = sentence;
            this.context = context;
        }

        Claim add(ClaimKind kind, String subject, String parent, String base, String measure, BigDecimal value,
                  String unit, int scale, Direction direction, Integer year, boolean prior, String code,
                  List<String> refs) {
            String id = "段落" + sentence.paragraph() + "-" + sentence.index() + "-" + (claims.size() + 1);
            Claim c = new Claim(id, kind, subject, parent, base, measure, value, unit, scale, direction, year, prior,
                    code, refs, sentence.text(), sentence.section(), sentence.scope(), sentence.location());
            claims.add(c);
            if (value != null) {
                context.lastFigure = c;
            }
            return c;
        }
    }
}
