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
        String s = Text.compact(text);
        for (Map.Entry<String, String> e : rewrites.entrySet()) {
            s = s.replace(e.getKey(), e.getValue());
        }
        return s;
    }
}
