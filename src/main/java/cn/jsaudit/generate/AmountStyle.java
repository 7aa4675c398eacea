package cn.jsaudit.generate;

import java.math.BigDecimal;
import java.util.Random;

/**
 * How a layout prints amounts: numbers formatted #,##0.00, or now and then text as a typist enters it (separators,
 * a trailing space, full-width digits and commas), and zeros as 0.00, a blank cell or a dash.
 *
 * @param textShare the share of non-zero amounts typed as text
 * @param typist    text in every form a typist produces; otherwise only "1,085.68" and "110.26 " as exports do
 */
record AmountStyle(double textShare, boolean typist, Zero zero) {

    /** How a zero amount is printed. */
    enum Zero { NUMBER, BLANK, DASH }

    static final AmountStyle NUMBERS = new AmountStyle(0, false, Zero.NUMBER);
    static final AmountStyle BLANK_ZEROS = new AmountStyle(0, false, Zero.BLANK);

    /** The text for a non-zero amount, or null to print it as a number. */
    String text(BigDecimal wan, Random rnd) {
        if (textShare == 0 || rnd.nextDouble() >= textShare) {
            return null;
        }
        if (!typist) {
            return rnd.nextBoolean() ? Money.grouped(wan) : wan.toPlainString() + " ";
        }
        return switch (rnd.nextInt(5)) {
            case 0 -> Money.grouped(wan);
            case 1 -> Money.grouped(wan).replace(',', ' ');
            case 2 -> fullWidth(wan.toPlainString());
            case 3 -> Money.grouped(wan).replace(',', '，');
            default -> wan.toPlainString() + " ";
        };
    }

    /** "１０８５．６８": digits, point and comma in their full-width forms, as Chinese input methods type them. */
    static String fullWidth(String ascii) {
        StringBuilder b = new StringBuilder(ascii.length());
        for (char ch : ascii.toCharArray()) {
            b.append(ch >= '0' && ch <= '9' ? (char) ('０' + (ch - '0')) : ch == '.' ? '．' : ch == ',' ? '，' : ch);
        }
        return b.toString();
    }
}
