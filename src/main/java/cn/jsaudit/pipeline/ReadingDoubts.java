package cn.jsaudit.pipeline;

import cn.jsaudit.ruleapi.TableTally;
import cn.jsaudit.ingest.InputFindings;
import cn.jsaudit.ingest.TableReading;
import cn.jsaudit.ingest.TemplateVocabulary;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Self-doubt instead of floods: when one of a table's own identities fails on most of the rows it checks, the reading
 * is more likely wrong than the table. One finding says so, with the column pairing used, and the table's per-row findings
 * fold under it (kept, not counted).
 */
final class ReadingDoubts {

    static final String TITLE = "读取存疑";

    private ReadingDoubts() {
    }

    static List<Finding> fold(List<Finding> findings, List<TableTally> tallies, List<TableReading> readings,
                              TemplateVocabulary.ReadingDoubt policy, String file) {
        List<Finding> out = new ArrayList<>(findings);
        for (TableReading reading : readings) {
            String table = reading.info().table();
            int checked = 0;
            int failed = 0;
            int doubled = 0;
            boolean doubt = false;
            Set<String> rules = new HashSet<>();
            for (TableTally t : tallies) {
                if (t.key().table().equals(table)) {
                    checked += t.checked();
                    failed += t.failed();
                    doubled += t.doubled();
                    rules.add(t.key().rule());
                    // one identity failing on most of the rows it checks is enough to doubt the reading
                    doubt |= t.failed() >= policy.minFailures() && t.failed() > policy.failShare() * t.checked();
                }
            }
            if (!doubt) {
                continue;
            }
            String sheet = reading.info().sheet();
            List<Finding> folded = out.stream().filter(f -> table.equals(f.table()) && rules.contains(f.rule())
                    && !f.locations().isEmpty() && f.locations().stream().allMatch(l -> sheet.equals(l.sheet()))).toList();
            out.removeAll(folded);
            String twice = doubled * 2 >= failed
                    ? "其中 " + doubled + " 处差额恰为一方的两倍，疑似某栏被重复计算（如小计与其明细一并相加）；" : "";
            String message = "读取存疑：" + table + "（工作表“" + sheet + "”）的表内核对 " + checked + " 处中有 " + failed
                    + " 处不成立，更可能是表读错了（栏目或行与模板不符），而不是表本身有误；" + twice + "本表的 " + folded.size()
                    + " 条逐项发现已折叠在本条之下，不计数。读取时的栏目对应：" + reading.mapping()
                    + "。请用 jsaudit inspect 核对读取结果，必要时修改模板。";
            Location at = new Location(file, sheet, "A" + Math.max(1, reading.firstDataRow()));
            out.add(InputFindings.titled(TITLE, Severity.WARNING, message, table, at).folding(folded));
        }
        return out;
    }
}
