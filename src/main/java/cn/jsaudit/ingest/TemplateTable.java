package cn.jsaudit.ingest;

import java.util.List;

/**
 * One table of a template (see rules/templates/*.yaml): how it is recognised, how it is read, and what its
 * rows and columns mean.
 *
 * @param role       what the table is (收支总表, 三公 …, listed in rules/templates/common.yaml): rules and formulas
 *                   name tables by role, so that a template inherits every check whose quantities it maps
 * @param name       how findings name the table ("公开05表", "财决公开06表"); the first code, else the title
 * @param title      the printed title
 * @param codes      printed codes ("公开01表", "表1")
 * @param required   whether a submission must publish it (true unless the template says false)
 * @param key        how data rows are keyed: "行次" (by the printed 行次, else by the row's label as the template
 *                   lists it), "科目代码" (whole, split over 类|款|项, or before the name) or "无" (rows known by
 *                   their label only, as 三公's 预算数/决算数, or a single data row)
 * @param signature  header labels that must appear for the table to count as this template's (会议费 for a
 *                   variant of 三公); empty for none
 * @param headerRows the number of header rows below the heading lines, when the structure does not tell it
 *                   (null: found from the sheet — label rows above the first data row)
 * @param blocks     the side-by-side blocks with their columns and the rows formulas may name
 * @param emptyNote  phrases of the 空表说明 printed under an empty table ("本表无数据"); a line holding one of them
 *                   ends the data rows
 */
public record TemplateTable(String role, String name, String title, List<String> codes, Boolean required, String key,
                            List<String> signature, Integer headerRows, List<TemplateBlock> blocks,
                            List<String> emptyNote) {

    public TemplateTable {
        codes = codes == null ? List.of() : List.copyOf(codes);
        signature = signature == null ? List.of() : List.copyOf(signature);
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
        emptyNote = emptyNote == null ? List.of() : List.copyOf(emptyNote);
        key = key == null ? "科目代码" : key;
        required = required == null || required;
        if (name == null || name.isBlank()) {
            name = !codes.isEmpty() ? codes.get(0) : title;
        }
    }

    public boolean keyedByRowNumber() {
        return key.equals("行次");
    }

    public boolean keyedByCode() {
        return key.equals("科目代码");
    }
}
