package cn.jsaudit.ruleapi;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jsaudit.model.Amount;
import cn.jsaudit.model.Claim;
import cn.jsaudit.model.ClaimKind;

/**
 * A cited 科目 chain ("住房保障支出(类)住房改革支出(款)住房公金(项)") whose deepest name is a slip of a row the
 * tables have under the same parent: a character or two left out ("住房公金" for 住房公积金, "机关事业单位养老保险
 * 缴费支出" for …基本养老保险…) or one character wrong. Such a citation names an existing 科目 with a wrong name;
 * one naming no row at all is another matter.
 */
public final class CitedNames {

    private static final Pattern LEVEL_PART = Pattern.compile("([^()]+)\\((类|款|项)\\)");
    /** how many characters a slip may leave out */
    private static final int MAX_LEFT_OUT = 2;
    /** names shorter than this are too short to tell a slip from another name */
    private static final int MIN_LENGTH = 4;

    private CitedNames() {
    }

    /**
     * The first row of the tables (in the given order) whose name the citation slips on, under a parent named as the
     * chain names it; empty when there is none.
     */
    public static List<Amount> row(Claim cited, List<Amount> amounts) {
        for (Amount a : amounts) {
            if (isNear(cited, a) && amounts.stream().anyMatch(p -> p.code() != null && p.code().equals(a.parentCode()) && isParentNamed(cited, p))) {
                return List.of(a);
            }
        }
        return List.of();
    }

    /** True when the row's name is a slip-variant of the cited chain's deepest name, at the same level. */
    static boolean isNear(Claim cited, Amount row) {
        return cited.kind() == ClaimKind.SUBJECT_CODE && cited.code() == null && isNear(cited.subject(), row);
    }

    /** True when the row's name is a slip-variant of the chain's deepest name, at the same level. */
    public static boolean isNear(String chain, Amount row) {
        return row.code() != null && level(chain).equals(row.level()) && near(name(chain, level(chain)), row.name());
    }

    /** True when the row is the one the chain names one level up from its deepest ("住房改革支出(款)"). */
    static boolean isParentNamed(Claim cited, Amount row) {
        return isParentNamed(cited.subject(), row);
    }

    public static boolean isParentNamed(String chain, Amount row) {
        String up = switch (level(chain)) {
            case "项" -> "款";
            case "款" -> "类";
            default -> "";
        };
        String name = name(chain, up);
        return !name.isEmpty() && name.equals(row.name());
    }

    /** The deepest name of the chain ("住房公金"). */
    public static String deepest(Claim cited) {
        return name(cited.subject(), level(cited.subject()));
    }

    static boolean near(String cited, String actual) {
        if (cited == null || actual == null || cited.equals(actual) || cited.length() < MIN_LENGTH) {
            return false;
        }
        if (cited.length() == actual.length()) {
            int d = 0;
            for (int i = 0; i < cited.length(); i++) {
                d += cited.charAt(i) == actual.charAt(i) ? 0 : 1;
            }
            return d == 1;
        }
        int left = actual.length() - cited.length();
        return left > 0 && left <= MAX_LEFT_OUT && isSubsequence(cited, actual);
    }

    private static boolean isSubsequence(String shorter, String longer) {
        int j = 0;
        for (int i = 0; i < longer.length() && j < shorter.length(); i++) {
            if (longer.charAt(i) == shorter.charAt(j)) {
                j++;
            }
        }
        return j == shorter.length();
    }

    private static String level(String chain) {
        Matcher m = LEVEL_PART.matcher(chain);
        String level = "";
        while (m.find()) {
            level = m.group(2);
        }
        return level;
    }

    private static String name(String chain, String level) {
        Matcher m = LEVEL_PART.matcher(chain);
        while (m.find()) {
            if (m.group(2).equals(level)) {
                return m.group(1);
            }
        }
        return "";
    }
}
