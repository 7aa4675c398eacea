package cn.jsaudit.model;

/**
 * One sentence of the narrative, with the section it stands in. Headings are sentences too
 * ({@code heading} true), so a rule can check which sections are present.
 *
 * @param paragraph the 1-based paragraph number in document order
 * @param index     the 1-based sentence number within the paragraph
 * @param text      the sentence as printed (line breaks inside a sentence joined)
 * @param compactText the text compacted once when read (full-width forms folded, no white space: ruleapi.Text), so
 *                  that rules look for words in it without compacting it again for every pair of facts they try
 * @param section   the section path, " > "-joined; for a heading the path ending with itself
 * @param heading   true when the sentence is a section heading
 * @param scope     the project or sub-unit the sentence is about, "" for the submitting unit (see {@link Claim#scope})
 * @param location  file and position ("第12段")
 */
public record NarrativeSentence(int paragraph, int index, String text, String compactText, String section,
                                boolean heading, String scope, Location location) {

    /** True when this sentence comes before the other one in the document. */
    public boolean before(NarrativeSentence other) {
        return paragraph < other.paragraph || (paragraph == other.paragraph && index < other.index);
    }
}
