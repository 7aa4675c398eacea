package cn.jsaudit.ingest;

import cn.jsaudit.model.AmountUnit;
import java.math.BigDecimal;

/**
 * An amount cell as read: blank, a number with the decimals it was printed with, or text that is not a
 * number. A number typed with its unit ("110.26万元") carries that unit and its text; others carry neither.
 */
record CellValue(Kind kind, BigDecimal value, int decimals, String text, AmountUnit unit) {

    enum Kind { BLANK, NUMBER, NOT_A_NUMBER }

    static final CellValue BLANK = new CellValue(Kind.BLANK, BigDecimal.ZERO, 0, "", null);

    static CellValue number(BigDecimal value, int decimals) {
        return new CellValue(Kind.NUMBER, value, decimals, null, null);
    }

    static CellValue notANumber(String text) {
        return new CellValue(Kind.NOT_A_NUMBER, null, 0, text, null);
    }

    /** The same number as typed with its unit in the cell. */
    CellValue typedIn(AmountUnit stated, String typed) {
        return new CellValue(kind, value, decimals, typed, stated);
    }
}
