package cn.jsaudit.ingest;

import cn.jsaudit.ruleapi.Text;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A layout of public tables, loaded from a YAML file under rules/templates/.
 *
 * @param extendsId       the template this one varies (its tables are inherited unless listed here), or null
 * @param functionClasses 功能分类 class names → class codes, in the order the 行次-keyed tables (01, 04) print
 *                        their class rows: a class row gets its code from its label, and a sheet without 行次
 *                        gets the class row's 行次 from this order
 */
public record Template(String id, String name, @JsonProperty("extends") String extendsId, List<TemplateTable> tables,
                       Map<String, String> functionClasses, Path source) {

    public Template {
        tables = tables == null ? List.of() : List.copyOf(tables);
        functionClasses = functionClasses == null ? Map.of() : new LinkedHashMap<>(functionClasses);
    }

    /** The class code for a row label such as "九、卫生健康支出", or null. */
    public String classCodeOf(String rowLabel) {
        return rowLabel == null ? null : functionClasses.get(RowLabels.key(rowLabel));
    }

    /** The position (0-based) of a class in {@link #functionClasses}, or -1. */
    public int classIndex(String code) {
        return new ArrayList<>(functionClasses.values()).indexOf(code);
    }

    /** The table of the given role, if the template has one. */
    public Optional<TemplateTable> table(String role) {
        return tables.stream().filter(t -> t.role().equals(role)).findFirst();
    }

    /** The table a formula or an auditor names: by role, by its name ("公开05表") or one of its printed codes. */
    public Optional<TemplateTable> tableCalled(String written) {
        String w = Text.compact(written);
        return tables.stream().filter(t -> t.role().equals(w) || Text.compact(t.name()).equals(w)
                || t.codes().stream().anyMatch(c -> Text.compact(c).equals(w))).findFirst();
    }
}
