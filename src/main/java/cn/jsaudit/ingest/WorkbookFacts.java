package cn.jsaudit.ingest;

import cn.jsaudit.model.Amount;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Submission;
import cn.jsaudit.model.TableInfo;
import java.util.List;

/**
 * The public tables of one workbook as facts, the problems met reading them, the template chosen and how each
 * table was read.
 */
public record WorkbookFacts(Submission submission, Template template, TemplateChoice choice, List<TableInfo> tables,
                            List<Amount> amounts, List<Finding> problems, List<TableReading> readings) {
}
