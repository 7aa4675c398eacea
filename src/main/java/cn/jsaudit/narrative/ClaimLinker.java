package cn.jsaudit.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jsaudit.model.Amount;
import cn.jsaudit.model.Claim;
import cn.jsaudit.model.ClaimKind;
import cn.jsaudit.model.ClaimLink;

/**
 * Resolves claims to the table cells they name, through the subject vocabulary. A claim whose subject
 * the vocabulary does not know, or whose cell the tables do not hold, stays unlinked: nothing is guessed.
 */
public final class ClaimLinker {

    private static final Pattern LEVEL_MARK = Pattern.compile("\\((类|款|项)\\)");
    private static final Pattern LEVEL_PART = Pattern.compile("([^()]+)\\((类|款|项)\\)");

    private final SubjectVocabulary vocabulary;

    public ClaimLinker(SubjectVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The links of every claim that names a known cell. */
    public List<ClaimLink> link(List<Claim> claims, List<Amount> amounts) {
        List<ClaimLink> links = new ArrayList<>();
        for (Claim c : claims) {
            switch (c.kind()) {
                case AMOUNT -> {
                    if (!c.prior()) {
                        links.addAll(linkPhrase(c, ClaimLink.SUBJECT, c.subject(), measureOf(c), amounts));
                    }
                }
                case CHANGE -> links.addAll(linkPhrase(c, ClaimLink.SUBJECT, c.subject(), "决算", amounts));
                case SHARE -> {
                    links.addAll(linkPhrase(c, ClaimLink.SUBJECT, c.subject(), "决算", amounts));
                    String base = c.base() == null || c.base().isEmpty() ? c.parent() : c.base();
                    if (base != null) {
                        links.addAll(linkPhrase(c, ClaimLink.BASE, base, "决算", amounts));
                    }
                }
                case SUBJECT_CODE -> linkCited(c, amounts).ifPresent(links::add);
                default -> { }
            }
        }
        return links;
    }

    /** The claims no link names, for the verbose report. */
    public static List<Claim> unlinked(List<Claim> claims, List<ClaimLink> links) {
        return claims.stream()
                .filter(c -> c.kind() == ClaimKind.AMOUNT || c.kind() == ClaimKind.SUBJECT_CODE)
                .filter(c -> links.stream().noneMatch(l -> l.claim().equals(c)))
                .toList();
    }

    private List<ClaimLink> linkPhrase(Claim c, String role, String phrase, String measure, List<Amount> amounts) {
        List<ClaimLink> out = new ArrayList<>();
        for (SubjectVocabulary.Entry e : vocabulary.lookup(phrase, c.section(), measure)) {
            List<Amount> matched = amounts.stream()
                    .filter(a -> a.table().equals(e.table()) && rowMatches(e.row(), phrase, a) && colMatches(e.col(), a))
                    .toList();
            if (e.row().startsWith("name:") && matched.stream().map(Amount::code).distinct().count() > 1) {
                continue; // two rows of one name (行政运行 under two 款): the text does not say which, so no guess
            }
            matched.forEach(a -> out.add(new ClaimLink(c, role, a, e.describe())));
        }
        return out;
    }

    private static boolean rowMatches(String row, String phrase, Amount a) {
        if (row.equals(SubjectVocabulary.ANY)) {
            return true;
        }
        if (row.startsWith("行")) {
            return a.rowNo() != null && row.substring(1).equals(String.valueOf(a.rowNo()));
        }
        if (row.equals("合计")) {
            return a.isTotal();
        }
        if (row.startsWith("code:")) {
            return row.substring(5).equals(a.code());
        }
        if (row.startsWith("name:")) {
            String wanted = row.substring(5).equals(SubjectVocabulary.ANY) ? lastLevelName(phrase) : row.substring(5);
            return a.name() != null && wanted.equals(a.name());
        }
        return false;
    }

    private static boolean colMatches(String col, Amount a) {
        return col.equals(SubjectVocabulary.ANY) || col.equals(String.valueOf(a.col()));
    }

    /** "卫生健康支出(类)" → "卫生健康支出"; "…财政事务(款)行政运行(项)" → "行政运行". */
    private static String lastLevelName(String phrase) {
        Matcher m = LEVEL_PART.matcher(phrase);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last != null ? last : LEVEL_MARK.matcher(phrase).replaceAll("");
    }

    /**
     * A cited 科目 links to a row of the tables of its classification: by code when it has one, else
     * by the name of its deepest level at that level ("行政运行(项)" must be a 7-digit row named 行政运行).
     */
    private java.util.Optional<ClaimLink> linkCited(Claim c, List<Amount> amounts) {
        if (c.code() != null) {
            String classification = c.code().startsWith("2") ? "功能分类" : "经济分类";
            List<String> tables = vocabulary.tablesOf(classification);
            return amounts.stream()
                    .filter(a -> tables.contains(a.table()) && c.code().equals(a.code()))
                    .findFirst()
                    .map(a -> new ClaimLink(c, ClaimLink.CITED, a, SubjectVocabulary.SUBJECT_TABLES + "（" + classification + "）"));
        }
        String name = lastLevelName(c.subject());
        String level = c.base();
        List<String> tables = vocabulary.tablesOf("功能分类");
        return amounts.stream()
                .filter(a -> tables.contains(a.table()) && a.code() != null && Objects.equals(level, a.level()))
                .filter(a -> sameName(name, a.name()))
                .findFirst()
                .map(a -> new ClaimLink(c, ClaimLink.CITED, a, SubjectVocabulary.SUBJECT_TABLES + "（功能分类）"));
    }

    /** Names agree when equal, or when one is the other without the trailing 支出 ("一般公共服务(类)"). */
    private static boolean sameName(String cited, String row) {
        if (row == null) {
            return false;
        }
        return cited.equals(row) || (cited + "支出").equals(row) || cited.equals(row + "支出");
    }

    private static String measureOf(Claim c) {
        return c.measure() != null && c.measure().contains("预算") ? "预算" : "决算";
    }
}
