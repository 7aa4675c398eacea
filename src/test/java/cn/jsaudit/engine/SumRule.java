package cn.jsaudit.engine;

import cn.jsaudit.model.Amount;
import cn.jsaudit.model.Location;
import java.math.BigDecimal;

/** A one-rule DRL the engine tests compile (T99-01: 公开99表's 合计 = the sum of its other rows) and the cells it reads. */
final class SumRule {

    static final String DRL = """
            package test;
            import cn.jsaudit.model.*;
            import java.util.List;
            global cn.jsaudit.ruleapi.Checks check;
            rule "R1"
                @id("T99-01") @title("测试：合计 = 明细之和") @severity("ERROR")
            when
                $t : Amount(table == "公开99表", name == "合计")
                $items : List() from collect( Amount(table == "公开99表", name != "合计") )
            then
                check.sum(kcontext, $t, $items);
            end
            """;

    private SumRule() {
    }

    /** A row of 公开99表 printed in 万元 with two decimals. */
    static Amount amount(String name, String value, String cell) {
        return new Amount("公开99表", "测试", "", null, null, name, 1, "金额", new BigDecimal(value), new BigDecimal("0.005"),
                new Location("t.xlsx", "S", cell));
    }
}
