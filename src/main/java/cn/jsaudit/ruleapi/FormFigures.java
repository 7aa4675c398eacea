package cn.jsaudit.ruleapi;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jsaudit.model.Indicator;
import cn.jsaudit.model.IndicatorValue;

/** The money an indicator of a form states ("10万元（按市场价）"), in 万元: its 完成值, else its 指标值. */
public final class FormFigures {

    private static final Pattern MONEY = Pattern.compile("(\\d+(?:\\.\\d+)?)(万元|元)");
    private static final BigDecimal YUAN_TO_WAN = new BigDecimal("0.0001");

    private FormFigures() {
    }

    /** The amount in 万元, zero when neither value states money. */
    public static BigDecimal money(Indicator i) {
        BigDecimal actual = money(i.actual());
        return actual.signum() != 0 ? actual : money(i.target());
    }

    private static BigDecimal money(IndicatorValue v) {
        if (v == null || v.text() == null) {
            return BigDecimal.ZERO;
        }
        Matcher m = MONEY.matcher(Text.compact(v.text()));
        if (!m.find()) {
            return BigDecimal.ZERO;
        }
        BigDecimal n = new BigDecimal(m.group(1));
        return m.group(2).equals("万元") ? n : n.multiply(YUAN_TO_WAN);
    }
}
