package cn.jsaudit.ingest;

import cn.jsaudit.model.Amount;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Submission;
import cn.jsaudit.model.TableInfo;
import java.util.List;

/** The public tables of one workbook as facts, and the problems met reading them. */
public record WorkbookFacts(Submission submission, Template template, List<TableInfo> tables, List<Amount> amounts,
                            List<Finding> problems) {
}
