package cn.jsaudit.ingest;

import java.util.List;

/** One table of a template: its id, title and printed codes (see rules/templates/*.yaml). */
public record TemplateTable(String id, String title, List<String> codes, boolean required) {

    public TemplateTable {
        codes = codes == null ? List.of() : List.copyOf(codes);
    }
}
