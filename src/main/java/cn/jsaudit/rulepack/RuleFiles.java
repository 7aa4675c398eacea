package cn.jsaudit.rulepack;

import cn.jsaudit.engine.RuleProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What each file of a rules folder is. Nothing is silently ignored: a file is a rule file (.drl), a formula
 * table (.csv, .xlsx), a template (templates/*.yaml), the settings (settings.yaml), a test case (tests/*.txt),
 * a data table of the narrative checks (.tsv: vocabulary, lexicon) or a module's settings (performance/*.yaml),
 * both read by their own loaders, or documentation (.md, .txt outside tests/); anything else is refused with a
 * message saying what it should be.
 *
 * @param all every file of the folder, whatever it is
 */
record RuleFiles(List<Path> all, List<Path> drl, List<Path> formulas, Path settings, List<Path> tests) {

    /** The names the settings file may have, at the top of the rules folder. */
    static final List<String> SETTINGS_NAMES = List.of("settings.yaml", "settings.yml");

    static RuleFiles classify(Path dir, List<RuleProblem> problems) {
        List<Path> drl = new ArrayList<>();
        List<Path> formulas = new ArrayList<>();
        List<Path> tests = new ArrayList<>();
        Path settings = null;
        List<Path> all;
        try (Stream<Path> walk = Files.walk(dir)) {
            all = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            problems.add(new RuleProblem(dir.toString(), 0, -1, "无法读取规则目录：" + e.getMessage()));
            return new RuleFiles(List.of(), drl, formulas, null, tests);
        }
        Path root = dir.toAbsolutePath().normalize();
        for (Path f : all) {
            Path rel = root.relativize(f.toAbsolutePath().normalize());
            String name = f.getFileName().toString();
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            String top = rel.getNameCount() > 1 ? rel.getName(0).toString() : "";
            if (top.equals("templates")) {
                if (!lower.endsWith(".yaml") && !lower.endsWith(".yml") && !lower.endsWith(".md")) {
                    problems.add(refused(dir, f, "模板目录中只能有模板文件（.yaml）和说明文档（.md）"));
                }
            } else if (top.equals("tests")) {
                if (lower.endsWith(".txt")) {
                    tests.add(f);
                } else if (!lower.endsWith(".md")) {
                    problems.add(refused(dir, f, "测试目录中只能有测试用例（.txt）和说明文档（.md）"));
                }
            } else if (rel.getNameCount() == 1 && SETTINGS_NAMES.contains(lower)) {
                settings = f;
            } else if (lower.endsWith(".drl")) {
                drl.add(f);
            } else if (lower.endsWith(".csv")) {
                formulas.add(f);
            } else if (lower.endsWith(".xlsx") && !name.startsWith("~$")) {
                formulas.add(f);
            } else if (lower.endsWith(".tsv") || (!top.isEmpty() && (lower.endsWith(".yaml") || lower.endsWith(".yml")))) {
                continue; // read by the narrative and performance loaders (pipeline.RulesFolder)
            } else if (lower.endsWith(".md") || lower.endsWith(".txt")) {
                continue; // documentation
            } else {
                problems.add(refused(dir, f, name.startsWith("~$")
                        ? "这是 Excel 打开文件时留下的临时文件：关闭 Excel 后它会消失，或手动删除"
                        : "jsaudit 不认识此类文件。规则用 .drl，公式表用 .csv 或 .xlsx，模板放在 templates/*.yaml，"
                        + "设置为 settings.yaml，词表用 .tsv，测试用例放在 tests/*.txt，说明文档用 .md"));
            }
        }
        return new RuleFiles(all, drl, formulas, settings, tests);
    }

    private static RuleProblem refused(Path dir, Path f, String why) {
        return new RuleProblem(RulePack.display(dir, f), 0, -1, "未读取此文件：" + why);
    }
}
