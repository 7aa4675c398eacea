package cn.jsaudit.ingest;

import java.math.BigDecimal;

/**
 * An amount cell as read: blank, a number with the decimals it was printed with, or text that is not a
 * number.
 */
record CellValue(Kind kind, BigDecimal value, int decimals, String text) {

    enum Kind { BLANK, NUMBER, NOT_A_NUMBER }

    static final CellValue BLANK = new CellValue(Kind.BLANK, BigDecimal.ZERO, 0, "");

    static CellValue number(BigDecimal value, int decimals) {
        return new CellValue(Kind.NUMBER, value, decimals, null);
    }

    static CellValue notANumber(String text) {
        return new CellValue(Kind.NOT_A_NUMBER, null, 0, text);
    }
}
