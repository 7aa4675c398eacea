package cn.jsaudit.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A layout of public tables, loaded from a YAML file under rules/templates/.
 *
 * @param extendsId       the template this one varies (its tables are inherited unless listed here), or null
 * @param functionClasses 功能分类 class names → class codes, used to give the class rows of the
 *                        行次-keyed tables (01, 04) their codes
 */
public record Template(String id, String name, @JsonProperty("extends") String extendsId, List<TemplateTable> tables,
                       Map<String, String> functionClasses, Path source) {

    public Template {
        tables = tables == null ? List.of() : List.copyOf(tables);
        functionClasses = functionClasses == null ? Map.of() : Map.copyOf(functionClasses);
    }

    /** The class code for a row label such as "九、卫生健康支出", or null. */
    public String classCodeOf(String rowLabel) {
        return rowLabel == null ? null : functionClasses.get(Text.withoutOrdinal(rowLabel));
    }

    public Optional<TemplateTable> table(String tableId) {
        return tables.stream().filter(t -> t.id().equals(tableId)).findFirst();
    }
}
