package cn.jsaudit.ingest;

import cn.jsaudit.ruleapi.Text;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every template shares (rules/templates/common.yaml): the table roles rules refer to, and the header labels
 * that name a key column (行次, 科目代码 whole or split in 类/款/项, 项目/科目名称), a numbering row (栏次), a
 * subtotal leaf (小计), notes under a table (注) and the phrases of a 空表说明 (本表无数据); the factors by which figures
 * filled in the wrong amount unit differ (unitScales: 元 for 万元 is 10000).
 */
public record TemplateVocabulary(Map<String, String> roles, List<String> rowNumberLabels, List<String> codeLabels,
                                 List<String> codePartLabels, List<String> nameLabels, List<String> subtotalLabels,
                                 List<String> numberingLabels, List<String> notePrefixes,
                                 List<String> emptyNotes, ReadingDoubt readingDoubt, List<Integer> unitScales) {

    /**
     * When a table's own identities fail on more than {@code failShare} of their comparisons, and at least
     * {@code minFailures} times, the reading is in doubt: one finding says so and the per-row findings fold under it.
     */
    public record ReadingDoubt(double failShare, int minFailures) {
    }

    public TemplateVocabulary {
        roles = roles == null ? Map.of() : new LinkedHashMap<>(roles);
        rowNumberLabels = compacted(rowNumberLabels);
        codeLabels = compacted(codeLabels);
        codePartLabels = compacted(codePartLabels);
        nameLabels = compacted(nameLabels);
        subtotalLabels = compacted(subtotalLabels);
        numberingLabels = compacted(numberingLabels);
        notePrefixes = compacted(notePrefixes);
        emptyNotes = compacted(emptyNotes);
        readingDoubt = readingDoubt == null ? new ReadingDoubt(0.5, 3) : readingDoubt;
        unitScales = unitScales == null ? List.of() : List.copyOf(unitScales);
    }

    private static List<String> compacted(List<String> labels) {
        return labels == null ? List.of() : labels.stream().map(Text::compact).toList();
    }

    /** The compacted header labels that name a key column, as one set for a reader that asks about every row. */
    Set<String> keyLabels() {
        Set<String> out = new HashSet<>(rowNumberLabels);
        out.addAll(codeLabels);
        out.addAll(codePartLabels);
        out.addAll(nameLabels);
        return out;
    }

    /** Whether a compacted header label names a key column (and so is not an amount column's label). */
    boolean isKeyLabel(String compact) {
        return rowNumberLabels.contains(compact) || codeLabels.contains(compact) || codePartLabels.contains(compact)
                || nameLabels.contains(compact);
    }
}
