package cn.jsaudit.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One fact stated by a sentence of the narrative (情况说明).
 *
 * @param id        unique within the narrative: "段落12-2-3" (paragraph, sentence, claim)
 * @param kind      what is stated
 * @param subject   the noun phrase it is about, normalised ("一般公共预算财政拨款基本支出"); for
 *                  SUBJECT_CODE the cited name, for UNIT_NAME the unit's name; "" when unknown
 * @param parent    the subject of the list it belongs to ("公用经费" for "办公费 0.53 万元"), or null
 * @param base      for SHARE/EXECUTION the base phrase ("本年支出", "年初预算"); for REASON what the
 *                  reason compares with ("预算", "上年"); for COUNT the words after the counter ("一级项目的绩效自评结果"
 *                  in "5 个一级项目的绩效自评结果"); for SUBJECT_CODE the level; otherwise null
 * @param measure   for AMOUNT which figure: "决算" (the default), "年初预算", "全年预算", "预算", "执行"
 * @param value     万元 for AMOUNT/CHANGE, percentage points for rates, the number for COUNT/YEAR; null otherwise
 * @param unit      the printed unit after normalisation: "万元", "%", "辆", "个" …; null when no number
 * @param scale     decimals printed (96.26 → 2, 100% → 0); the claim stands for value ± half a unit of that digit
 * @param direction for CHANGE/GROWTH/REASON the direction the words state
 * @param year      the year the figure belongs to, or null
 * @param prior     true when the figure is the prior year's ("2022 年度决算数为 …")
 * @param code      for SUBJECT_CODE the cited code, or null
 * @param refs      ids of the claims this one is computed from or explains: SHARE [numerator, base],
 *                  GROWTH [change, current figure], EXECUTION [actual, budget], REASON [the change] or
 *                  [actual, budget]; only those found in the text
 * @param quote     the sentence, as printed
 * @param section   the section path, " > "-joined ("第三部分 … > 九、… > （一）…")
 * @param scope     what the figure is about beyond its subject: "" for the submitting unit as a whole, else the
 *                  project or sub-unit the paragraph or report names ("2022年干部职工体检费"); a project's 预算数
 *                  is not the department's
 * @param location  file and position ("第12段")
 */
public record Claim(String id, ClaimKind kind, String subject, String parent, String base, String measure,
                    BigDecimal value, String unit, int scale, Direction direction, Integer year, boolean prior,
                    String code, List<String> refs, String quote, String section, String scope, Location location)
        implements Printed {

    public Claim {
        refs = refs == null ? List.of() : List.copyOf(refs);
        scope = scope == null ? "" : scope;
    }

    /**
     * The id's hash: equal claims have equal ids, and rules join claims on identity ({@code claim == $s}), which
     * hashes the claim for every link; the record's own hash walks all eighteen components each time.
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(id);
    }

    /** The same claim referring to other claims (set once the whole narrative is known). */
    public Claim withRefs(List<String> newRefs) {
        return new Claim(id, kind, subject, parent, base, measure, value, unit, scale, direction, year, prior, code,
                newRefs, quote, section, scope, location);
    }

    /** Half of the last printed digit (96.26 → 0.005; 87.3 → 0.05; 14 → 0.5). */
    @Override
    public BigDecimal halfStep() {
        return BigDecimal.valueOf(5, scale + 1);
    }

    /** The paragraph the claim stands in ("段落12-2-3" → 12). */
    public int paragraph() {
        return Integer.parseInt(id.substring(2, id.indexOf('-')));
    }

    /** True for a number stated as exactly zero. */
    @Override
    public boolean isZero() {
        return value != null && value.signum() == 0;
    }

    /** True for a figure in 万元. */
    @Override
    public boolean isAmount() {
        return "万元".equals(unit);
    }

    /** The value with the sign its direction words give (减少 16.1 → −16.1). */
    public BigDecimal signedValue() {
        return value == null || direction != Direction.DOWN ? value : value.negate();
    }
}
