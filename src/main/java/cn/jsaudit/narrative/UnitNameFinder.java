package cn.jsaudit.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds organisation names: one or more places (unit-place-pattern) and a body ending in a unit-suffix
 * word. A name starts at the start of the text, after a character that is not a Han ideograph, or right
 * after a unit-lead word, and never with a lead word. The start conditions are checked by scanning
 * rather than by look-behinds, and only up to the last suffix word in the text: a regex with those
 * look-behinds cost more than the rest of the claim extraction together.
 */
final class UnitNameFinder {

    private static final char HAN_FIRST = '\u4e00';
    private static final char HAN_LAST = '\u9fa5';

    private final List<String> leads;
    private final List<String> suffixes;
    private final Pattern name;

    UnitNameFinder(Lexicon lexicon) {
        this.leads = lexicon.words("unit-lead");
        this.suffixes = lexicon.words("unit-suffix");
        String place = String.join("|", lexicon.words("unit-place-pattern"));
        this.name = Pattern.compile("(?:" + place + ")+[" + HAN_FIRST + "-" + HAN_LAST + "]{2,15}?(?:"
                + ClaimExtractor.alternation(suffixes) + ")");
    }

    /** The names in the text, left to right, none overlapping. */
    List<String> find(String text) {
        List<String> names = new ArrayList<>();
        int limit = lastSuffix(text);
        if (limit < 0) {
            return names;
        }
        Matcher m = name.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int i = 0;
        while (i < limit) {
            if (mayStartAt(text, i) && m.region(i, text.length()).lookingAt()) {
                names.add(m.group());
                i = m.end();
            } else {
                i++;
            }
        }
        return names;
    }

    /** Where the last suffix word starts, or -1: a name ends with one, so none starts at or after it. */
    private int lastSuffix(String text) {
        int last = -1;
        for (String s : suffixes) {
            last = Math.max(last, text.lastIndexOf(s));
        }
        return last;
    }

    private boolean mayStartAt(String text, int i) {
        if (i > 0 && Character.isHighSurrogate(text.charAt(i - 1)) && Character.isLowSurrogate(text.charAt(i))) {
            return false;
        }
        for (String lead : leads) {
            if (text.startsWith(lead, i)) {
                return false;
            }
        }
        if (i == 0 || !isHan(text.charAt(i - 1))) {
            return true;
        }
        for (String lead : leads) {
            if (lead.length() <= i && text.startsWith(lead, i - lead.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHan(char c) {
        return c >= HAN_FIRST && c <= HAN_LAST;
    }
}
