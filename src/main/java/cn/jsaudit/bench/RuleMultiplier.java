package cn.jsaudit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A temporary copy of a rules folder grown to a given number of rules with generated rules of the same shapes as
 * the table rules (sums over a hierarchy, row sums, identities between tables). Each generated rule carries a
 * constraint of its own ({@code col < 1000 + n}, always true) so that Drools cannot share its network nodes with
 * another rule's: the rule base grows as it would with that many distinct formulas.
 */
final class RuleMultiplier {

    private static final List<String> SHAPES = List.of(
            """
            rule "%1$s"
                @id("%1$s") @title("基准规则：公开%3$s表 类 = 所属款之和") @severity("ERROR")
            when
                $total : Amount(table == "%3$s", col < %2$d, level == "类", $code : code, $col : col)
                $items : List() from collect( Amount(table == "%3$s", level == "款", parentCode == $code, col == $col) )
            then
                check.sum(kcontext, $total, $items);
            end
            """,
            """
            rule "%1$s"
                @id("%1$s") @title("基准规则：公开%3$s表 款 = 所属项之和") @severity("ERROR")
            when
                $total : Amount(table == "%3$s", col < %2$d, level == "款", $code : code, $col : col)
                $items : List() from collect( Amount(table == "%3$s", level == "项", parentCode == $code, col == $col) )
            then
                check.sum(kcontext, $total, $items);
            end
            """,
            """
            rule "%1$s"
                @id("%1$s") @title("基准规则：公开%3$s表 每行第1栏 = 其余各栏之和") @severity("ERROR")
            when
                $total : Amount(table == "%3$s", col == 1, col < %2$d, $name : name, $code : code)
                $items : List() from collect( Amount(table == "%3$s", name == $name, code == $code, col >= 2) )
            then
                check.sum(kcontext, $total, $items);
            end
            """,
            """
            rule "%1$s"
                @id("%1$s") @title("基准规则：公开04表 各类 一般公共预算 = 公开05表 同类 小计") @severity("ERROR")
            when
                $a : Amount(table == "04", rowNo >= 33, rowNo <= 58, col == 3, col < %2$d, code != null, $code : code)
                $b : List() from collect( Amount(table == "05", code == $code, col == 1) )
            then
                check.equal(kcontext, $a, $b);
            end
            """);
    private static final List<String> TABLES = List.of("02", "03", "05");
    private static final String HEADER = """
            // 基准测试生成的规则（与表内、表间规则同形），仅用于测量规则数量对编译和审核耗时的影响
            package rules.bench;

            import cn.jsaudit.model.*;
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
            String table = TABLES.get((n / SHAPES.size()) % TABLES.size());
            drl.append(String.format(shape, String.format("B%04d", n + 1), 1000 + n, table)).append('\n');
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
