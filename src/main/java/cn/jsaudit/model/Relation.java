package cn.jsaudit.model;

/** How an indicator value bounds its quantity: "≥90%" is AT_LEAST, "≤60 分钟" AT_MOST, "100%" EQUAL. */
public enum Relation {
    AT_LEAST,
    AT_MOST,
    MORE_THAN,
    LESS_THAN,
    EQUAL;

    /** True for a negative indicator (smaller is better): scored weight × A / B. */
    public boolean isUpperBound() {
        return this == AT_MOST || this == LESS_THAN;
    }
}
