package cn.jsaudit.performance;

import cn.jsaudit.engine.RuleBook;
import cn.jsaudit.model.AmountUnit;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Severity;
import cn.jsaudit.model.Submission;
import cn.jsaudit.ingest.Workbooks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads workbooks with the project's rules folder and runs the rules over their facts. */
final class Harness {

    static final Path RULES = Path.of("rules");
    static final Path REFERENCE = Path.of("examples/随州市曾都区医疗保障信息中心-2023.xlsx");
    static final Path YUANJIANG = Path.of("examples/沅江市医疗保障局-2023");


    static PerformanceInput input() {
        return cn.jsaudit.fixtures.Examples.folder().performance();
    }

    static RuleBook rules() {
        return cn.jsaudit.fixtures.Examples.folder().rules();
    }

    static PerformanceReader.Result read(Path workbook) throws Exception {
        return input().reader().read(Workbooks.read(workbook), workbook.getFileName().toString());
    }

    /** Screens the facts as one submission of the given unit. */
    static List<Finding> check(String unit, List<?> facts) throws Exception {
        List<Object> all = new ArrayList<>(facts);
        all.add(new Submission("test.xlsx", unit, 2023, AmountUnit.WAN_YUAN, "national"));
        all.add(input().settings());
        return rules().evaluate(all);
    }

    static List<Finding> with(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    static List<Finding> atLeast(List<Finding> findings, Severity worst) {
        return findings.stream().filter(f -> f.severity().compareTo(worst) <= 0).toList();
    }

    static String describe(List<Finding> findings) {
        StringBuilder b = new StringBuilder();
        findings.forEach(f -> b.append(f.severity()).append(' ').append(f.rule()).append(' ').append(f.message())
                .append(' ').append(f.locations()).append('\n'));
        return b.toString();
    }
}
