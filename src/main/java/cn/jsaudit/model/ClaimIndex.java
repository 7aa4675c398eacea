package cn.jsaudit.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A narrative's claims by id; one fact per submission. A rule that follows a claim's {@link Claim#refs()} looks the
 * claims up here ({@code $n : Claim() from $claims.byId($nid)}) instead of joining {@code Claim(id == $nid)}: such a
 * join keeps every claim of the submission in a memory of its own, one memory per pattern, where the lookup touches
 * only the claims referred to.
 */
public final class ClaimIndex {

    private final Map<String, List<Claim>> byId = new HashMap<>();

    public ClaimIndex(Collection<Claim> claims) {
        for (Claim c : claims) {
            byId.computeIfAbsent(c.id(), k -> new ArrayList<>(1)).add(c);
        }
    }

    /** The claims of that id (one, ids being unique within a narrative), or none. */
    public List<Claim> byId(String id) {
        return byId.getOrDefault(id, List.of());
    }
}
