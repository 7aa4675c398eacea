package cn.jsaudit.bench;

import cn.jsaudit.generate.Generator;
import cn.jsaudit.generate.Layout;
import cn.jsaudit.generate.Truth;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether reading is as good in every table layout: the same generated submissions written in each layout the
 * generator offers, each layout's folder checked by the command users run (JSON report), and its findings compared
 * with the generator's truth. A finding counts where the truth predicts its rule: it is right when the truth
 * expects that rule, severity and cell; the truth's findings not given are missed. The truth does not model every
 * rule (the narrative's, for one, rightly object to an amount an anomaly changed), so errors and warnings of other
 * rules are counted on the clean submissions only, where any is a false alarm.
 */
final class LayoutAccuracy {

    /** Runs {@code check FOLDER --format json --out FILE} as a user would and returns its timing. */
    @FunctionalInterface
    interface Checker {
        BenchCommand.Timing check(String label, Path folder, Path report) throws Exception;
    }

    /** One layout's figures. */
    record Score(Layout layout, int submissions, BenchCommand.Timing timing, int expected, int given, int right,
                 int expectedLoud, int givenLoud, int rightLoud, int falseAlarms) {

        double precision() {
            return given == 0 ? 1 : right / (double) given;
        }

        double recall() {
            return expected == 0 ? 1 : right / (double) expected;
        }

        double loudPrecision() {
            return givenLoud == 0 ? 1 : rightLoud / (double) givenLoud;
        }

        double loudRecall() {
            return expectedLoud == 0 ? 1 : rightLoud / (double) expectedLoud;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;

    LayoutAccuracy(PrintStream out) {
        this.out = out;
    }

    List<Score> measure(int count, long seed, Path work, Checker checker) throws Exception {
        Path dir = work.resolve("layouts");
        out.printf("%n== 各表格格式的读取：同一批 %d 份提交（种子 %d，三成含注入的错误）按生成器的 %d 种格式写出，"
                + "各以 check --format json 审核，发现与标准答案（.truth.json）比对 ==%n", count, seed, Layout.values().length);
        List<Layout> layouts = List.of(Layout.values());
        List<Truth> truths = Generator.generate(count, seed, 0.3, dir, Runtime.getRuntime().availableProcessors(), layouts);
        List<Score> scores = new ArrayList<>();
        for (Layout layout : layouts) {
            Map<String, Truth> byWorkbook = new HashMap<>();
            truths.stream().filter(t -> t.layout().equals(layout.id())).forEach(t -> byWorkbook.put(t.workbook(), t));
            Path report = work.resolve("layout-" + layout.id() + ".json");
            Files.deleteIfExists(report);
            BenchCommand.Timing timing = checker.check(layout.id(), dir.resolve(layout.id()), report);
            scores.add(score(layout, byWorkbook, JSON.readTree(report.toFile()), timing));
        }
        print(scores);
        return scores;
    }

    private static Score score(Layout layout, Map<String, Truth> truths, JsonNode report, BenchCommand.Timing timing) {
        int expected = 0, given = 0, right = 0, expectedLoud = 0, givenLoud = 0, rightLoud = 0, falseAlarms = 0;
        int submissions = 0;
        for (JsonNode s : report.path("submissions")) {
            Truth truth = truths.get(s.path("file").asText());
            if (truth == null) {
                continue; // not a generated workbook
            }
            submissions++;
            Map<String, Integer> wanted = new HashMap<>();
            for (Truth.ExpectedFinding e : truth.expected()) {
                wanted.merge(key(e.rule(), e.severity(), e.sheet(), e.cell()), 1, Integer::sum);
                expected++;
                if (!e.severity().equals("INFO")) {
                    expectedLoud++;
                }
            }
            for (JsonNode f : s.path("findings")) {
                String rule = f.path("rule").asText();
                String severity = f.path("severity").asText();
                boolean loud = !severity.equals("INFO");
                if (!truth.modelledRules().contains(rule) && !rule.equals("INPUT")) {
                    falseAlarms += loud && truth.anomalies().isEmpty() ? 1 : 0;
                    continue;
                }
                given++;
                givenLoud += loud ? 1 : 0;
                JsonNode at = f.path("locations").path(0);
                String k = key(rule, severity, at.path("sheet").asText(null), at.path("cell").asText(null));
                if (wanted.getOrDefault(k, 0) > 0) {
                    wanted.merge(k, -1, Integer::sum);
                    right++;
                    rightLoud += loud ? 1 : 0;
                }
            }
        }
        return new Score(layout, submissions, timing, expected, given, right, expectedLoud, givenLoud, rightLoud, falseAlarms);
    }

    private static String key(String rule, String severity, String sheet, String cell) {
        return rule + " " + severity + " " + sheet + "!" + cell;
    }

    private void print(List<Score> scores) {
        out.println();
        out.println("| 格式 | 份数 | 墙钟（秒） | CPU（秒） | 应有发现 | 给出 | 相符 | 精确率 | 召回率 | 错误与警告：精确率 / 召回率 "
                + "| 干净提交上其他规则的错误与警告 |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (Score s : scores) {
            out.printf("| %s | %d | %.2f | %.2f | %d | %d | %d | %.3f | %.3f | %.3f / %.3f（%d 条应有） | %d |%n", s.layout().id(),
                    s.submissions(), s.timing().seconds(), s.timing().cpuSeconds(), s.expected(), s.given(), s.right(),
                    s.precision(), s.recall(), s.loudPrecision(), s.loudRecall(), s.expectedLoud(), s.falseAlarms());
        }
    }
}
