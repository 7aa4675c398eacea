package cn.jsaudit.ruleapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.model.Amount;
import cn.jsaudit.model.Claim;
import cn.jsaudit.model.ClaimKind;
import cn.jsaudit.model.FormNumber;
import cn.jsaudit.model.Location;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** One policy for table amounts, narrative claims and form numbers: half-steps, floors, rates, printing. */
class NumberPolicyTest {

    private static final Location AT = new Location("f.xlsx", "Sheet1", "C5");

    private static Amount amount(String v) {
        BigDecimal value = new BigDecimal(v);
        return new Amount("公开01表", "收支总表", "", 1, null, "x", 1, "决算数", value,
                FormNumber.halfStepOf(value.scale()), AT);
    }

    private static Claim claim(String v, String unit) {
        BigDecimal value = new BigDecimal(v);
        return new Claim("段落1-1-1", ClaimKind.AMOUNT, "", null, null, null, value, unit, value.scale(), null, null,
                false, null, null, "", "", "", AT);
    }

    private static FormNumber form(String v) {
        BigDecimal value = new BigDecimal(v);
        return new FormNumber(value, FormNumber.halfStepOf(value.scale()), v, AT);
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void theThreeKindsOfPrintedNumberHaveOneTolerance() {
        NumberPolicy p = NumberPolicy.DEFAULT;
        assertEquals(0, d("0.01").compareTo(p.tolerance(amount("1.23"), claim("1.23", "万元"))));
        assertEquals(0, d("0.01").compareTo(p.tolerance(form("1.23"), amount("4.56"))));
        assertEquals(0, d("0.005").compareTo(p.tolerance(amount("0.00"), claim("1.23", "万元"))), "a printed 0 is exact");
    }

    @Test
    void zerosAndTheFloorFollowTheSettings() {
        NumberPolicy p = new NumberPolicy(false, d("0.05"), d("0.2"));
        assertEquals(0, d("0.05").compareTo(p.tolerance(amount("0.00"), claim("1.23", "万元"))),
                "zeros are intervals too, and amounts get the floor");
        assertEquals(0, d("0.55").compareTo(p.tolerance(claim("12.3", "%"), claim("0", "%"))),
                "rates compared as printed get no floor for amounts");
        assertEquals(0, d("0.2").compareTo(p.rateTolerance(claim("50.00", "%"), amount("0.00"), amount("4.00"))),
                "a rate's floor");
    }

    @Test
    void aRecomputedRateCarriesThePartsRoundingRoundedUp() {
        // 36.75 ÷ 38.18 × 100 = 96.2546…: 0.005 + (0.005 / 38.18 + 36.75 × 0.005 / 38.18²) × 100 = 0.030702… → 0.0308
        BigDecimal t = NumberPolicy.DEFAULT.rateTolerance(form("96.22"), form("36.75"), form("38.18"));
        assertEquals("0.0308", t.toPlainString());
        assertEquals("0.56", NumberPolicy.DEFAULT.rateTolerance(claim("98", "%"), claim("97.5", "万元"), claim("99.00", "万元"))
                .toPlainString(), "a rate printed without decimals: its tolerance to two decimals");
    }

    @Test
    void printingIsExactForPrintedFiguresAndRoundsQuotients() {
        assertEquals("12.00", NumberPolicy.fmt(d("12")));
        assertEquals("0.005", NumberPolicy.fmt(d("0.005")));
        assertEquals("1.234567", NumberPolicy.fmt(d("1.234567")), "元 with 分 in 万元 is printed whole");
        assertEquals("33.3333", NumberPolicy.fmt(d("100").divide(d("3"), java.math.MathContext.DECIMAL64)));
        assertEquals("0.0000005", NumberPolicy.fmt(d("0.0000005")), "a 元 table's half step in 万元 is not printed as 0");
        assertEquals("0.000001", NumberPolicy.fmt(d("0.000001")));
        assertEquals("—", NumberPolicy.fmt(null));
        assertEquals("96.3%", NumberPolicy.fmtRate(d("96.2546"), claim("96", "%")));
        assertEquals("134.11%", NumberPolicy.pct(d("134.106")));
    }

    @Test
    void beyondIsStrict() {
        assertFalse(NumberPolicy.beyond(d("1.00"), d("1.01"), d("0.01")));
        assertTrue(NumberPolicy.beyond(d("1.00"), d("1.02"), d("0.01")));
    }
}
