package cn.jsaudit.model;

import java.math.BigDecimal;

/** The unit amounts are printed in. Facts hold 万元; this converts. */
public enum AmountUnit {
    WAN_YUAN("万元", BigDecimal.ONE, 2),
    YUAN("元", new BigDecimal("10000"), 0);

    private final String label;
    private final BigDecimal perWanYuan;
    private final int usualDecimals;

    AmountUnit(String label, BigDecimal perWanYuan, int usualDecimals) {
        this.label = label;
        this.perWanYuan = perWanYuan;
        this.usualDecimals = usualDecimals;
    }

    public String label() {
        return label;
    }

    /** Decimals a table in this unit usually prints (2 for 万元, 0 for 元). */
    public int usualDecimals() {
        return usualDecimals;
    }

    /** Converts an amount printed in this unit to 万元, exactly. */
    public BigDecimal toWanYuan(BigDecimal value) {
        return this == WAN_YUAN ? value : value.divide(perWanYuan).stripTrailingZeros();
    }
}
