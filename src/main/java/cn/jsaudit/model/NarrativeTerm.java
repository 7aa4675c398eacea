package cn.jsaudit.model;

/**
 * One entry of the narrative lexicon given to the rules as a fact, so that word lists such as
 * placeholder words or required section headings stay data: a rule matches
 * {@code NarrativeTerm(category == "placeholder", $w: value)}.
 *
 * @param category the lexicon category ("placeholder", "required-section", "unit-never-leftover" …)
 * @param value    the word or pattern
 * @param label    the third column of the lexicon line (a display name), or ""
 */
public record NarrativeTerm(String category, String value, String label) {
}
