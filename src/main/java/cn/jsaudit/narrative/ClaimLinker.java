package cn.jsaudit.narrative;

import cn.jsaudit.ruleapi.CitedNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jsaudit.model.Amount;
import cn.jsaudit.model.Claim;
import cn.jsaudit.model.ClaimKind;
import cn.jsaudit.model.ClaimLink;
import cn.jsaudit.model.EmptyTableClaim;
import cn.jsaudit.model.TableInfo;

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

    /**
     * The unit's current-year amounts (above zero) that the vocabulary places in a table published empty with its
     * 空表说明: a blank table whose note says there is nothing contradicts a figure the text gives for it.
     */
    public List<EmptyTableClaim> onEmptyTables(List<Claim> claims, List<TableInfo> tables) {
        List<EmptyTableClaim> out = new ArrayList<>();
        for (Claim c : claims) {
            if (c.kind() != ClaimKind.AMOUNT || c.prior() || !c.scope().isEmpty() || c.value() == null
                    || c.value().signum() <= 0) {
                continue;
            }
            Set<String> roles = new HashSet<>();
            vocabulary.lookup(c.subject(), c.section(), measureOf(c)).forEach(e -> roles.add(e.table()));
            for (TableInfo t : tables) {
                if (t.emptyNote() != null && t.isEmpty() && roles.contains(t.role())) {
                    out.add(new EmptyTableClaim(c, t));
                    break;
                }
            }
        }
        return out;
    }

    /** The links of every claim that names a known cell. */
    public List<ClaimLink> link(List<Claim> claims, List<Amount> amounts) {
        AmountIndex index = new AmountIndex(amounts);
        List<ClaimLink> links = new ArrayList<>();
        for (Claim c : claims) {
            if (!c.scope().isEmpty() && c.kind() != ClaimKind.SUBJECT_CODE) {
                continue; // a project's or sub-unit's figure is not the unit's table cell
            }
            switch (c.kind()) {
                case AMOUNT -> {
                    if (!c.prior()) {
                        linkPhrase(c, ClaimLink.SUBJECT, c.subject(), measureOf(c), index, links);
                    }
                }
                case CHANGE -> linkPhrase(c, ClaimLink.SUBJECT, c.subject(), "决算", index, links);
                case SHARE -> {
                    linkPhrase(c, ClaimLink.SUBJECT, c.subject(), "决算", index, links);
                    String base = c.base() == null || c.base().isEmpty() ? c.parent() : c.base();
                    if (base != null) {
                        linkPhrase(c, ClaimLink.BASE, base, "决算", index, links);
                    }
                }
                case SUBJECT_CODE -> {
                    ClaimLink cited = linkCited(c, index);
                    if (cited != null) {
                        links.add(cited);
                    }
                }
                default -> { }
            }
        }
        links.addAll(listed(claims, links, index));
        return links;
    }

    /**
     * A name listed after "主要包括" is a row of the table and block its figure names ("人员经费 333.34 万元，主要包括：
     * 基本工资…" → the 人员经费 block of the 基本支出明细 table, or its 人员经费 column when 06 is one list), found there by name.
     */
    private static List<ClaimLink> listed(List<Claim> claims, List<ClaimLink> links, AmountIndex index) {
        List<ClaimLink> out = new ArrayList<>();
        for (Claim c : claims) {
            if (c.kind() != ClaimKind.LISTED || !c.scope().isEmpty() || c.parent() == null) {
                continue;
            }
            Amount whole = links.stream().filter(l -> l.role().equals(ClaimLink.SUBJECT))
                    .filter(l -> l.claim().kind() == ClaimKind.AMOUNT && c.parent().equals(l.claim().subject())
                            && l.claim().paragraph() == c.paragraph())
                    .map(ClaimLink::amount).findFirst().orElse(null);
            if (whole == null) {
                continue;
            }
            for (Amount a : index.with(whole.role(), AmountIndex.Field.NAME, c.subject())) {
                if (a.block().equals(whole.block()) && java.util.Objects.equals(a.colLabel(), whole.colLabel())) {
                    out.add(new ClaimLink(c, ClaimLink.SUBJECT, a, "“" + c.parent() + "”所列明细"));
                }
            }
        }
        return out;
    }

    private void linkPhrase(Claim c, String role, String phrase, String measure, AmountIndex index,
                            List<ClaimLink> out) {
        for (SubjectVocabulary.Entry e : vocabulary.lookup(phrase, c.section(), measure)) {
            List<Amount> matched = new ArrayList<>();
            for (Amount a : rows(e.table(), e.row(), phrase, index)) {
                if (colMatches(e.col(), a)) {
                    matched.add(a);
                }
            }
            if (e.row().startsWith("name:") && twoCodes(matched)) {
                continue; // two rows of one name (行政运行 under two 款): the text does not say which, so no guess
            }
            for (Amount a : matched) {
                out.add(new ClaimLink(c, role, a, e.describe()));
            }
        }
    }

    /** The cells of a table on the row a vocabulary entry names ("行27", "合计", "code:210", "name:…", "*"). */
    private static List<Amount> rows(String table, String row, String phrase, AmountIndex index) {
        if (row.equals(SubjectVocabulary.ANY)) {
            return index.inTable(table);
        }
        if (row.startsWith("行")) {
            return index.with(table, AmountIndex.Field.ROW_NO, row.substring(1));
        }
        if (row.equals("合计")) {
            return index.with(table, AmountIndex.Field.TOTAL, "");
        }
        if (row.startsWith("code:")) {
            return index.with(table, AmountIndex.Field.CODE, row.substring(5));
        }
        if (row.startsWith("name:")) {
            boolean byPhrase = row.substring(5).equals(SubjectVocabulary.ANY);
            List<Amount> named = index.with(table, AmountIndex.Field.NAME, byPhrase ? lastLevelName(phrase) : row.substring(5));
            return named.isEmpty() && byPhrase && phrase.indexOf('(') >= 0 ? slipped(table, phrase, index) : named;
        }
        return List.of();
    }

    /**
     * The rows a levelled name means despite a slip in its deepest name ("…住房改革支出(款)住房公金(项)" is
     * 住房公积金 under 住房改革支出): same level, a character or two off, under the parent the chain names.
     */
    private static List<Amount> slipped(String table, String chain, AmountIndex index) {
        List<Amount> rows = new ArrayList<>();
        for (Amount a : index.inTable(table)) {
            if (CitedNames.isNear(chain, a) && index.with(table, AmountIndex.Field.CODE, a.parentCode()).stream()
                    .anyMatch(p -> CitedNames.isParentNamed(chain, p))) {
                rows.add(a);
            }
        }
        return rows;
    }

    private static boolean twoCodes(List<Amount> amounts) {
        for (Amount a : amounts) {
            if (!Objects.equals(a.code(), amounts.get(0).code())) {
                return true;
            }
        }
        return false;
    }

    /** A column by its number in the templates, or by its label (决算数/合计) where templates number it differently. */
    private static boolean colMatches(String col, Amount a) {
        return col.equals(SubjectVocabulary.ANY) || col.equals(String.valueOf(a.col())) || col.equals(a.colLabel());
    }

    /** "卫生健康支出(类)" → "卫生健康支出"; "…财政事务(款)行政运行(项)" → "行政运行". */
    private static String lastLevelName(String phrase) {
        if (phrase.indexOf('(') < 0) {
            return phrase; // neither pattern can match: most subjects name no level
        }
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
    private ClaimLink linkCited(Claim c, AmountIndex index) {
        if (c.code() != null) {
            String classification = c.code().startsWith("2") ? "功能分类" : "经济分类";
            List<String> tables = vocabulary.tablesOf(classification);
            Amount a = index.first(tables, AmountIndex.Field.CODE, List.of(c.code()), x -> true);
            return a == null ? null
                    : new ClaimLink(c, ClaimLink.CITED, a, SubjectVocabulary.SUBJECT_TABLES + "（" + classification + "）");
        }
        String name = lastLevelName(c.subject());
        String level = c.base();
        List<String> tables = vocabulary.tablesOf("功能分类");
        Amount a = index.first(tables, AmountIndex.Field.NAME, sameNames(name),
                x -> x.code() != null && Objects.equals(level, x.level()));
        return a == null ? null : new ClaimLink(c, ClaimLink.CITED, a, SubjectVocabulary.SUBJECT_TABLES + "（功能分类）");
    }

    /**
     * The row names a cited name agrees with: itself, or itself with or without the trailing 支出
     * ("一般公共服务(类)" names the row 一般公共服务支出).
     */
    private static List<String> sameNames(String cited) {
        return cited.endsWith("支出") ? List.of(cited, cited + "支出", cited.substring(0, cited.length() - 2))
                : List.of(cited, cited + "支出");
    }

    private static String measureOf(Claim c) {
        return c.measure() != null && c.measure().contains("预算") ? "预算" : "决算";
    }
}
