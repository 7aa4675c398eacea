package cn.jsaudit.performance;

import cn.jsaudit.ruleapi.Labels;
import cn.jsaudit.model.Explanation;
import cn.jsaudit.model.FormUnit;
import cn.jsaudit.model.Signature;
import java.util.List;
import java.util.Set;

/**
 * Reads the fields that say who filled in a form: the units it names (预算部门名称, 单位名称, 项目实施单位 …),
 * the signatures (填表人, 单位负责人, 联系电话) and the form's general 偏差原因分析.
 * A field is "label：value" in one cell or a label cell followed by its value cell.
 */
final class PartyReader {

    /** Entries meaning "nothing to explain". */
    private static final Set<String> NOTHING = Set.of("无", "/", "-", "—", "");

    /** A signature field's label may carry the act ("单位负责人签字"): its role is the label without it. */
    private static final List<String> SIGNED = List.of("签字", "签名", "签章");

    private final FormSheet form;
    private final LabelKeys roleKeys;

    PartyReader(FormSheet form, LabelKeys roleKeys) {
        this.form = form;
        this.roleKeys = roleKeys;
    }

    /**
     * The keys of every field label (units, signatures, deviation notes), computed once per rules folder: every
     * cell of every form is asked whether it names one.
     */
    static LabelKeys roleKeys(FormLabels l) {
        return LabelKeys.of(l.units().stream().map(FormLabels.UnitRole::label).toList(), l.signatures(), l.deviationNotes());
    }

    void read() {
        Grid g = form.grid;
        for (int r = 0; r <= g.lastRow(); r++) {
            for (int c = 0; c < g.width(r); c++) {
                if (g.isAnchor(r, c)) {
                    readField(r, c);
                }
            }
        }
    }

    private void readField(int r, int c) {
        String role;
        String value;
        int valueCol = c;
        String[] parts = form.inline(r, c);
        String inlineRole = parts == null ? null : role(Labels.key(parts[0]));
        if (inlineRole != null && !parts[1].isEmpty()) {
            role = inlineRole;
            value = parts[1];
        } else if (roleKeys.mayName(form.grid.compact(r, c)) && (role = role(form.grid.key(r, c))) != null) {
            valueCol = form.grid.nextFilled(r, c);
            value = valueCol < 0 ? "" : form.grid.compact(r, valueCol);
            if (role(Labels.key(value)) != null) {
                value = "";
            }
        } else {
            return;
        }
        emit(role, value, r, valueCol < 0 ? c : valueCol);
    }

    private void emit(String role, String value, int r, int c) {
        FormLabels l = form.labels;
        if (Labels.matches(role, l.deviationNotes())) {
            if (!NOTHING.contains(value)) {
                form.facts.add(new Explanation(form.formId, "", value, form.location(r, c)));
            }
            return;
        }
        if (value.isEmpty()) {
            return;
        }
        for (FormLabels.UnitRole u : l.units()) {
            if (Labels.key(u.label()).equals(role)) {
                form.facts.add(new FormUnit(form.formId, role, value, u.submitter(), form.location(r, c)));
                return;
            }
        }
        form.facts.add(new Signature(form.formId, role, value, form.location(r, c)));
    }

    /** The role key a label's key names ("单位负责人签字" → "单位负责人"), or null when it is no field label. */
    private String role(String key) {
        String k = key;
        for (String act : SIGNED) {
            if (k.endsWith(act)) {
                k = k.substring(0, k.length() - act.length());
                break;
            }
        }
        return roleKeys.contains(k) ? k : null;
    }
}
