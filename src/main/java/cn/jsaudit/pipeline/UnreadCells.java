package cn.jsaudit.pipeline;

import cn.jsaudit.ingest.InputFindings;
import cn.jsaudit.model.CellLines;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Severity;
import cn.jsaudit.ruleapi.TableTally;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One root cause, one finding: an amount cell holding text ("待核实") is reported once, and a table identity that
 * fails because that cell could not enter its sum — the cell lies on the identity's line ({@link CellLines}) — folds
 * under it (kept, not counted).
 */
final class UnreadCells {

    private UnreadCells() {
    }

    static List<Finding> fold(List<Finding> findings, List<TableTally> tallies) {
        Set<String> identities = tallies.stream().map(t -> t.key().rule()).collect(Collectors.toSet());
        List<Finding> out = new ArrayList<>(findings);
        for (Finding unread : findings) {
            if (!InputFindings.NOT_A_NUMBER.equals(unread.title()) || unread.locations().size() != 1) {
                continue;
            }
            Location cell = unread.locations().get(0);
            List<Finding> folded = out.stream().filter(f -> f.severity() != Severity.INFO && identities.contains(f.rule())
                    && CellLines.onLineOf(f.locations(), cell)).toList();
            if (!folded.isEmpty()) {
                out.removeAll(folded);
                out.set(out.indexOf(unread), unread.folding(folded));
            }
        }
        return out;
    }
}
