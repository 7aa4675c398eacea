package cn.jsaudit.generate;

import java.util.Random;

/**
 * How a submission's performance forms are laid out, as received forms differ:
 * <ul>
 * <li>{@link #NATIONAL}: the national 项目支出绩效自评表 — side labels (项目资金, 绩效指标, 一级指标 with its points)
 * merged down many rows, 指标值/完成值 under two-row headers, 执行率 a number formatted as a percentage; forms
 * are sheets of the main workbook;</li>
 * <li>{@link #PLAIN}: one header row per block, the execution score's points in its header ("得分（10 分*执行率）"),
 * 执行率 typed as text ("97.53%"), 一级指标 repeated on every row; forms in {@code <base>-绩效自评表.xlsx};</li>
 * <li>{@link #SPLIT}: the execution header on two rows ("预算数" over "年初 | 全年"), 执行率 a bare fraction
 * (0.9753), group points in 二级 labels left out; forms are sheets of the main workbook.</li>
 * </ul>
 */
enum FormLayout {
    NATIONAL(true),
    PLAIN(false),
    SPLIT(true);

    private final boolean inMainWorkbook;

    FormLayout(boolean inMainWorkbook) {
        this.inMainWorkbook = inMainWorkbook;
    }

    boolean inMainWorkbook() {
        return inMainWorkbook;
    }

    static FormLayout random(Random rnd) {
        return values()[rnd.nextInt(values().length)];
    }
}
