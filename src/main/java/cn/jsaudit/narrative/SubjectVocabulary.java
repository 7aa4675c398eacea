package cn.jsaudit.narrative;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

/**
 * rules/vocabulary/subjects.tsv (subject phrase → table cell) and subject-tables.tsv (where cited
 * 科目 must exist). See the comments in those files for their columns.
 */
public final class SubjectVocabulary {

    public static final String SUBJECTS = "vocabulary/subjects.tsv";
    public static final String SUBJECT_TABLES = "vocabulary/subject-tables.tsv";
    static final String ANY = "*";

    /** the entries naming each phrase or synonym, in file order: linking looks subjects up by the hundred */
    private final Map<String, List<Entry>> byName = new HashMap<>();
    private final List<Entry> wildcards = new ArrayList<>();
    private final Map<String, List<String>> classificationTables;

    private SubjectVocabulary(List<Entry> entries, Map<String, List<String>> classificationTables) {
        for (Entry e : entries) {
            if (e.isWildcard()) {
                wildcards.add(e);
                continue;
            }
            byName.computeIfAbsent(e.phrase(), k -> new ArrayList<>()).add(e);
            for (String synonym : e.synonyms()) {
                List<Entry> named = byName.computeIfAbsent(synonym, k -> new ArrayList<>());
                if (!named.contains(e)) {
                    named.add(e);
                }
            }
        }
        this.classificationTables = classificationTables;
    }

    public static SubjectVocabulary load(Path rulesDir) throws NarrativeException {
        List<Entry> entries = new ArrayList<>();
        for (DataFile.Row row : DataFile.read(rulesDir.resolve(SUBJECTS))) {
            entries.add(Entry.of(row));
        }
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (DataFile.Row row : DataFile.read(rulesDir.resolve(SUBJECT_TABLES))) {
            tables.put(row.get(0), Arrays.asList(row.get(1).split("、")));
        }
        return new SubjectVocabulary(entries, tables);
    }

    /**
     * The entries naming this subject in this section for this measure: those with a section filter
     * if any matches, else those without; exact phrases before the wildcard.
     */
    List<Entry> lookup(String subject, String section, String measure) {
        for (boolean wildcard : new boolean[] {false, true}) {
            List<Entry> withSection = new ArrayList<>();
            List<Entry> without = new ArrayList<>();
            for (Entry e : wildcard ? wildcards : byName.getOrDefault(subject, List.of())) {
                if (!e.measure().equals(measure)) {
                    continue;
                }
                if (e.section().isEmpty()) {
                    without.add(e);
                } else if (section != null && section.contains(e.section())) {
                    withSection.add(e);
                }
            }
            if (!withSection.isEmpty()) {
                return withSection;
            }
            if (!without.isEmpty()) {
                return without;
            }
        }
        return List.of();
    }

    /** The tables listing the rows of a classification (功能分类, 经济分类). */
    List<String> tablesOf(String classification) {
        return classificationTables.getOrDefault(classification, List.of());
    }

    /** One line of subjects.tsv. */
    record Entry(String phrase, List<String> synonyms, String section, String measure, String table, String row,
                 String col, int line) {

        static Entry of(DataFile.Row r) throws NarrativeException {
            if (r.fields().size() < 7) {
                throw r.error("应有 7 列（短语、同义词、章节、口径、表、行、栏），实际 " + r.fields().size() + " 列");
            }
            String measure = dash(r.get(3)).isEmpty() ? "决算" : r.get(3);
            if (!measure.equals("决算") && !measure.equals("预算")) {
                throw r.error("口径应为 决算 或 预算，而不是 " + measure);
            }
            List<String> synonyms = dash(r.get(1)).isEmpty() ? List.of() : Arrays.asList(r.get(1).split("、"));
            return new Entry(r.get(0), synonyms, dash(r.get(2)), measure, r.get(4), r.get(5), r.get(6), r.line());
        }

        private static String dash(String s) {
            return s.equals("-") ? "" : s;
        }

        boolean isWildcard() {
            return phrase.equals(ANY);
        }

        String describe() {
            return SUBJECTS + " 第 " + line + " 行（" + phrase + " → " + table + " " + row + " 第" + col + "栏）";
        }
    }
}
