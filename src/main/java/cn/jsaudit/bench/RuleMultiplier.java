package cn.jsaudit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A temporary copy of a rules folder grown to a given number of rules with generated rules of the shape the formula
 * tables are translated to (see {@code jsaudit rules show T02-03}): the submission's {@code AmountTables} walked by
 * {@code check.eachColumn}, {@code eachRow} or {@code once} (sums over a hierarchy, row sums, identities between
 * tables), its constraints asking the template and the columns read. Each generated rule carries a constraint of its
 * own ({@code template != "基准" + (1000 + n)}, always true) so that Drools cannot share its network nodes with another
 * rule's: the rule base grows as it would with that many distinct formulas.
 */
final class RuleMultiplier {

    /** A shape's arguments: rule id, the rule's own number (1000 + n), the table's role, its row sum's last column. */
    private static final List<String> SHAPES = List.of(
            """
            rule "%1$s"
                @id("%1$s") @title("基准规则：%3$s 每列 类 = 所属款之和") @severity("ERROR")
            when
                $amounts : AmountTables(template != "基准%2$d", reads("%3$s", 1, 1))
            then
                check.eachColumn(kcontext, $amounts, List.of(Cells.of("%3$s").level("类")), "=", List.of(Cells.of("%3$s").level("款")));
            end
            """,
            """
            rule "%1$s"
                @id("%1$s") @title("基准规则：%3$s 每列 款 = 所属项之和") @severity("ERROR")
            when
                $amounts : AmountTables(template != "基准%2$d", reads("%3$s", 1, 1))
            then
                check.eachColumn(kcontext, $amounts, List.of(Cells.of("%3$s").level("款")), "=", List.of(Cells.of("%3$s").level("项")));
            end
            """,
            """
            rule "%1$s"
                @id("%1$s") @title("基准规则：%3$s 每行 第1栏 = 第2至%4$d栏之和") @severity("ERROR")
            when
                $amounts : AmountTables(template != "基准%2$d", reads("%3$s", 1, 1))
            then
                check.eachRow(kcontext, $amounts, List.of(Cells.of("%3$s").col(1)), "=", List.of(Cells.of("%3$s").cols(2, %4$d)));
            end
            """,
            """
            rule "%1$s"
                @id("%1$s") @title("基准规则：收支总表 第%5$d行 = %3$s 合计 第1栏") @severity("ERROR")
            when
                $amounts : AmountTables(template != "基准%2$d", reads("%3$s", 1, 1))
            then
                check.once(kcontext, $amounts, List.of(Cells.of("收支总表").row(%5$d)), "=", List.of(Cells.of("%3$s").name("合计").col(1)));
            end
            """);

    /** A table the generated rules check: its role, the last column its row sum adds, its total's row in 收支总表. */
    private record Target(String role, int lastColumn, int totalRow) {
    }

    private static final List<Target> TABLES = List.of(new Target("收入", 7, 27), new Target("支出", 6, 58));
    private static final String HEADER = """
            // 基准测试生成的规则（与公式表翻译出的规则同形），仅用于测量规则数量对编译和审核耗时的影响
            package rules.bench;

            import cn.jsaudit.model.*;
            import cn.jsaudit.ruleapi.Cells;
            import java.util.List;

            global cn.jsaudit.ruleapi.Checks check;

            """;

    private RuleMultiplier() {
    }

    /** Copies the folder into a new temporary folder and adds {@code extra} generated rules. */
    static Path grow(Path rulesDir, int extra) throws IOException {
        Path copy = Files.createTempDirectory("jsaudit-bench-rules");
        try (Stream<Path> walk = Files.walk(rulesDir)) {
            for (Path p : walk.sorted().toList()) {
                Path target = copy.resolve(rulesDir.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        StringBuilder drl = new StringBuilder(HEADER);
        for (int n = 0; n < extra; n++) {
            String shape = SHAPES.get(n % SHAPES.size());
            Target t = TABLES.get((n / SHAPES.size()) % TABLES.size());
            drl.append(String.format(shape, String.format("B%04d", n + 1), 1000 + n, t.role(), t.lastColumn(), t.totalRow()))
                    .append('\n');
        }
        Files.createDirectories(copy.resolve("bench"));
        Files.writeString(copy.resolve("bench/generated.drl"), drl, StandardCharsets.UTF_8);
        return copy;
    }

    /** How many rules a folder holds (rule declarations in its .drl files). */
    static int countRules(Path rulesDir) throws IOException {
        try (Stream<Path> walk = Files.walk(rulesDir)) {
            int n = 0;
            for (Path p : walk.filter(f -> f.toString().endsWith(".drl")).toList()) {
                n += (int) Files.readAllLines(p, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("rule ")).count();
            }
            return n;
        }
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
