package cn.jsaudit.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The templates of a rules folder (rules/templates/*.yaml). */
public final class Templates {

    private final List<Template> all;

    private Templates(List<Template> all) {
        this.all = List.copyOf(all);
    }

    public static Templates load(Path rulesDir) throws InputProblem {
        Path dir = rulesDir.resolve("templates");
        if (!Files.isDirectory(dir)) {
            throw new InputProblem(dir + "：找不到模板目录（应包含各模板的 .yaml 文件）");
        }
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        List<Template> list = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted().toList()) {
                list.add(read(yaml, f));
            }
        } catch (IOException e) {
            throw new InputProblem(dir + "：无法读取模板目录：" + e.getMessage());
        }
        if (list.isEmpty()) {
            throw new InputProblem(dir + "：模板目录中没有 .yaml 模板文件");
        }
        return new Templates(resolveExtends(list));
    }

    private static Template read(ObjectMapper yaml, Path f) throws InputProblem {
        try {
            Template t = yaml.readValue(f.toFile(), Template.class);
            if (t.id() == null || t.tables().isEmpty()) {
                throw new InputProblem(f + "：模板缺少 id 或 tables");
            }
            return new Template(t.id(), t.name(), t.extendsId(), t.tables(), t.functionClasses(), f);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new InputProblem(f + where + "：模板文件格式错误：" + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputProblem(f + "：无法读取模板文件：" + e.getMessage());
        }
    }

    /**
     * A template that extends another inherits every table it does not list itself (a variant such as 三公 with
     * 会议费 columns restates only table 09) and the function classes when it has none.
     */
    private static List<Template> resolveExtends(List<Template> list) throws InputProblem {
        Map<String, Template> byId = new LinkedHashMap<>();
        for (Template t : list) {
            if (byId.put(t.id(), t) != null) {
                throw new InputProblem(t.source() + "：模板编号 " + t.id() + " 与另一个模板重复");
            }
        }
        List<Template> out = new ArrayList<>();
        for (Template t : list) {
            if (t.extendsId() == null) {
                out.add(t);
                continue;
            }
            Template base = byId.get(t.extendsId());
            if (base == null || base.extendsId() != null) {
                throw new InputProblem(t.source() + "：extends: " + t.extendsId()
                        + " 指向的模板不存在或本身也是变体（只能在基础模板上做一层变体）");
            }
            List<TemplateTable> tables = new ArrayList<>();
            for (TemplateTable bt : base.tables()) {
                tables.add(t.table(bt.id()).orElse(bt));
            }
            t.tables().stream().filter(own -> base.table(own.id()).isEmpty()).forEach(tables::add);
            out.add(new Template(t.id(), t.name(), t.extendsId(), tables,
                    t.functionClasses().isEmpty() ? base.functionClasses() : t.functionClasses(), t.source()));
        }
        return out;
    }

    public List<Template> all() {
        return all;
    }

    public Optional<Template> byId(String id) {
        return all.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The template ranked first by the given order (the workbook reader ranks by tables recognised). */
    public Template best(Comparator<Template> byRecognisedTables) {
        return all.stream().max(byRecognisedTables).orElseThrow();
    }
}
