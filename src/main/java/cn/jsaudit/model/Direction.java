package cn.jsaudit.model;

/** Direction stated by the words of a change or a reason (增加/增长 vs 减少/下降). */
public enum Direction {
    UP("增加"),
    DOWN("减少"),
    /** equal / no direction stated ("一致", "持平") */
    NONE("");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
