package cn.jsaudit.ingest;

import java.util.List;

/**
 * One table of a template (see rules/templates/*.yaml).
 *
 * @param id        the table id rules use ("01" …)
 * @param title     the printed title
 * @param codes     printed codes ("公开01表", "表1")
 * @param required  whether a submission must publish it
 * @param key       how data rows are keyed: "行次", "科目代码" or "无" (one keyless row, e.g. 三公)
 * @param signature header labels that must appear for the table to count as this template's (e.g. 会议费 for a
 *                  variant of 三公); empty for none
 * @param blocks    the side-by-side blocks with their columns and the rows formulas may name
 */
public record TemplateTable(String id, String title, List<String> codes, boolean required, String key,
                            List<String> signature, List<TemplateBlock> blocks) {

    public TemplateTable {
        codes = codes == null ? List.of() : List.copyOf(codes);
        signature = signature == null ? List.of() : List.copyOf(signature);
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
        key = key == null ? "科目代码" : key;
    }

    public boolean keyedByRowNumber() {
        return key.equals("行次");
    }

    public boolean keyedByCode() {
        return key.equals("科目代码");
    }
}
