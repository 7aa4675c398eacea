package cn.jsaudit.narrative;

import cn.jsaudit.ruleapi.Text;
import java.util.Map;

/**
 * The form of a sentence the extractor matches against: NFKC (full-width digits, ％, （） and ，
 * become ASCII), white space removed ("100 %" → "100%", "1 085.68" → "1085.68"), and the lexicon's
 * rewrites applied ("收、支" → "收支").
 */
final class TextNormalizer {

    private final Map<String, String> rewrites;

    TextNormalizer(Lexicon lexicon) {
        this.rewrites = lexicon.pairs("rewrite");
    }

    String normalize(String text) {
        return rewrite(Text.compact(text));
    }

    /** The lexicon's rewrites applied to a text already compacted ({@link Text#compact}). */
    String rewrite(String compacted) {
        String s = compacted;
        for (Map.Entry<String, String> e : rewrites.entrySet()) {
            s = s.replace(e.getKey(), e.getValue());
        }
        return s;
    }
}
