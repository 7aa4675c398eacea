package cn.jsaudit.performance;

import cn.jsaudit.ruleapi.Text;
import cn.jsaudit.model.FormNumber;
import cn.jsaudit.model.FormText;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.StatedAmount;
import cn.jsaudit.model.StatedProduct;
import cn.jsaudit.model.StatedSum;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the arithmetic a form's texts state, one sentence at a time: sums of parts, counts times prices, amounts
 * paid. The words are those of forms.yaml {@code statements}; what is wrong with them is for the rules to say.
 */
final class StatementReader {

    private static final String NUMBER = "(?<![\\d.])(\\d+(?:\\.\\d+)?)";
    private static final Amounts WAN = Amounts.of("万元");
    private static final Amounts YUAN = Amounts.of("元");
    private static final Pattern SENTENCE_END = Pattern.compile("[。;!?！？]");
    private static final String CLAUSE_BREAKS = ",;:。";

    private final FormSheet form;
    private final FormLabels.Statements words;
    private final Patterns patterns;
    /** Sentences already read: the same sentence under 预期目标 and 实际完成情况 states its arithmetic once. */
    private final Set<String> seen = new HashSet<>();
    private final Set<String> sums = new HashSet<>();

    StatementReader(FormSheet form, Patterns patterns) {
        this.form = form;
        this.words = form.labels.statements();
        this.patterns = patterns;
    }

    /** The statement words of forms.yaml as patterns, compiled once per rules folder rather than once per form. */
    record Patterns(Pattern total, Pattern among, List<Pattern> counts) {

        static Patterns of(FormLabels.Statements words) {
            return new Patterns(
                    Pattern.compile("(?<![公总])(?:" + alternatives(words.totalWords()) + ")[^\\d,;。]{0,12}?" + NUMBER + "万元"),
                    Pattern.compile(NUMBER + "万元[,]?(?:" + alternatives(words.among()) + ")[:]?"),
                    List.of(Pattern.compile(NUMBER + "(万)?(?:" + alternatives(words.countUnits()) + ")(?!均)"),
                            Pattern.compile(NUMBER + "(万)?[^\\d,;。:]{0,4}?(?:" + alternatives(words.countNouns()) + ")")));
        }
    }

    private static String alternatives(List<String> words) {
        return String.join("|", words.stream().map(Text::compact).map(Pattern::quote).toList());
    }

    void read(List<FormText> texts) {
        for (FormText t : texts) {
            for (String line : t.text().split("\\R")) {
                for (String sentence : SENTENCE_END.split(Text.compact(line))) {
                    if (!sentence.isEmpty()) {
                        read(t, sentence);
                    }
                }
            }
        }
    }

    private void read(FormText t, String s) {
        boolean first = seen.add(s);
        if (!hasDigit(s)) {
            return; // every amount, count and price is written in digits
        }
        int decimals = maxDecimals(s);
        if (first && (sumByTotal(t, s, decimals) | sumByAmong(t, s, decimals))) {
            sums.add(s);
        }
        if (first) {
            product(t, s, decimals);
        }
        amounts(t, s, decimals, sums.contains(s));
    }

    /** "A 10万元，B 20万元，……共 60万元": the amounts before the total are its parts. */
    private boolean sumByTotal(FormText t, String s, int decimals) {
        Matcher m = patterns.total().matcher(s);
        if (!m.find()) {
            return false;
        }
        List<MatchResult> parts = WAN.in(s, 0, m.start());
        return addSum(t, s, number(m, decimals, "万元", t.location()), parts, decimals, false);
    }

    /** "X 万元，其中 A 万元，B 万元": the amounts after 其中 are the parts of X. */
    private boolean sumByAmong(FormText t, String s, int decimals) {
        Matcher m = patterns.among().matcher(s);
        if (!m.find()) {
            return false;
        }
        String rest = s.substring(m.end());
        if (words.partial().stream().map(Text::compact).anyMatch(rest::contains)) {
            return false; // "其中主要包括…": a selection, not the whole
        }
        List<MatchResult> parts = WAN.in(s, m.end(), s.length());
        return addSum(t, s, number(m, decimals, "万元", t.location()), parts, decimals, true);
    }

    private boolean addSum(FormText t, String s, FormNumber total, List<MatchResult> parts, int decimals, boolean listed) {
        if (parts.size() < 2) {
            return false;
        }
        List<FormNumber> values = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (MatchResult p : parts) {
            String label = labelBefore(s, p.start());
            if (words.notParts().stream().map(Text::compact).anyMatch(label::contains)) {
                return false; // a budget and an outturn side by side, not a breakdown
            }
            values.add(number(p, decimals, "万元", t.location()));
            labels.add(label);
        }
        form.facts.add(new StatedSum(form.formId, t.role(), s, total, values, labels, listed, t.location()));
        return true;
    }

    /** "对 3334 名……按人均 300 元……共 75.1 万元": one count, one price per head and the total after them. */
    private void product(FormText t, String s, int decimals) {
        List<MatchResult> prices = YUAN.in(s, 0, s.length()).stream().filter(m -> isPrice(s, m)).toList();
        if (prices.size() != 1) {
            return;
        }
        TreeMap<Integer, MatchResult> counts = new TreeMap<>();
        for (Pattern p : patterns.counts()) {
            matches(p, s, 0, s.length()).forEach(m -> counts.putIfAbsent(m.start(), m));
        }
        if (counts.size() != 1) {
            return;
        }
        MatchResult price = prices.get(0);
        List<MatchResult> totals = WAN.in(s, price.end(), s.length());
        if (totals.isEmpty()) {
            return;
        }
        MatchResult count = counts.firstEntry().getValue();
        BigDecimal n = new BigDecimal(count.group(1));
        boolean wan = count.group(2) != null;
        int countDecimals = Math.max(n.scale(), 0);
        BigDecimal countHalf = countDecimals == 0 && !wan ? BigDecimal.ZERO : FormNumber.halfStepOf(countDecimals);
        if (wan) {
            n = n.movePointRight(4);
            countHalf = countHalf.movePointRight(4);
        }
        FormNumber countNumber = new FormNumber(n, countHalf, count.group(), t.location());
        BigDecimal p = new BigDecimal(price.group(1));
        FormNumber priceNumber = new FormNumber(p, p.scale() == 0 ? BigDecimal.ZERO : FormNumber.halfStepOf(p.scale()),
                price.group(), t.location());
        form.facts.add(new StatedProduct(form.formId, s, countNumber, priceNumber,
                number(totals.get(totals.size() - 1), decimals, "万元", t.location()), t.location()));
    }

    /** A price per head: "人均 300 元", "标准 300 元", "差额 2.7 元", "300 元/人". */
    private boolean isPrice(String s, MatchResult m) {
        String before = s.substring(Math.max(0, m.start() - 4), m.start());
        String after = s.substring(m.end(), Math.min(s.length(), m.end() + 2));
        return words.perUnit().stream().map(Text::compact).anyMatch(before::contains)
                || after.startsWith("/") || after.startsWith("每");
    }

    /** Every amount of the sentence, in 万元 or (when it is no price) in 元. */
    private void amounts(FormText t, String s, int decimals, boolean summed) {
        for (MatchResult m : WAN.in(s, 0, s.length())) {
            String clause = clause(s, m.start(), m.end());
            form.facts.add(new StatedAmount(form.formId, t.role(), summed ? s : clause,
                    number(m, decimals, "万元", t.location()), "万元", spent(clause), t.location()));
        }
        for (MatchResult m : YUAN.in(s, 0, s.length())) {
            if (!isPrice(s, m)) {
                String clause = clause(s, m.start(), m.end());
                BigDecimal v = new BigDecimal(m.group(1));
                form.facts.add(new StatedAmount(form.formId, t.role(), clause,
                        new FormNumber(v, FormNumber.halfStepOf(v.scale()), m.group(), t.location()), "元",
                        spent(clause), t.location()));
            }
        }
    }

    private boolean spent(String clause) {
        return words.spentWords().stream().map(Text::compact).anyMatch(clause::contains)
                && words.budgetWords().stream().map(Text::compact).noneMatch(clause::contains);
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Amounts in a unit: a sentence is searched for them only where it holds the unit's word. */
    private record Amounts(String unit, Pattern pattern) {

        static Amounts of(String unit) {
            return new Amounts(unit, Pattern.compile(NUMBER + unit));
        }

        List<MatchResult> in(String s, int from, int to) {
            int at = s.indexOf(unit, from);
            return at < 0 || at + unit.length() > to ? List.of() : matches(pattern, s, from, to);
        }
    }

    private static List<MatchResult> matches(Pattern p, String s, int from, int to) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = p.matcher(s).region(from, to);
        while (m.find()) {
            out.add(m.toMatchResult());
        }
        return out;
    }

    /** The words naming an amount: from the last break (or the previous amount) up to it. */
    private static String labelBefore(String s, int start) {
        int from = start;
        while (from > 0 && CLAUSE_BREAKS.indexOf(s.charAt(from - 1)) < 0 && !s.startsWith("万元", from - 2)) {
            from--;
        }
        return s.substring(from, start);
    }

    /** The clause around a position: between the breaks before and after it. */
    private static String clause(String s, int start, int end) {
        int from = start;
        while (from > 0 && CLAUSE_BREAKS.indexOf(s.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < s.length() && CLAUSE_BREAKS.indexOf(s.charAt(to)) < 0) {
            to++;
        }
        return s.substring(from, to);
    }

    /**
     * An amount of the sentence. Writers drop trailing zeros ("50万元" beside "36.75万元"), so every amount is taken to
     * the precision of the sentence's most precise one.
     */
    private static FormNumber number(MatchResult m, int decimals, String unit, Location at) {
        BigDecimal v = new BigDecimal(m.group(1));
        BigDecimal half = decimals == 0 ? BigDecimal.ZERO : FormNumber.halfStepOf(decimals);
        return new FormNumber(v, half, m.group(1) + unit, at);
    }

    private static int maxDecimals(String s) {
        int d = 0;
        for (MatchResult m : WAN.in(s, 0, s.length())) {
            d = Math.max(d, Math.max(new BigDecimal(m.group(1)).scale(), 0));
        }
        return d;
    }
}
