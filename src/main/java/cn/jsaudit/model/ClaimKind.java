package cn.jsaudit.model;

/** What a narrative claim states. */
public enum ClaimKind {
    /** an amount in 万元: "基本支出 96.26 万元", "全年预算为 0 万元" (see {@link Claim#measure()}) */
    AMOUNT,
    /** a change in 万元 against the prior year: "增加 16.10 万元" */
    CHANGE,
    /** a growth rate in %: "增长 17.1%" */
    GROWTH,
    /** a share in %: "占本年支出 87.3%" (base in {@link Claim#base()}) */
    SHARE,
    /** an execution rate in %: "完成年初预算的 100%" */
    EXECUTION,
    /** any other percentage: "满意度达 95%", "控制率为 36%" */
    RATE,
    /** a count: "0 辆", "2 个" */
    COUNT,
    /** a reason sentence: "决算数小于全年预算数的主要原因", "增加主要原因是…" */
    REASON,
    /** a cited 科目 (功能 or 经济分类), by code and/or name */
    SUBJECT_CODE,
    /** a unit (organisation) named in the text: "曾都区医疗保障服务中心" */
    UNIT_NAME,
    /** a name in a list of what a figure consists of, without its own amount: "主要包括：基本工资、津贴补贴…" */
    LISTED,
    /** a public table named in the text, as in a table of contents ("表6 一般公共预算财政拨款基本支出决算表"):
     *  code the table's number, subject its name */
    TABLE_NAME,
    /** a document cited by its number ("白政办发〔2022〕54号"): subject the issuer's prefix, code "2022-54" */
    DOCUMENT
}
