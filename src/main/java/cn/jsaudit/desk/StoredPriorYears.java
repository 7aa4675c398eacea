package cn.jsaudit.desk;

import cn.jsaudit.ingest.InputProblem;
import cn.jsaudit.pipeline.PriorYear;
import cn.jsaudit.pipeline.PriorYears;
import cn.jsaudit.pipeline.RulesFolder;
import cn.jsaudit.pipeline.UnitKey;
import java.nio.file.Path;
import java.util.List;

/**
 * Last year's submission of a unit from the desk's store: the newest screened submission with the same unit name
 * and the year before. Remembers which one it used, or why none, for the unit's page.
 */
final class StoredPriorYears implements PriorYears {

    private final DeskStore store;
    private final RulesFolder folder;
    private final Path dataDir;
    private Long usedId;
    private String note;
    private DeskException failure;

    StoredPriorYears(DeskStore store, RulesFolder folder, Path dataDir) {
        this.store = store;
        this.folder = folder;
        this.dataDir = dataDir;
    }

    /**
     * A database failure is kept for the queue, which must not store a result screened without last year's figures,
     * and not thrown to the screener, which would make it the submission's INPUT finding.
     */
    @Override
    public PriorYear find(String unit, Integer year) {
        try {
            return lookUp(unit, year);
        } catch (DeskException e) {
            failure = e;
            return null;
        }
    }

    private PriorYear lookUp(String unit, Integer year) {
        if (unit == null || year == null) {
            note = "单位名称或年度未能读出，未做跨年度核对";
            return null;
        }
        DeskStore.Submission prior = store.latest(UnitKey.of(unit), year - 1);
        String linked = store.linkedPrior(UnitKey.of(unit));
        String confirmed = "";
        if (prior == null && linked != null) {
            prior = store.latest(linked, year - 1);
            confirmed = "（经审核人员确认为同一单位）";
        }
        if (prior == null) {
            List<String> near = store.unitsOf(year - 1).stream().filter(u -> UnitKey.near(u, unit)).toList();
            note = "审核台中没有该单位 " + (year - 1) + " 年度的提交" + (near.isEmpty() ? ""
                    : "（名称相近的有：" + String.join("、", near) + "；单位名称须一致才核对，是同一单位时请在单位页面确认）")
                    + "，未做跨年度核对";
            return null;
        }
        try {
            PriorYear read = PriorYear.read(folder, prior.files().resolve(dataDir));
            usedId = prior.id();
            note = "已与 " + (year - 1) + " 年度的提交（" + prior.name() + "）" + confirmed + "核对上年数";
            return read;
        } catch (InputProblem | RuntimeException e) {
            note = "上年的提交（" + prior.name() + "）无法读取，未做跨年度核对：" + e.getMessage();
            return null;
        }
    }

    /** The database failure met while looking last year's submission up, or null. */
    DeskException failure() {
        return failure;
    }

    Long usedId() {
        return usedId;
    }

    String note() {
        return note;
    }
}
