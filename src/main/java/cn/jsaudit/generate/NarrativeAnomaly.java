package cn.jsaudit.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slips of the narrative the way units make them, each of a family the narrative rules catch: a share above 100 %,
 * a generic reason for an overrun, the unit's own name with a wrong character, wording that went out of date, one
 * document cited under two numbers. Each changes one paragraph (a line of the generated text) and names the finding
 * it must give there.
 */
enum NarrativeAnomaly {
    SHARE_OVER_WHOLE("占比超过 100%", "N-占比超过全部", "WARNING") {
        @Override
        String change(String line, Random rnd, Accounts a) {
            return line + "本年项目支出涉及资金占部门预算项目支出总额的 1" + (10 + rnd.nextInt(80)) + "." + rnd.nextInt(10) + "%。";
        }

        @Override
        boolean fits(String line, Accounts a) {
            return line.startsWith("根据预算绩效管理要求") || line.startsWith("本年度无一般公共预算项目支出");
        }
    },
    GENERIC_REASON("超预算的原因笼统", "N-超预算原因", "WARNING") {
        @Override
        String change(String line, Random rnd, Accounts a) {
            Matcher m = REASON.matcher(line);
            return m.find() ? line.substring(0, m.end()) + GENERIC[rnd.nextInt(GENERIC.length)] + "。" : line;
        }

        @Override
        boolean fits(String line, Accounts a) {
            Matcher rate = RATE.matcher(line);
            return line.matches("^\\d+\\..*（项）.*") && rate.find()
                    && new java.math.BigDecimal(rate.group(1)).compareTo(java.math.BigDecimal.valueOf(100)) > 0
                    && REASON.matcher(line).find();
        }
    },
    UNIT_NAME_TYPO("单位名称错一字", "N-单位名称笔误", "INFO") {
        @Override
        String change(String line, Random rnd, Accounts a) {
            char last = a.unit.charAt(a.unit.length() - 1);
            return a.unit.substring(0, a.unit.length() - 1) + (last == '属' ? '局' : '属') + line.substring(a.unit.length());
        }

        @Override
        boolean fits(String line, Accounts a) {
            return line.startsWith(a.unit);
        }
    },
    OUTDATED_WORDING("沿用过时的提法", "N-过时内容", "INFO") {
        @Override
        String change(String line, Random rnd, Accounts a) {
            return line + "本部门围绕全面建成小康社会的发展蓝图，积极履职。";
        }

        @Override
        boolean fits(String line, Accounts a) {
            return a.year >= 2021 && SHARE_OVER_WHOLE.fits(line, a);
        }
    },
    DOCUMENT_NUMBER_TWICE("同一文件两种文号", "N-文号不一", "INFO") {
        @Override
        String change(String line, Random rnd, Accounts a) {
            int no = 10 + rnd.nextInt(80);
            int year = a.year - 1;
            return line + "根据政办发〔" + year + "〕" + no + "号文件，本部门开展项目绩效自评；按照政办〔" + year + "〕" + no
                    + "号文件要求，自评结果已报财政部门。";
        }

        @Override
        boolean fits(String line, Accounts a) {
            return SHARE_OVER_WHOLE.fits(line, a);
        }
    };

    /** The narrative rules the anomalies are checked against: each of their findings must be one injected. */
    static final Set<String> MODELLED = Set.of("N-占比超过全部", "N-超预算原因", "N-单位名称笔误", "N-过时内容", "N-文号不一");

    private static final String FAMILY = "情况说明";
    private static final Pattern REASON = Pattern.compile("的主要原因是");
    private static final Pattern RATE = Pattern.compile("完成年初预算的 (\\d+(?:\\.\\d+)?)%");
    private static final String[] GENERIC = {"人员变动，工资正常变动", "人员增加，缴费基数正常变动", "工作需要"};

    private final String label;
    private final String rule;
    private final String severity;

    NarrativeAnomaly(String label, String rule, String severity) {
        this.label = label;
        this.rule = rule;
        this.severity = severity;
    }

    /** The line as the slip leaves it. */
    abstract String change(String line, Random rnd, Accounts a);

    /** True when the slip can be made in this line. */
    abstract boolean fits(String line, Accounts a);

    /** A narrative with one slip in it, the slip and where its finding must be ("第12段": one paragraph a line). */
    record Injected(String text, NarrativeAnomaly kind, String paragraph) {

        Truth.InjectedAnomaly anomaly() {
            return new Truth.InjectedAnomaly(kind.name(), kind.label, FAMILY, kind.severity, List.of(), List.of(paragraph));
        }

        Truth.ExpectedFinding finding() {
            return new Truth.ExpectedFinding(kind.rule, kind.severity, null, paragraph, null, null, null, null, null, null,
                    null);
        }
    }

    /** One slip drawn at random among those the narrative has a place for, or null when none fits. */
    static Injected inject(String narrative, Accounts a, Random rnd) {
        List<String> lines = List.of(narrative.split("\n", -1));
        List<NarrativeAnomaly> kinds = new ArrayList<>(List.of(values()));
        java.util.Collections.shuffle(kinds, rnd);
        for (NarrativeAnomaly kind : kinds) {
            for (int i = 0; i < lines.size(); i++) {
                if (kind.fits(lines.get(i), a)) {
                    List<String> changed = new ArrayList<>(lines);
                    changed.set(i, kind.change(lines.get(i), rnd, a));
                    return new Injected(String.join("\n", changed), kind, "第" + (i + 1) + "段");
                }
            }
        }
        return null;
    }
}
