package cn.jsaudit.model;

/** The kinds of performance self-evaluation forms; the label is how reviewers name them. */
public enum FormKind {
    DEPARTMENT("部门整体支出绩效自评表"),
    PROJECT("项目支出绩效自评表"),
    BASIC_DATA("部门整体支出绩效评价基础数据表");

    private final String label;

    FormKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
