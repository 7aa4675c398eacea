package cn.jsaudit.narrative;

import cn.jsaudit.ruleapi.FormLinker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.jsaudit.ingest.InputLimits;
import cn.jsaudit.ingest.SheetData;

import cn.jsaudit.model.Amount;
import cn.jsaudit.model.ClaimLink;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.NarrativeTerm;
import cn.jsaudit.model.TableInfo;

/**
 * What the pipeline calls: reads a narrative and turns it, together with the tables' amounts, into the
 * facts the narrative rules (rules/narrative/*.drl) match: sentences, claims, claim links and the
 * lexicon terms the rules need (placeholder words, required sections …). Build once per rules
 * directory; it is immutable and can be shared across threads.
 */
public final class NarrativeFacts {

    /** Lexicon categories handed to the rules as {@link NarrativeTerm} facts. */
    private static final List<String> RULE_TERMS = List.of("placeholder", "required-section",
            "required-section-gate", "procurement-total", "procurement-part", "procurement-sme", "unit-suffix",
            "unit-never-leftover", "unit-check-skip-section", "unit-place-pattern", "unit-abbreviation",
            "higher-level-wording", "unit-own-part-word", "reason-marker", "generic-reason", "unfinished-marker",
            "project-count-pattern", "execution-basis-gap", "outdated-deadline-pattern", "outdated-wording",
            "carry-over-word", "current-year-funds", "no-procurement-pattern", "purchase-word", "meeting-training", "nil-word", "scope-whole-word", "same-rate-min-length", "report-year-pattern", "report-year-heading-pattern",
            "punctuation-slip-pattern");

    private final NarrativeParser parser;
    private final ClaimLinker linker;
    /** the same for every narrative (immutable facts): made once, not per submission */
    private final List<NarrativeTerm> terms;

    private NarrativeFacts(Lexicon lexicon, NarrativeParser parser, ClaimLinker linker) {
        this.parser = parser;
        this.linker = linker;
        this.terms = terms(lexicon);
    }

    public static NarrativeFacts create(Path rulesDir) throws NarrativeException {
        Lexicon lexicon = Lexicon.load(rulesDir);
        return new NarrativeFacts(lexicon, NarrativeParser.create(rulesDir),
                new ClaimLinker(SubjectVocabulary.load(rulesDir)));
    }

    public Narrative read(Path file) throws NarrativeException {
        return parser.parse(file);
    }

    /** Reads a narrative file within the input limits (the pipeline's way). */
    public Narrative read(Path file, InputLimits limits) throws NarrativeException {
        return parser.parse(file, limits);
    }

    public Narrative read(SheetData sheet, String workbookFile) {
        return parser.parseSheet(sheet, workbookFile);
    }

    /** Reads a 情况说明 sheet within the input limits (the pipeline's way). */
    public Narrative read(SheetData sheet, String workbookFile, InputLimits limits) throws NarrativeException {
        return parser.parseSheet(sheet, workbookFile, limits);
    }

    /** Paragraphs already rejoined (the running text of a PDF), each with the place it is printed. */
    public Narrative read(String file, List<String> paragraphs, List<Location> where) {
        return parser.parse(file, paragraphs, where);
    }

    /** The claims' links to table cells. */
    public List<ClaimLink> links(Narrative narrative, List<Amount> amounts) {
        return linker.link(narrative.claims(), amounts);
    }

    /**
     * Sentences, claims, their links to table cells and to performance forms, and rule terms, ready to insert
     * into a session beside the table facts.
     *
     * @param others the submission's other facts read so far (performance forms' execution lines …)
     */
    public List<Object> facts(Narrative narrative, List<Amount> amounts, List<?> others) {
        List<Object> facts = new ArrayList<>();
        facts.addAll(narrative.sentences());
        facts.addAll(narrative.claims());
        List<ClaimLink> links = links(narrative, amounts);
        facts.addAll(links);
        facts.addAll(FormLinker.link(narrative.claims(), links, others));
        facts.addAll(linker.onEmptyTables(narrative.claims(), others.stream()
                .filter(TableInfo.class::isInstance).map(TableInfo.class::cast).toList()));
        facts.addAll(terms);
        return facts;
    }

    List<NarrativeTerm> terms() {
        return terms;
    }

    private static List<NarrativeTerm> terms(Lexicon lexicon) {
        List<NarrativeTerm> terms = new ArrayList<>();
        for (String category : RULE_TERMS) {
            lexicon.pairs(category).forEach((value, label) -> terms.add(new NarrativeTerm(category, value,
                    label == null ? "" : label)));
        }
        return List.copyOf(terms);
    }
}
