package cn.jsaudit.ruleapi;

import cn.jsaudit.model.FormText;
import cn.jsaudit.model.Location;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds a goal copied from another project: a clause of one project's goals that the other project's goals state
 * word for word, and that names what only the other project's name names ("减轻退役军人就医负担" in the goals of
 * a 破产企业职工 project, copied from the 退役军人 project).
 */
public final class BorrowedGoals {

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,，。;；:：!！?？\\n]");
    /** The shortest clause worth comparing, and the length of the words a name is cut into. */
    private static final int MIN_CLAUSE = 6;
    private static final int WORD = 4;

    /** The copied clause, the word of the other project's name it contains, and where both forms state it. */
    public record Borrowed(String clause, String term, Location own, Location other) {
    }

    private BorrowedGoals() {
    }

    /** The first clause of {@code own} that was copied from the other project; empty when there is none. */
    public static List<Borrowed> find(String ownName, String otherName, Collection<?> own, Collection<?> other) {
        String ownKey = Labels.key(ownName);
        Set<String> otherWords = words(Labels.key(otherName));
        otherWords.removeIf(ownKey::contains);
        if (otherWords.isEmpty()) {
            return List.of();
        }
        // in reading order, so that the finding points at the same cell whatever order the texts were collected in
        List<FormText> texts = own.stream().map(FormText.class::cast).sorted(java.util.Comparator
                .comparingInt((FormText t) -> t.location().rowIndex()).thenComparingInt(t -> t.location().columnIndex())).toList();
        for (FormText t : texts) {
            for (String clause : CLAUSE_BREAK.split(t.text())) {
                String c = Text.compact(clause);
                if (c.length() < MIN_CLAUSE) {
                    continue;
                }
                String term = otherWords.stream().filter(c::contains).findFirst().orElse(null);
                if (term == null) {
                    continue;
                }
                for (Object p : other) {
                    FormText u = (FormText) p;
                    if (Text.compact(u.text()).contains(c)) {
                        return List.of(new Borrowed(c, term, t.location(), u.location()));
                    }
                }
            }
        }
        return List.of();
    }

    /** The four-character words of a name, those with digits (years) left out. */
    private static Set<String> words(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i + WORD <= name.length(); i++) {
            String w = name.substring(i, i + WORD);
            if (w.chars().noneMatch(Character::isDigit) && Text.hasHan(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
