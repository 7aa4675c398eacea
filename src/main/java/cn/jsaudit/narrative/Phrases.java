package cn.jsaudit.narrative;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.jsaudit.ingest.Text;

/**
 * Comparisons of wording the rules need: clauses two texts share word for word, a word of one project's name
 * that another's lacks, and whether a short subject is contained in a longer one ("常住人口参保率" in
 * "以常住人口为基数计算的基本医保综合参保率").
 */
public final class Phrases {

    private static final String CLAUSE_ENDS = "，,；;。:：！!？?";
    /** a word of a name: four ideographs ("医疗救助") say which programme it is */
    private static final int WORD = 4;

    private Phrases() {
    }

    /** True when the two texts are the same once white space and character widths are set aside. */
    public static boolean sameText(String a, String b) {
        return Text.compact(a).equals(Text.compact(b));
    }

    /** The clauses (between punctuation) of at least {@code minLength} characters both texts contain. */
    public static List<String> shared(String a, String b, int minLength) {
        Set<String> ofB = new LinkedHashSet<>(clauses(b, minLength));
        List<String> both = new ArrayList<>();
        for (String c : clauses(a, minLength)) {
            if (ofB.contains(c) && !both.contains(c)) {
                both.add(c);
            }
        }
        return both;
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

    private static List<String> clauses(String text, int minLength) {
        List<String> out = new ArrayList<>();
        String t = Text.compact(text);
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || CLAUSE_ENDS.indexOf(t.charAt(i)) >= 0) {
                if (i - start >= minLength) {
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
