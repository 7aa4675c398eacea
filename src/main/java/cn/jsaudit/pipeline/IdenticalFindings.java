package cn.jsaudit.pipeline;

import cn.jsaudit.model.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One finding per root cause: findings saying the same thing (rule, severity, table, message and quote) are one
 * finding at all their places — a missing section is not reported once per paragraph. The places are listed in
 * reading order: the order in which the rule fired for them depends on the shape of the rule network.
 */
final class IdenticalFindings {

    private record Key(String rule, Object severity, String table, String message, String quote) {
    }

    private static final Comparator<Finding> BY_PLACE =
            Comparator.comparing(Finding::primaryLocation, Comparator.nullsFirst(FindingOrder.READING));

    private IdenticalFindings() {
    }

    static List<Finding> merge(List<Finding> findings) {
        Map<Key, List<Finding>> byKey = new LinkedHashMap<>();
        for (Finding f : findings) {
            Key k = new Key(f.rule(), f.severity(), f.table(), f.message(), Objects.toString(f.quote(), ""));
            byKey.computeIfAbsent(k, x -> new ArrayList<>(1)).add(f);
        }
        List<Finding> out = new ArrayList<>(byKey.size());
        for (List<Finding> same : byKey.values()) {
            same.sort(BY_PLACE);
            Finding merged = same.get(0);
            for (Finding f : same.subList(1, same.size())) {
                merged = merged.alsoAt(f.locations());
            }
            out.add(merged);
        }
        return out;
    }
}
