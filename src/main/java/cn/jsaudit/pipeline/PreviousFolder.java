package cn.jsaudit.pipeline;

import cn.jsaudit.ingest.InputProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Last year's submissions from a folder ({@code jsaudit check … --previous 目录}), each read once and found by its
 * unit's name; a name that two of them share, or that none has, gives nothing to compare with and a notice.
 */
public final class PreviousFolder implements PriorYears {

    private final Map<String, List<PriorYear>> byUnit = new HashMap<>();
    private final List<String> notices = new ArrayList<>();

    private PreviousFolder() {
    }

    public static PreviousFolder read(RulesFolder folder, Path dir, int jobs) {
        PreviousFolder p = new PreviousFolder();
        List<SubmissionFiles> found = SubmissionLocator.locate(List.of(dir));
        List<Object> read = Parallel.map(found, jobs, "jsaudit-previous", f -> {
            try {
                return PriorYear.read(folder, f);
            } catch (InputProblem | RuntimeException e) {
                return "上年提交无法读取，未用于跨年度核对：" + e.getMessage();
            }
        }, Parallel.Progress.NONE);
        for (Object r : read) {
            if (r instanceof PriorYear y) {
                p.byUnit.computeIfAbsent(UnitKey.of(y.submission().unit()), k -> new ArrayList<>()).add(y);
            } else {
                p.notices.add((String) r);
            }
        }
        return p;
    }

    @Override
    public synchronized PriorYear find(String unit, Integer year) {
        List<PriorYear> same = byUnit.getOrDefault(UnitKey.of(unit), List.of()).stream()
                .filter(y -> year == null || y.submission().year() == null || y.submission().year() == year - 1).toList();
        if (same.size() == 1) {
            return same.get(0);
        }
        if (same.size() > 1) {
            notices.add(unit + "：上年文件夹中有 " + same.size() + " 份该单位的提交（"
                    + String.join("、", same.stream().map(y -> y.submission().file()).toList()) + "），无法确定用哪一份，未做跨年度核对");
            return null;
        }
        List<String> near = byUnit.values().stream().flatMap(List::stream).map(y -> y.submission().unit())
                .filter(u -> UnitKey.near(u, unit)).distinct().toList();
        notices.add(unit + "：上年文件夹中没有同名单位的提交" + (near.isEmpty() ? "" : "（名称相近的有：" + String.join("、", near)
                + "；单位名称须一致才核对）") + "，未做跨年度核对");
        return null;
    }

    /** What the user should know: unreadable previous submissions, units not found or found twice. */
    public synchronized List<String> notices() {
        return List.copyOf(notices);
    }
}
