package cn.jsaudit.narrative;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.jsaudit.ingest.InputLimits;
import cn.jsaudit.ingest.SheetData;

import cn.jsaudit.model.Claim;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.NarrativeSentence;
import cn.jsaudit.ruleapi.Text;

/**
 * Entry point of the narrative package: reads a narrative (.docx, .txt in UTF-8 or GB18030, or a
 * 情况说明 sheet), splits it into sections and sentences and extracts each sentence's claims.
 * Build one per rules directory and reuse it; it holds no state between calls.
 */
public final class NarrativeParser {

    private final HeadingDetector headings;
    private final NarrativeReader reader;
    private final ClaimExtractor extractor;
    private final TextNormalizer normalizer;
    private final Scopes scopes;

    private NarrativeParser(Lexicon lexicon) throws NarrativeException {
        this.normalizer = new TextNormalizer(lexicon);
        this.headings = new HeadingDetector(lexicon, normalizer);
        this.reader = new NarrativeReader(new LineJoiner(headings));
        this.extractor = new ClaimExtractor(lexicon, normalizer);
        this.scopes = Scopes.of(lexicon);
    }

    /** A parser using rules/narrative/lexicon.tsv of the given rules directory. */
    public static NarrativeParser create(Path rulesDir) throws NarrativeException {
        return new NarrativeParser(Lexicon.load(rulesDir));
    }

    /** Reads a .docx or .txt narrative. */
    public Narrative parse(Path file) throws NarrativeException {
        return parse(file, InputLimits.DEFAULT);
    }

    /** Reads a .docx or .txt narrative within the input limits. */
    public Narrative parse(Path file, InputLimits limits) throws NarrativeException {
        String name = file.getFileName().toString();
        List<String> paragraphs = reader.read(file, limits);
        if (paragraphs.isEmpty()) {
            throw new NarrativeException("情况说明文件 " + name + " 没有任何文字。");
        }
        List<Location> where = new ArrayList<>();
        for (int i = 1; i <= paragraphs.size(); i++) {
            where.add(new Location(name, null, "第" + i + "段"));
        }
        return parse(name, paragraphs, where);
    }

    /** Reads a sheet titled 情况说明 (text in column A, one paragraph a row) of the given workbook file. */
    public Narrative parseSheet(SheetData sheet, String workbookFile) {
        List<String> paragraphs = new ArrayList<>();
        List<Location> where = new ArrayList<>();
        for (NarrativeReader.SheetParagraph p : NarrativeReader.readSheet(sheet)) {
            paragraphs.add(p.text());
            where.add(new Location(workbookFile, sheet.name(), "A" + p.row()));
        }
        return parse(workbookFile, paragraphs, where);
    }

    /** As {@link #parseSheet(SheetData, String)}, refusing a sheet longer than maxNarrativeCharacters. */
    public Narrative parseSheet(SheetData sheet, String workbookFile, InputLimits limits) throws NarrativeException {
        long characters = NarrativeReader.readSheet(sheet).stream().mapToLong(p -> p.text().length()).sum();
        NarrativeReader.checkLength(characters, workbookFile + " 工作表“" + sheet.name() + "”", limits);
        return parseSheet(sheet, workbookFile);
    }

    /** Paragraphs already read from elsewhere (the running text of a PDF), each with its place. */
    public Narrative parse(String file, List<String> paragraphs, List<Location> where) {
        List<NarrativeSentence> sentences = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        SectionPath path = new SectionPath();
        ClaimExtractor.Context context = extractor.newContext();
        Scopes.Tracker scope = scopes.tracker();
        for (int p = 0; p < paragraphs.size(); p++) {
            String paragraph = paragraphs.get(p);
            String compacted = Text.compact(paragraph);
            String normalized = normalizer.rewrite(compacted);
            int level = headings.levelOfNormalized(normalized);
            if (level > 0) {
                path.enter(level, paragraph);
            }
            String about = scope.next(normalized, level);
            context.startParagraph();
            List<String> parts = level > 0 ? List.of(paragraph) : SentenceSplitter.split(paragraph);
            for (int s = 0; s < parts.size(); s++) {
                String text = parts.get(s);
                // a paragraph of one sentence is compacted once
                NarrativeSentence sentence = new NarrativeSentence(p + 1, s + 1, text,
                        text.equals(paragraph) ? compacted : Text.compact(text), path.toString(), level > 0, about,
                        where.get(p));
                sentences.add(sentence);
                claims.addAll(extractor.extract(sentence, context));
            }
        }
        return new Narrative(file, sentences, ShareBases.resolve(claims));
    }
}
