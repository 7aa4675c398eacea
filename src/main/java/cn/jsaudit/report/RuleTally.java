package cn.jsaudit.report;

import cn.jsaudit.model.Finding;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Findings per rule id, counted as submissions pass by. */
public final class RuleTally {

    private final Map<String, Long> counts = new HashMap<>();

    public void add(Collection<Finding> findings) {
        for (Finding f : findings) {
            counts.merge(f.rule(), 1L, Long::sum);
        }
    }

    /** Most frequent first, ties by rule id. */
    public Map<String, Long> sorted() {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
