package cn.jsaudit.rulepack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.jsaudit.rulepack.Formula.Scope;
import cn.jsaudit.rulepack.Formula.Term;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormulaParserTest {

    private static String show(List<Term> side) {
        StringBuilder b = new StringBuilder();
        for (Term t : side) {
            b.append(b.length() == 0 ? "" : " ").append(t.table() == null ? "" : t.table())
                    .append(t.row() == null ? "" : "[" + t.row() + (t.rowTo() == null ? "" : "~" + t.rowTo()) + "]")
                    .append(t.col() == null ? "" : "{" + t.col() + (t.colTo() == null ? "" : "~" + t.colTo()) + "}");
        }
        return b.toString();
    }

    private static String parse(String text) throws FormulaException {
        Formula f = FormulaParser.parse(text);
        return (f.scope() == Scope.ONCE ? "" : f.scope().word + " ") + show(f.left()) + " " + f.op() + " " + show(f.right());
    }

    @Test
    void theSeedsOwnNotation() throws Exception {
        assertEquals("[27] = [1~8]", parse("27行=(1+…+8)行"));
        assertEquals("[31] = [27] [28] [29]", parse("31行=(27+28+29)行"));
        assertEquals("公开01表[31] = [62]", parse("公开01表 第 31 行 = 第 62 行"));
    }

    @Test
    void bracketsRangesTablesAndLabels() throws Exception {
        assertEquals("[27] = [1~8]", parse("[27] = [1]+[2]+…+[8]".replace("[2]+", "")));
        assertEquals("[27] = [1~8]", parse("[27]=[1]~[8]"));
        assertEquals("收支总表[27] = 收入[合计]{1}", parse("收支总表[27] = 收入[合计][1]"));
        assertEquals("一般公共预算支出[合计]{基本支出} = 基本支出明细[人员经费合计] 基本支出明细[公用经费合计]",
                parse("一般公共预算支出[合计][基本支出] = 基本支出明细[人员经费合计] + 基本支出明细[公用经费合计]"));
        assertEquals("每行 {1} = {2~7}", parse("每行 [1] = [2]+…+[7]"));
        assertEquals("三公[决算数/因公出国] ≥ 基本支出明细[30212]", parse("三公[决算数/因公出国] >= 基本支出明细[30212]"));
        assertEquals("[32] ≤ [64]{合计}", parse("【32】≤【64】[合计]"));
    }

    @Test
    void minusTermsMoveToTheOtherSide() throws Exception {
        assertEquals("每行 {年初} {收入} = {支出} {年末}", parse("每行 [年初] + [收入] - [支出] = [年末]"));
    }

    @Test
    void errorsNameTheCharacter() {
        FormulaException e = assertThrows(FormulaException.class, () -> FormulaParser.parse("[27 = [1]"));
        assertEquals(0, e.pos());
        assertEquals("方括号不配对：第 1 个字符的“[”没有对应的“]”", e.getMessage());
        e = assertThrows(FormulaException.class, () -> FormulaParser.parse("[27] + [1]"));
        assertEquals("缺少比较符（=、≥ 或 ≤）", e.getMessage());
        e = assertThrows(FormulaException.class, () -> FormulaParser.parse("[27] = (1+…+8"));
        assertEquals(7, e.pos());
        e = assertThrows(FormulaException.class, () -> FormulaParser.parse("[27] = [1] +"));
        assertEquals("公式不完整：此处缺少引用（如 [27]、[合计][1]、第 31 行）", e.getMessage());
        e = assertThrows(FormulaException.class, () -> FormulaParser.parse("[27] = [1] ]"));
        assertEquals(11, e.pos());
    }
}
