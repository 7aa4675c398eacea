package cn.jsaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates are read strictly: a typo never half-works in silence; each problem names its line. */
class TemplatesTest {

    @TempDir
    Path rules;

    @BeforeEach
    void commonOnly() throws IOException {
        Examples.rulesWith(rules, "templates/common.yaml");
    }

    private TemplateProblem only(String yaml) throws IOException {
        Files.writeString(rules.resolve("templates/t.yaml"), yaml);
        TemplateException e = assertThrows(TemplateException.class, () -> Templates.load(rules));
        assertEquals(1, e.problems().size(), () -> e.problems().toString());
        return e.problems().get(0);
    }

    @Test
    void anUnknownKeyNamesItsLineAndTheKeysAllowed() throws IOException {
        TemplateProblem p = only("id: t\nname: 试验\ntables:\n  - role: 收支总表\n    titel: 收入支出决算总表\n");
        assertEquals(5, p.line());
        assertEquals("未知的键“titel”（此处可用的键：blocks、codes、emptyNote、headerRows、key、name、required、role、"
                + "signature、title）", p.message());
    }

    @Test
    void anUnknownRoleListsTheRoles() throws IOException {
        TemplateProblem p = only("id: t\nname: 试验\ntables:\n  - role: 收支总标\n    title: 收入支出决算总表\n"
                + "    blocks:\n      - columns: {1: 金额}\n");
        assertEquals(4, p.line());
        assertTrue(p.message().startsWith("表“收入支出决算总表”的 role“收支总标”不是已知的角色（可用：收支总表、收入、支出"),
                p.message());
    }

    @Test
    void aValueOfTheWrongTypeSaysWhatItShouldBe() throws IOException {
        TemplateProblem p = only("id: t\nname: 试验\ntables:\n  - role: 收支总表\n    title: 收入支出决算总表\n"
                + "    required: 是\n    blocks:\n      - columns: {1: 金额}\n");
        assertEquals(6, p.line());
        assertEquals("值“是”的类型不对：“tables[1].required”应为true 或 false", p.message());
    }

    @Test
    void aRowKeyMustBeOneOfThree() throws IOException {
        TemplateProblem p = only("id: t\nname: 试验\ntables:\n  - role: 收支总表\n    title: 收入支出决算总表\n"
                + "    key: 行号\n    blocks:\n      - columns: {1: 金额}\n");
        assertEquals(6, p.line());
        assertEquals("表“收入支出决算总表”的 key“行号”应为 行次、科目代码 或 无", p.message());
    }

    @Test
    void aWordingListAndASingleWordingAreTheSame() throws Exception {
        Files.writeString(rules.resolve("templates/t.yaml"), "id: t\nname: 试验\ntables:\n  - role: 收支总表\n"
                + "    title: 收入支出决算总表\n    blocks:\n      - columns: {1: 金额, 2: [决算数, 金额数]}\n");
        TemplateTable table = Templates.load(rules).byId("t").orElseThrow().table("收支总表").orElseThrow();
        assertEquals(List.of("金额"), table.blocks().get(0).columns().get(1));
        assertEquals("决算数", table.blocks().get(0).columnLabel(2));
        assertEquals("收入支出决算总表", table.name(), "without codes, a table is named by its title");
        assertTrue(table.required(), "a table the template lists is required unless it says otherwise");
    }

    @Test
    void variantsRestatingDifferentTablesAreAlsoTakenTogether() throws Exception {
        String table = "  - role: %s\n    title: %s\n    signature: [%s]\n    blocks:\n      - columns: {1: 金额}\n";
        Files.writeString(rules.resolve("templates/base.yaml"), "id: base\nname: 基础\ntables:\n"
                + table.formatted("收支总表", "收入支出决算总表", "收入") + table.formatted("三公", "三公经费表", "合计"));
        Files.writeString(rules.resolve("templates/a.yaml"), "id: a\nname: 基础（总表甲式）\nextends: base\ntables:\n"
                + table.formatted("收支总表", "收入支出决算总表", "甲"));
        Files.writeString(rules.resolve("templates/b.yaml"), "id: b\nname: 基础（三公乙式）\nextends: base\ntables:\n"
                + table.formatted("三公", "三公经费表", "乙"));
        Files.writeString(rules.resolve("templates/c.yaml"), "id: c\nname: 基础（三公丙式）\nextends: base\ntables:\n"
                + table.formatted("三公", "三公经费表", "丙"));
        Templates t = Templates.load(rules);
        assertEquals(List.of("a", "b", "base", "c", "a+b", "a+c"), t.all().stream().map(Template::id).toList(),
                "b and c restate the same table: never together");
        Template ab = t.byId("a+b").orElseThrow();
        assertEquals("基础（总表甲式；三公乙式）", ab.name());
        assertEquals("base", ab.extendsId());
        assertEquals(List.of("甲"), ab.table("收支总表").orElseThrow().signature());
        assertEquals(List.of("乙"), ab.table("三公").orElseThrow().signature());
        assertTrue(Templates.isPartOf("b", ab) && Templates.isPartOf("a+b", ab) && !Templates.isPartOf("c", ab));
    }

    @Test
    void aTemplateIdCannotHoldThePlusThatJoinsVariants() throws IOException {
        TemplateProblem p = only("id: a+b\nname: 试验\ntables:\n  - role: 收支总表\n    title: 收入支出决算总表\n"
                + "    blocks:\n      - columns: {1: 金额}\n");
        assertEquals(1, p.line());
        assertEquals("模板编号“a+b”不能含“+”（两个变体合用时，编号由它们的编号以“+”连接）", p.message());
    }

    @Test
    void theShippedTemplatesLoad() throws Exception {
        Templates t = Templates.load(Examples.RULES);
        assertEquals(List.of("national-06list", "national-hy", "national", "shanghai", "sichuan", "national-06list+national-hy"), t.all().stream().map(Template::id).toList());
        assertEquals("三公", t.byId("shanghai").orElseThrow().tableCalled("七、财政拨款“三公”经费支出决算表").orElseThrow().role());
    }
}
