package cn.jsaudit.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.jsaudit.model.Claim;
import cn.jsaudit.model.ClaimKind;

/**
 * Finds, for each share with a numerator, the figure of the text its base names ("占本年支出" → "支出合计
 * 110.26 万元" stated before it in the same chapter), so that the share can be recomputed from the text's
 * own numbers. A base is found by equal wording once "本年" and a trailing 合计/总计/总额 are dropped, or
 * as the ending of a longer subject when it is specific enough (four characters or more).
 */
final class ShareBases {

    private static final int MIN_SUFFIX_MATCH = 4;
    private static final Pattern THIS_YEAR = Pattern.compile("^本年度?");
    private static final Pattern TOTAL_WORD = Pattern.compile("(合计|总计|总额)$");
    private static final String LEVEL_SEPARATOR = " > ";

    private ShareBases() {
    }

    static List<Claim> resolve(List<Claim> claims) {
        List<Claim> out = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            if (c.kind() == ClaimKind.SHARE && c.refs().size() == 1 && c.base() != null && !c.base().isEmpty()) {
                Claim base = findBase(claims, i, c);
                if (base != null) {
                    c = c.withRefs(List.of(c.refs().get(0), base.id()));
                }
            }
            out.add(c);
        }
        return out;
    }

    private static Claim findBase(List<Claim> claims, int shareIndex, Claim share) {
        String wanted = core(share.base());
        String chapter = chapter(share.section());
        for (int j = shareIndex - 1; j >= 0; j--) {
            Claim c = claims.get(j);
            if (!chapter(c.section()).equals(chapter)) {
                break;
            }
            if (c.kind() != ClaimKind.AMOUNT || c.prior() || !"决算".equals(c.measure())) {
                continue;
            }
            String subject = core(c.subject());
            if (subject.equals(wanted) || (wanted.length() >= MIN_SUFFIX_MATCH && subject.endsWith(wanted))) {
                return c;
            }
        }
        return null;
    }

    private static String core(String phrase) {
        return TOTAL_WORD.matcher(THIS_YEAR.matcher(phrase).replaceFirst("")).replaceFirst("");
    }

    /**
     * The section path up to its second level ("第三部分 … > 二、…"): what splitting at " > " and joining
     * the first two parts gives, found without a regex split for every claim looked at.
     */
    private static String chapter(String section) {
        int first = section.indexOf(LEVEL_SEPARATOR);
        int second = first < 0 ? -1 : section.indexOf(LEVEL_SEPARATOR, first + LEVEL_SEPARATOR.length());
        return second < 0 || onlySeparators(section, second) ? section : section.substring(0, second);
    }

    /** True when the text from {@code from} on is separators only: split drops the empty parts they leave. */
    private static boolean onlySeparators(String section, int from) {
        for (int i = from; i < section.length(); i += LEVEL_SEPARATOR.length()) {
            if (!section.startsWith(LEVEL_SEPARATOR, i)) {
                return false;
            }
        }
        return true;
    }
}
