package cn.jsaudit.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.jsaudit.model.Amount;
import cn.jsaudit.model.Claim;
import cn.jsaudit.model.ClaimKind;
import cn.jsaudit.model.ClaimLink;
import cn.jsaudit.model.Location;

/** Linking by the vocabulary: known subjects reach their cell, unknown ones stay unlinked. */
class ClaimLinkerTest {

    private static final java.util.Map<String, String> ROLES = java.util.Map.of("01", "收支总表", "02", "收入",
            "03", "支出", "04", "财政拨款收支总表", "05", "一般公共预算支出", "06", "基本支出明细", "07", "政府性基金",
            "08", "国有资本经营", "09", "三公");

    private static final String SECTION_THREE = "第三部分 2023 年度部门决算情况说明 > 三、支出决算情况说明";
    private static final String SECTION_SIX = "第三部分 2023 年度部门决算情况说明 > 六、一般公共预算财政拨款基本支出决算情况说明";
    private static ClaimLinker linker;

    private static final List<Amount> AMOUNTS = List.of(
            amount("01", "支出", 58, null, "本年支出合计", 2, "110.26"),
            amount("03", "", null, null, "合计", 2, "96.26"),
            amount("05", "", null, null, "合计", 2, "96.26"),
            amount("06", "公用经费", null, "30201", "办公费", 2, "0.53"),
            amount("06", "公用经费", null, null, "公用经费合计", 3, "2.85"));

    @BeforeAll
    static void load() throws Exception {
        linker = new ClaimLinker(SubjectVocabulary.load(Path.of("rules")));
    }

    private static Amount amount(String table, String block, Integer row, String code, String name, int col, String v) {
        // 06's lines are its 决算数 (a one-list 06 restates them under 人员经费/公用经费, which the text does not name)
        return new Amount("公开" + table + "表", ROLES.get(table), block, row, code, name, col, table.equals("06") ? "决算数" : "",
                new BigDecimal(v), new BigDecimal("0.005"),
                new Location("表.xlsx", "Sheet1", "C5"));
    }

    private static Claim amountClaim(String subject, String section, String value) {
        return new Claim("段落1-1-1", ClaimKind.AMOUNT, subject, null, null, "决算", new BigDecimal(value), "万元", 2,
                null, 2023, false, null, List.of(), "句子。", section, "", new Location("说明.docx", null, "第1段"));
    }

    @Test
    void theSameWordsNameDifferentCellsInDifferentSections() {
        List<ClaimLink> inThree = linker.link(List.of(amountClaim("基本支出", SECTION_THREE, "96.26")), AMOUNTS);
        assertEquals(1, inThree.size());
        assertEquals("支出", inThree.get(0).amount().role());
        List<ClaimLink> inSix = linker.link(List.of(amountClaim("一般公共预算财政拨款基本支出", SECTION_SIX, "96.27")), AMOUNTS);
        assertEquals("一般公共预算支出", inSix.get(0).amount().role());
    }

    @Test
    void aLineOfTheBasicExpenditureDetailByItsName() {
        List<ClaimLink> links = linker.link(List.of(amountClaim("办公费", SECTION_SIX, "0.53"),
                amountClaim("公用经费", SECTION_SIX, "2.85")), AMOUNTS);
        assertEquals(List.of("办公费", "公用经费合计"), links.stream().map(l -> l.amount().name()).toList());
    }

    @Test
    void aNameThatTwoCodesShareIsNotGuessed() {
        String section = "第三部分 > 五、一般公共预算财政拨款支出决算情况说明 > （三）一般公共预算财政拨款支出决算具体情况";
        List<Amount> twoRuns = List.of(amount("05", "", null, "2010101", "行政运行", 1, "10.00"),
                amount("05", "", null, "2013101", "行政运行", 1, "20.00"),
                amount("05", "", null, "2101550", "事业运行", 1, "30.00"));
        assertTrue(linker.link(List.of(amountClaim("行政运行", section, "10.00")), twoRuns).isEmpty());
        List<ClaimLink> one = linker.link(List.of(amountClaim("事业运行", section, "30.00")), twoRuns);
        assertEquals(List.of("2101550"), one.stream().map(l -> l.amount().code()).toList());
    }

    @Test
    void anUnknownSubjectStaysUnlinked() {
        Claim unknown = amountClaim("年中调整追加预算", SECTION_THREE, "45.14");
        List<ClaimLink> links = linker.link(List.of(unknown), AMOUNTS);
        assertTrue(links.isEmpty());
    }

    @Test
    void aShareLinksItsBase() {
        Claim share = new Claim("段落1-1-2", ClaimKind.SHARE, "基本支出", null, "本年支出", null, new BigDecimal("87.3"),
                "%", 1, null, 2023, false, null, List.of(), "句子。", SECTION_THREE, "", new Location("说明.docx", null, "第1段"));
        List<ClaimLink> links = linker.link(List.of(share), AMOUNTS);
        assertEquals(List.of(ClaimLink.SUBJECT, ClaimLink.BASE), links.stream().map(ClaimLink::role).toList());
        assertEquals(Integer.valueOf(58), links.get(1).amount().rowNo());
    }
}
