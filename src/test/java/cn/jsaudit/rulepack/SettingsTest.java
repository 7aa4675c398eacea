package cn.jsaudit.rulepack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.engine.RuleCompileException;
import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Severity;
import cn.jsaudit.pipeline.SubmissionFiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rules/settings.yaml changes the tolerance of every rule; a formula row's 容差 overrides it. */
class SettingsTest {

    @TempDir
    Path tmp;
    Path rules;

    @BeforeEach
    void rulesWithOneFormula() throws IOException {
        rules = Examples.rulesWith(tmp.resolve("rules"), "templates/common.yaml", "templates/national.yaml");
        Files.writeString(rules.resolve("f.csv"), "编号,表,公式,容差\nN-01,收支总表,第 31 行 = 第 62 行,\nN-02,收支总表,第 27 行 = 第 58 行,0.5\n");
    }

    private List<Finding> screenWith(String settings) throws Exception {
        Files.writeString(rules.resolve("settings.yaml"), settings);
        RulePack pack = RulePack.load(rules);
        Path wb = Examples.withCells(Examples.CLEAN, tmp.resolve("w.xlsx"), "Sheet3!C37", 1007.04, "Sheet3!C33", 1007.04);
        return Examples.screener(pack).screen(new SubmissionFiles(wb, null, List.of())).findings();
    }

    @Test
    void withoutAMinimumADifferenceBeyondTheRoundingIsAnError() throws Exception {
        List<Finding> f = screenWith("printedZerosExact: true\nminimumTolerance: 0\n");
        Finding n01 = f.stream().filter(x -> x.rule().equals("N-01")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, n01.severity());
        assertEquals(0, new BigDecimal("0.010").compareTo(n01.tolerance()));
        Finding n02 = f.stream().filter(x -> x.rule().equals("N-02")).findFirst().orElseThrow();
        assertEquals(Severity.INFO, n02.severity(), "the row's own 容差 0.5 holds");
    }

    @Test
    void aGlobalMinimumToleranceTurnsItIntoANote() throws Exception {
        List<Finding> f = screenWith("minimumTolerance: 0.05\n");
        Finding n01 = f.stream().filter(x -> x.rule().equals("N-01")).findFirst().orElseThrow();
        assertEquals(Severity.INFO, n01.severity());
        assertTrue(n01.message().contains("settings.yaml 设定的最小容差"), n01.message());
    }

    @Test
    void anUnknownSettingIsAnErrorWithItsLine() throws Exception {
        Files.writeString(rules.resolve("settings.yaml"), "printedZerosExact: true\ntolerence: 0.01\n");
        RuleCompileException e = assertThrows(RuleCompileException.class, () -> RulePack.load(rules));
        assertEquals(2, e.problems().get(0).line());
        assertTrue(e.problems().get(0).message().contains("未知的设置项“tolerence”"), e.getMessage());
    }

    @Test
    void limitsHaveSafeDefaultsAndTakeWhatTheFileSets() throws Exception {
        Files.writeString(rules.resolve("settings.yaml"), "printedZerosExact: true\n");
        assertEquals(cn.jsaudit.ingest.InputLimits.DEFAULT, RulePack.load(rules).limits());
        Files.writeString(rules.resolve("settings.yaml"), "limits:\n  maxRows: 500\n  maxCompressionRatio: 50\n");
        cn.jsaudit.ingest.InputLimits limits = RulePack.load(rules).limits();
        assertEquals(500, limits.maxRows());
        assertEquals(50, limits.maxCompressionRatio());
        assertEquals(cn.jsaudit.ingest.InputLimits.DEFAULT.maxCells(), limits.maxCells());
    }

    @Test
    void theShippedSettingsSpellOutTheDefaults() {
        assertEquals(cn.jsaudit.ingest.InputLimits.DEFAULT, Examples.pack().limits());
    }

    @Test
    void anUnknownLimitIsAnErrorWithItsLineAndTheAllowedKeys() throws Exception {
        Files.writeString(rules.resolve("settings.yaml"), "minimumTolerance: 0\nlimits:\n  maxRows: 500\n  maxRow: 10\n");
        RuleCompileException e = assertThrows(RuleCompileException.class, () -> RulePack.load(rules));
        assertEquals(4, e.problems().get(0).line());
        assertTrue(e.problems().get(0).message().startsWith("limits 中未知的设置项“maxRow”（可用：maxCellCharacters、maxCells、"),
                e.problems().get(0).message());
        assertTrue(e.problems().get(0).message().contains("maxRows"), e.problems().get(0).message());
    }

    @Test
    void aLimitThatIsNotAPositiveWholeNumberIsAnError() throws Exception {
        Files.writeString(rules.resolve("settings.yaml"), "limits:\n  maxCells: 0\n");
        RuleCompileException e = assertThrows(RuleCompileException.class, () -> RulePack.load(rules));
        assertEquals(2, e.problems().get(0).line());
        assertEquals("limits.maxCells 应为正整数：0", e.problems().get(0).message());
        Files.writeString(rules.resolve("settings.yaml"), "limits:\n  maxCells: 很多\n");
        e = assertThrows(RuleCompileException.class, () -> RulePack.load(rules));
        assertEquals(2, e.problems().get(0).line());
        assertTrue(e.problems().get(0).message().startsWith("设置文件格式错误："), e.problems().get(0).message());
    }
}
