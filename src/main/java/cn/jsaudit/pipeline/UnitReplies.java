package cn.jsaudit.pipeline;

import cn.jsaudit.model.Positions;
import cn.jsaudit.model.ScreeningResult;
import cn.jsaudit.model.UnitReply;
import cn.jsaudit.model.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Attaches units' replies (单位说明) to the findings they name: same rule, and the 位置 either the finding's whole
 * position text or its first cell (a unit may shorten it); the unit, when the reply names one, must be the
 * submission's, compared as across years ({@link UnitKey}: white space and bracket width aside), a suffix such as
 * （本级） on either side tolerated.
 */
public final class UnitReplies {

    private final List<UnitReply> all;

    public UnitReplies(List<UnitReply> all) {
        this.all = List.copyOf(all);
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** The findings, each with its reply if one matches; an existing reply is kept when none does. */
    public List<Finding> apply(String unit, List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            UnitReply reply = match(unit, f);
            out.add(reply == null ? f : f.withExplanation(reply.text()));
        }
        return out;
    }

    /** The result with the replies applied to its findings (their order is unchanged). */
    public ScreeningResult apply(ScreeningResult r) {
        return isEmpty() ? r
                : r.withFindings(apply(r.unit(), r.findings()));
    }

    private UnitReply match(String unit, Finding f) {
        String whole = Positions.key(Positions.of(f));
        String first = f.primaryLocation() == null ? "" : Positions.key(Positions.of(f.primaryLocation()));
        for (UnitReply reply : all) {
            String p = Positions.key(reply.position());
            if (reply.rule().equals(f.rule()) && (p.equals(whole) || p.equals(first)) && sameUnit(reply.unit(), unit)) {
                return reply;
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
        String a = UnitKey.of(named);
        String b = UnitKey.of(unit);
        return a.equals(b) || a.startsWith(b + "(") || b.startsWith(a + "(");
    }
}
