package cn.jsaudit.performance;

import cn.jsaudit.ruleapi.Labels;
import cn.jsaudit.ruleapi.Text;
import cn.jsaudit.model.FormNumber;
import cn.jsaudit.model.FormText;
import cn.jsaudit.model.Indicator;
import cn.jsaudit.model.IndicatorValue;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.StatedPart;
import cn.jsaudit.model.StatedSum;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sets a breakdown a goal text states ("办公用品 10万元，……宣传费用 20万元，共 60万元") against the form's cost
 * indicators when both break down the same money: each part is paired with the indicators that share a word of
 * its name (two characters, once the common words of forms.yaml genericPairs are cut out). Parts whose words point at an
 * indicator another part also claims are left alone; a difference that one indicator nobody claimed closes exactly
 * is taken as that indicator belonging to the part.
 */
final class BreakdownPairer {

    private final FormSheet form;
    private final Set<String> generic = new HashSet<>();

    BreakdownPairer(FormSheet form) {
        this.form = form;
        form.labels.statements().genericPairs().forEach(w -> generic.add(Text.compact(w)));
    }

    void pair() {
        List<Indicator> costs = form.facts.stream().filter(Indicator.class::isInstance).map(Indicator.class::cast)
                .filter(this::isCost).toList();
        List<StatedSum> sums = form.facts.stream().filter(StatedSum.class::isInstance).map(StatedSum.class::cast)
                .filter(s -> !s.role().equals(FormText.SECTION)).toList();
        for (StatedSum sum : sums) {
            boolean actual = sum.role().equals(FormText.ACTUAL);
            BigDecimal parts = sum.parts().stream().map(FormNumber::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            List<Item> items = new ArrayList<>();
            for (Indicator i : costs) {
                IndicatorValue v = actual ? i.actual() : i.target();
                // the 总成本 line is the breakdown's total, not one of its parts
                if (v != null && v.isQuantitative() && "万元".equals(v.unit())
                        && v.number().compareTo(sum.total().value()) != 0 && v.number().compareTo(parts) != 0) {
                    items.add(new Item(i, v));
                }
            }
            if (items.size() >= 2 && sameMoney(sum, items)) {
                pair(sum, items, actual);
            }
        }
    }

    private boolean isCost(Indicator i) {
        LabelKeys groups = form.words.costGroups();
        return groups.startsAny(Labels.key(i.level2())) || groups.startsAny(Labels.key(i.level1()));
    }

    private record Item(Indicator indicator, IndicatorValue value) {
    }

    /** Both breakdowns add up to the same money: the text's parts and the cost indicators other than the total. */
    private static boolean sameMoney(StatedSum sum, List<Item> items) {
        BigDecimal parts = sum.parts().stream().map(FormNumber::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal costs = items.stream().map(i -> i.value().number()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tolerance = sum.parts().stream().map(FormNumber::halfStep).reduce(BigDecimal.ZERO, BigDecimal::add)
                .add(BigDecimal.valueOf(5, 3).multiply(BigDecimal.valueOf(items.size())));
        return parts.subtract(costs).abs().compareTo(tolerance) <= 0;
    }

    private void pair(StatedSum sum, List<Item> items, boolean actual) {
        Map<Integer, List<Item>> matches = new HashMap<>();
        // by identity: each item is one indicator row (a record's hashCode walks all its values)
        Map<Item, Integer> claims = new IdentityHashMap<>();
        List<Set<String>> itemWords = items.stream().map(i -> words(i.indicator().name())).toList();
        for (int k = 0; k < sum.parts().size(); k++) {
            Set<String> words = words(sum.partLabels().get(k));
            List<Item> hit = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (shares(words, itemWords.get(i))) {
                    hit.add(items.get(i));
                }
            }
            matches.put(k, hit);
            hit.forEach(i -> claims.merge(i, 1, Integer::sum));
        }
        List<Item> unclaimed = items.stream().filter(i -> !claims.containsKey(i)).toList();
        for (int k = 0; k < sum.parts().size(); k++) {
            List<Item> hit = new ArrayList<>(matches.get(k));
            if (hit.isEmpty() || hit.stream().anyMatch(i -> claims.get(i) > 1)) {
                continue;
            }
            FormNumber part = sum.parts().get(k);
            BigDecimal tolerance = part.halfStep().add(BigDecimal.valueOf(5, 3).multiply(BigDecimal.valueOf(hit.size())));
            BigDecimal paired = total(hit);
            for (Item extra : unclaimed) {
                if (part.value().subtract(paired).abs().compareTo(tolerance) > 0
                        && part.value().subtract(paired.add(extra.value().number())).abs().compareTo(tolerance) <= 0) {
                    hit.add(extra);
                    paired = total(hit);
                }
            }
            List<Location> at = new ArrayList<>(List.of(sum.location()));
            hit.forEach(i -> at.add(i.value().location()));
            form.facts.add(new StatedPart(form.formId, actual ? FormText.ACTUAL : FormText.TARGET, sum.partLabels().get(k),
                    part, hit.stream().map(i -> i.indicator().name() + " " + i.value().text()).toList(), paired,
                    tolerance, at));
        }
    }

    private static BigDecimal total(List<Item> items) {
        return items.stream().map(i -> i.value().number()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The two-character words of a name once the common words are cut out of it. */
    private Set<String> words(String name) {
        String k = Labels.key(name);
        for (String w : generic) {
            k = k.replace(w, "|");
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= k.length(); i++) {
            String w = k.substring(i, i + 2);
            if (isHan(k.charAt(i)) && isHan(k.charAt(i + 1)) && !generic.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean shares(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }
}
