package cn.jsaudit.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A column of a table that has at least one {@link Amount}: a rule that needs a column to have been read asks
 * {@code exists ColumnRead(role == "支出", col == 1)} and matches one fact instead of every amount of the column
 * (the formula tables ask this of each column they name: about a tenth of the rules' CPU when asked of the amounts).
 *
 * @param role the table's role, as in {@link Amount#role()}
 * @param col  the column number, as in {@link Amount#col()}
 */
public record ColumnRead(String role, int col) {

    /** One per role and column that the amounts fill, in the order the amounts first fill them. */
    public static List<ColumnRead> of(Collection<Amount> amounts) {
        Set<ColumnRead> seen = new HashSet<>();
        List<ColumnRead> out = new ArrayList<>();
        for (Amount a : amounts) {
            ColumnRead c = new ColumnRead(a.role(), a.col());
            if (seen.add(c)) {
                out.add(c);
            }
        }
        return out;
    }
}
