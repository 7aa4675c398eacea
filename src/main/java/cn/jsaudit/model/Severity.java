package cn.jsaudit.model;

/** How serious a finding is; the Chinese label is what reviewers read. */
public enum Severity {
    ERROR("错误"),
    WARNING("警告"),
    INFO("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses ERROR/WARNING/INFO or their Chinese labels (错误/警告/提示/需说明). */
    public static Severity parse(String text) {
        String t = text == null ? "" : text.strip();
        for (Severity s : values()) {
            if (s.name().equalsIgnoreCase(t) || s.label.equals(t)) {
                return s;
            }
        }
        if (t.equals("需说明")) {
            return WARNING;
        }
        throw new IllegalArgumentException("未知的严重程度：" + text + "（应为 ERROR、WARNING、INFO 或 错误、警告、提示）");
    }
}
