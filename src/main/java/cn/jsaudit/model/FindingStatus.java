package cn.jsaudit.model;

/** Whether a finding still needs the unit's attention. */
public enum FindingStatus {
    OPEN("open", "未说明"),
    EXPLAINED("explained", "已说明");

    private final String code;
    private final String label;

    FindingStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The stable machine value ("open", "explained") used in JSON and CSV. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
