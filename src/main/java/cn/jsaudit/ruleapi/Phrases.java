package cn.jsaudit.ruleapi;

import java.util.ArrayList;
import java.util.List;


/**
 * Comparisons of wording the rules need: clauses two texts share word for word, a word of one project's name
 * that another's lacks, and whether a short subject is contained in a longer one ("常住人口参保率" in
 * "以常住人口为基数计算的基本医保综合参保率").
 */
public final class Phrases {

    private static final String CLAUSE_ENDS = "，,；;。:：！!？?";
    /** a word of a name: four ideographs ("医疗救助") say which programme it is */
    private static final int WORD = 4;
    private static final java.util.regex.Pattern LEADING_YEAR = java.util.regex.Pattern.compile("^(\\d{4})年度?");

    private Phrases() {
    }

    /** True when the two texts are the same once white space and character widths are set aside. */
    public static boolean sameText(String a, String b) {
        return Text.compact(a).equals(Text.compact(b));
    }

    /**
     * The runs of at least {@code minClauses} consecutive clauses (between punctuation) that both texts contain in the
     * same order, joined with "，": a sentence copied and partly rewritten keeps such runs ("通过医疗救助政策的实施，救助对象
     * 满意度达95%以上"); a single common clause ("全力推动城乡居民基本医疗保险参保全覆盖") may be a shared aim.
     */
    public static List<String> shared(String a, String b, int minClauses) {
        List<String> x = clauses(a);
        List<String> y = clauses(b);
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            for (int j = 0; j < y.size(); j++) {
                int n = 0;
                while (i + n < x.size() && j + n < y.size() && x.get(i + n).equals(y.get(j + n))) {
                    n++;
                }
                boolean longest = i == 0 || j == 0 || !x.get(i - 1).equals(y.get(j - 1));
                String run = String.join("，", x.subList(i, i + n));
                if (n >= minClauses && longest && !runs.contains(run)) {
                    runs.add(run);
                }
            }
        }
        return runs;
    }

    /**
     * A four-ideograph word of {@code owner}'s name that the clause contains and {@code other}'s name does not
     * ("医疗救助" of "2020年中央医疗救助补助资金", absent from "2023城乡居民基本医疗保险县级配套补助"), or null.
     */
    public static String foreignWord(String clause, String owner, String other) {
        String o = Text.compact(owner);
        String t = Text.compact(other);
        for (int i = 0; i + WORD <= o.length(); i++) {
            String w = o.substring(i, i + WORD);
            if (allIdeographs(w) && clause.contains(w) && !t.contains(w)) {
                return w;
            }
        }
        return null;
    }

    /** The year a name starts with ("2022年干部职工体检费" → 2022), as a list of none or one. */
    public static List<Integer> leadingYear(String name) {
        java.util.regex.Matcher m = LEADING_YEAR.matcher(Text.compact(name));
        return m.find() ? List.of(Integer.valueOf(m.group(1))) : List.of();
    }

    /** A four-ideograph word of the name (its year aside) that the text contains ("职工体检"), or null. */
    public static String commonWord(String text, String name) {
        String t = Text.compact(text);
        String n = LEADING_YEAR.matcher(Text.compact(name)).replaceFirst("");
        for (int i = 0; i + WORD <= n.length(); i++) {
            String w = n.substring(i, i + WORD);
            if (allIdeographs(w) && t.contains(w)) {
                return w;
            }
        }
        return null;
    }

    /**
     * True when the shorter subject, of at least {@code minLength} characters, appears in the longer one in
     * at most two pieces, in order ("常住人口" + "参保率"), each of two characters or more.
     */
    public static boolean containedIn(String shorter, String longer, int minLength) {
        if (shorter.length() < minLength || shorter.length() > longer.length() || shorter.equals(longer)) {
            return false;
        }
        if (longer.contains(shorter)) {
            return true;
        }
        for (int cut = 2; cut <= shorter.length() - 2; cut++) {
            int first = longer.indexOf(shorter.substring(0, cut));
            if (first >= 0 && longer.indexOf(shorter.substring(cut), first + cut) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static List<String> clauses(String text) {
        List<String> out = new ArrayList<>();
        String t = Text.compact(text);
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || CLAUSE_ENDS.indexOf(t.charAt(i)) >= 0) {
                if (i > start) {
                    out.add(t.substring(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static boolean allIdeographs(String w) {
        return w.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
