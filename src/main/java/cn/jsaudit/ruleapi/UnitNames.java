package cn.jsaudit.ruleapi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jsaudit.model.NarrativeSentence;
import cn.jsaudit.model.NarrativeTerm;

/**
 * Decides whether a unit named in the narrative is another unit than the one submitting. A name is the
 * submitting unit when one ends with the other ("曾都区医疗保障信息中心" in "随州市曾都区医疗保障信息中心"),
 * suffixes such as （本级） and abbreviations (医保 = 医疗保障) aside. Another unit that shares a place with
 * the submitting unit (a sibling, or the parent 局 of a 中心) is a likely copy-paste leftover; one with the
 * same body in another place may be a peer's leftover or simply the city bureau cited, so it is only a
 * hint. Bodies such as 财政局 are never a leftover.
 *
 * <p>The performance forms' 单位名称 and signatures are compared with {@link #same} and {@link #typo}: a region
 * prefix may be left out and a (本级), (汇总) or (合并) suffix does not count.
 */
public final class UnitNames {

    /** How a named unit relates to the submitting unit. */
    public enum Relation {
        /** the submitting unit itself, or a unit that is never a leftover */
        SAME_OR_NEUTRAL,
        /** another unit of the same place: "曾都区医疗保障服务中心" for 曾都区医疗保障信息中心 */
        OTHER_UNIT_SAME_PLACE,
        /** the same kind of unit in another place: "南京市医疗保障局" for 沅江市医疗保障局 */
        SAME_KIND_ELSEWHERE,
        /** unrelated */
        UNRELATED
    }

    private static final Pattern SUFFIX = Pattern.compile("[（(][^（）()]*[）)]$");
    private static final Pattern LEADING_NON_NAME = Pattern.compile("^[^\\u4e00-\\u9fa5]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SUMMARY_NOTE = Pattern.compile("\\((本级|汇总|合并)\\)$");
    /**
     * The name proper of units seen lately ({@link #typos} is asked once per sentence of a submission, with the
     * same unit); emptied when it holds {@link #REMEMBERED} names.
     */
    private static final Map<String, String> OWN_NAMES = new ConcurrentHashMap<>();
    private static final int REMEMBERED = 1 << 10;

    private UnitNames() {
    }

    public static boolean isOtherUnit(String mentioned, String unit, Collection<NarrativeTerm> termFacts) {
        return relation(mentioned, unit, termFacts) == Relation.OTHER_UNIT_SAME_PLACE;
    }

    public static boolean isSameKindElsewhere(String mentioned, String unit, Collection<NarrativeTerm> termFacts) {
        return relation(mentioned, unit, termFacts) == Relation.SAME_KIND_ELSEWHERE;
    }

    public static Relation relation(String mentioned, String unit, Collection<NarrativeTerm> termFacts) {
        if (mentioned == null || unit == null || unit.isBlank()) {
            return Relation.SAME_OR_NEUTRAL;
        }
        List<NarrativeTerm> terms = List.copyOf(termFacts);
        String own = expand(SUFFIX.matcher(SPACES.matcher(unit).replaceAll("")).replaceAll(""), terms);
        String named = expand(mentioned, terms);
        if (own.endsWith(named) || named.endsWith(own)
                || terms.stream().anyMatch(t -> t.category().equals("unit-never-leftover") && named.endsWith(t.value()))) {
            return Relation.SAME_OR_NEUTRAL;
        }
        List<Pattern> places = terms.stream().filter(t -> t.category().equals("unit-place-pattern"))
                .map(t -> Pattern.compile(t.value())).toList();
        Split a = split(own, places);
        Split b = split(named, places);
        if (a.places().stream().anyMatch(b.places()::contains)) {
            return Relation.OTHER_UNIT_SAME_PLACE;
        }
        return a.body().equals(b.body()) ? Relation.SAME_KIND_ELSEWHERE : Relation.UNRELATED;
    }

    /**
     * The unit's name written with one character wrong in the text ("白河县医疗保障属成立于…", "白河县医疗保证局"
     * for 白河县医疗保障局), each variant once. A window that goes on into a unit suffix is another unit's name
     * ("白河县医疗保障服务中心"), not a typo; names shorter than {@code minLength} are not checked.
     */
    public static List<String> typos(String text, String unit, Collection<NarrativeTerm> termFacts, int minLength) {
        return text == null ? new ArrayList<>() : typosInCompact(Text.compact(text), unit, termFacts, minLength);
    }

    /** As {@link #typos(String, String, Collection, int)} in a sentence, read in its text compacted when it was read. */
    public static List<String> typos(NarrativeSentence sentence, String unit, Collection<NarrativeTerm> termFacts,
                                     int minLength) {
        return typosInCompact(sentence.compactText(), unit, termFacts, minLength);
    }

    private static List<String> typosInCompact(String t, String unit, Collection<NarrativeTerm> termFacts,
                                               int minLength) {
        List<String> found = new ArrayList<>();
        if (unit == null) {
            return found;
        }
        String own = ownName(unit);
        int n = own.length();
        if (n < minLength) {
            return found;
        }
        List<String> suffixes = null; // asked for once a window differs in one character: most sentences have none
        for (int i = 0; i + n <= t.length(); i++) {
            // the first two characters (the place) must agree: a typo keeps the name recognisable
            if (t.charAt(i) != own.charAt(0) || t.charAt(i + 1) != own.charAt(1) || !oneDifference(t, i, own)) {
                continue;
            }
            if (suffixes == null) {
                suffixes = termFacts.stream()
                        .filter(x -> x.category().equals("unit-suffix")).map(NarrativeTerm::value).toList();
            }
            String window = t.substring(i, i + n);
            if (!goesOnIntoSuffix(t, i + n, suffixes) && !found.contains(window)
                    && Character.isIdeographic(window.charAt(mismatch(window, own)))) {
                found.add(window);
            }
        }
        return found;
    }

    /** True when the text from {@code at} differs from the name in exactly one of the name's characters. */
    private static boolean oneDifference(String text, int at, String name) {
        int d = 0;
        for (int i = 0; i < name.length() && d < 2; i++) {
            if (text.charAt(at + i) != name.charAt(i)) {
                d++;
            }
        }
        return d == 1;
    }

    /** The name proper: a file name's "00001-" or a heading's numbering before it is no part of it. */
    private static String ownName(String unit) {
        String known = OWN_NAMES.get(unit);
        if (known != null) {
            return known;
        }
        String own = LEADING_NON_NAME.matcher(SUFFIX.matcher(SPACES.matcher(unit).replaceAll("")).replaceAll("")).replaceFirst("");
        if (OWN_NAMES.size() >= REMEMBERED) {
            OWN_NAMES.clear();
        }
        OWN_NAMES.put(unit, own);
        return own;
    }

    /** True when the two names are one unit ("曾都区医疗保障信息中心" and "随州市曾都区医疗保障信息中心"). */
    public static boolean same(String a, String b) {
        String x = core(a);
        String y = core(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        return x.equals(y) || x.endsWith(y) || y.endsWith(x);
    }

    /**
     * True when {@code a} is {@code b} with one character mistyped ("白河县医疗保证局" for "白河县医疗保障局"): same length,
     * one place differs, both long enough for that to be a slip rather than another unit.
     */
    public static boolean typo(String a, String b) {
        String x = core(a);
        String y = core(b);
        if (x.length() > y.length()) {
            String t = x;
            x = y;
            y = t;
        }
        // the shorter name may leave out a region prefix: compare it with the longer one's tail
        String tail = y.substring(y.length() - x.length());
        return x.length() >= 6 && differences(x, tail) == 1;
    }

    private static String core(String name) {
        return SUMMARY_NOTE.matcher(Text.compact(name)).replaceAll("");
    }

    private static int differences(String a, String b) {
        int d = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                d++;
            }
        }
        return d;
    }

    private static int mismatch(String a, String b) {
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i;
            }
        }
        return -1;
    }

    /** True when the ideographs from {@code at} on reach a unit suffix within a few characters. */
    private static boolean goesOnIntoSuffix(String t, int at, List<String> suffixes) {
        int end = at;
        while (end < t.length() && end - at < 6 && Character.isIdeographic(t.charAt(end))) {
            end++;
        }
        String tail = t.substring(Math.max(0, at - 1), end);
        for (String s : suffixes) {
            int k = tail.indexOf(s);
            if (k >= 0 && k + s.length() > 1) {
                return true;
            }
        }
        return false;
    }

    private static String expand(String name, List<NarrativeTerm> terms) {
        String s = name;
        for (NarrativeTerm t : terms) {
            if (t.category().equals("unit-abbreviation") && !s.contains(t.label())) {
                s = s.replace(t.value(), t.label());
            }
        }
        return s;
    }

    /** Leading place names ("随州市", "曾都区") and the rest of the name. */
    private static Split split(String name, List<Pattern> places) {
        List<String> found = new ArrayList<>();
        String rest = name;
        boolean more = true;
        while (more) {
            more = false;
            for (Pattern p : places) {
                Matcher m = p.matcher(rest);
                if (m.lookingAt() && m.end() < rest.length()) {
                    found.add(m.group());
                    rest = rest.substring(m.end());
                    more = true;
                    break;
                }
            }
        }
        return new Split(found, rest);
    }

    private record Split(List<String> places, String body) {
    }
}
