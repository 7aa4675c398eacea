package cn.jsaudit.pipeline;

import cn.jsaudit.model.Positions;
import cn.jsaudit.model.ScreeningResult;
import cn.jsaudit.model.UnitExplanation;
import cn.jsaudit.model.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Attaches units' explanations to the findings they name: same rule, and the 位置 either the finding's whole
 * position text or its first cell (a unit may shorten it); the unit, when the explanation names one, must be
 * the submission's (a suffix such as （本级） on either side is tolerated).
 */
public final class Explanations {

    private final List<UnitExplanation> all;

    public Explanations(List<UnitExplanation> all) {
        this.all = List.copyOf(all);
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** The findings, each with its explanation if one matches; an existing explanation is kept when none does. */
    public List<Finding> apply(String unit, List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            UnitExplanation e = match(unit, f);
            out.add(e == null ? f : f.withExplanation(e.text()));
        }
        return out;
    }

    /** The result with explanations applied to its findings (their order is unchanged). */
    public ScreeningResult apply(ScreeningResult r) {
        return isEmpty() ? r
                : new ScreeningResult(r.file(), r.unit(), r.year(), r.template(), apply(r.unit(), r.findings()));
    }

    private UnitExplanation match(String unit, Finding f) {
        String whole = Positions.key(Positions.of(f));
        String first = f.primaryLocation() == null ? "" : Positions.key(Positions.of(f.primaryLocation()));
        for (UnitExplanation e : all) {
            String p = Positions.key(e.position());
            if (e.rule().equals(f.rule()) && (p.equals(whole) || p.equals(first)) && sameUnit(e.unit(), unit)) {
                return e;
            }
        }
        return null;
    }

    private static boolean sameUnit(String named, String unit) {
        if (named == null || named.isBlank()) {
            return true;
        }
        if (unit == null) {
            return false;
        }
        String a = named.replaceAll("\\s", "");
        String b = unit.replaceAll("\\s", "");
        return a.equals(b) || a.startsWith(b + "（") || b.startsWith(a + "（") || a.startsWith(b + "(") || b.startsWith(a + "(");
    }
}
