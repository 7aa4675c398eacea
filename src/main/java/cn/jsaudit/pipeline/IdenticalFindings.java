package cn.jsaudit.pipeline;

import cn.jsaudit.model.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One finding per root cause: findings saying the same thing (rule, severity, table, message and quote) are one
 * finding at all their places — a missing section is not reported once per paragraph.
 */
final class IdenticalFindings {

    private record Key(String rule, Object severity, String table, String message, String quote) {
    }

    private IdenticalFindings() {
    }

    static List<Finding> merge(List<Finding> findings) {
        Map<Key, Finding> byKey = new LinkedHashMap<>();
        for (Finding f : findings) {
            Key k = new Key(f.rule(), f.severity(), f.table(), f.message(), Objects.toString(f.quote(), ""));
            byKey.merge(k, f, (a, b) -> a.alsoAt(b.locations()));
        }
        return new ArrayList<>(byKey.values());
    }
}
