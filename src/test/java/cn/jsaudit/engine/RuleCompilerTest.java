package cn.jsaudit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.jsaudit.model.Amount;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleCompilerTest {

    private static final String HEADER = """
            package %s;
            import cn.jsaudit.model.*;
            import java.util.List;
            global cn.jsaudit.ruleapi.Checks check;
            """;

    /** A rule of package {@code pkg} reporting the 合计 row when its value is above {@code limit}. */
    private static String rule(String pkg, String id, String limit) {
        return HEADER.formatted(pkg) + """
                rule "%1$s"
                    @id("%1$s") @title("测试 %1$s") @severity("ERROR")
                when
                    $t : Amount(table == "公开99表", name == "合计", value > %2$s)
                then
                    check.finding(kcontext, "tolerance.rule").arg("limit", %2$s).cells($t).report();
                end
                """.formatted(id, limit);
    }

    private static final List<Object> FACTS = List.of(new Amount("公开99表", "测试", "", null, null, "合计", 1, "金额",
            new BigDecimal("10.00"), new BigDecimal("0.005"), new Location("t.xlsx", "S", "B1")));

    private static List<String> fired(List<RuleBook.RuleSource> sources) throws RuleCompileException {
        return RuleBook.compile(sources).evaluate(FACTS).stream().map(Finding::rule).sorted().toList();
    }

    @Test
    void packagesCompiledApartFireAsOne() throws Exception {
        assertEquals(List.of("A-1", "B-1", "B-2"), fired(List.of(
                new RuleBook.RuleSource("a.drl", rule("pa", "A-1", "5")),
                new RuleBook.RuleSource("b1.drl", rule("pb", "B-1", "5")),
                new RuleBook.RuleSource("b2.drl", rule("pb", "B-2", "6")),
                new RuleBook.RuleSource("c.drl", rule("pc", "C-1", "50")))));
    }

    @Test
    void filesOfOnePackageShareItsFunctions() throws Exception {
        String function = HEADER.formatted("pf") + "function int limit() { return 5; }\n";
        String user = rule("pf", "F-1", "limit()");
        assertEquals(List.of("F-1"), fired(List.of(new RuleBook.RuleSource("f.drl", function),
                new RuleBook.RuleSource("g.drl", user), new RuleBook.RuleSource("h.drl", rule("ph", "H-1", "50")))));
    }

    @Test
    void aPackageUsingAnothersDeclaredTypeIsCompiledWithIt() throws Exception {
        String declared = HEADER.formatted("pd") + """
                declare Limit
                    value : int
                end
                rule "L"
                when
                then
                    insert(new Limit(5));
                end
                """;
        String user = rule("pu", "U-1", "$v").replace("import java.util.List;", "import pd.Limit;")
                .replace("    $t : Amount(", "    Limit($v : value)\n    $t : Amount(");
        assertEquals(List.of("U-1"), fired(List.of(new RuleBook.RuleSource("d.drl", declared),
                new RuleBook.RuleSource("u.drl", user))));
    }

    @Test
    void errorsNameTheAuditorsFileAndLineWhicheverPackageTheyAreIn() {
        String broken = rule("pb", "B-1", "5").replace("value > 5", "valu > 5");
        RuleCompileException e = assertThrows(RuleCompileException.class, () -> fired(List.of(
                new RuleBook.RuleSource("规则/甲.drl", rule("pa", "A-1", "5")),
                new RuleBook.RuleSource("规则/乙.drl", broken))));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals("规则/乙.drl", e.problems().get(0).file());
        assertEquals(8, e.problems().get(0).line());
    }

    @Test
    void editingOneFileRecompilesOnlyItsPackage(@TempDir Path dir) throws Exception {
        Optional<CompiledRulesCache> cache = Optional.of(new CompiledRulesCache(dir));
        RuleBook.RuleSource a = new RuleBook.RuleSource("a.drl", rule("pa", "A-1", "5"));
        new RuleCompiler(List.of(a, new RuleBook.RuleSource("b.drl", rule("pb", "B-1", "5"))), cache).compile();
        Map<Path, Object> stored = identities(dir);
        assertEquals(2, stored.size(), "one file per package");
        new RuleCompiler(List.of(a, new RuleBook.RuleSource("b.drl", rule("pb", "B-1", "7"))), cache).compile();
        Map<Path, Object> after = identities(dir);
        assertEquals(3, after.size(), "the edited package stored anew");
        // an entry is stored by moving a new file in its place: a read entry is still the same file
        assertEquals(2, after.entrySet().stream().filter(e -> e.getValue().equals(stored.get(e.getKey()))).count(),
                "the other packages read, not rewritten");
    }

    /** Each cache file and its identity (inode), which a rewrite changes and a read or a touch does not. */
    private static Map<Path, Object> identities(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.collect(Collectors.toMap(p -> p, p -> {
                try {
                    return Files.readAttributes(p, BasicFileAttributes.class).fileKey();
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
    }
}
