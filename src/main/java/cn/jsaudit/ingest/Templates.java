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
import java.util.List;
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
        return new Templates(list);
    }

    private static Template read(ObjectMapper yaml, Path f) throws InputProblem {
        try {
            Template t = yaml.readValue(f.toFile(), Template.class);
            if (t.id() == null || t.tables().isEmpty()) {
                throw new InputProblem(f + "：模板缺少 id 或 tables");
            }
            return new Template(t.id(), t.name(), t.tables(), t.functionClasses(), f);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new InputProblem(f + where + "：模板文件格式错误：" + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputProblem(f + "：无法读取模板文件：" + e.getMessage());
        }
    }

    public List<Template> all() {
        return all;
    }

    public Optional<Template> byId(String id) {
        return all.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The template under which most of the given sheets' headings are recognised. */
    public Template best(Comparator<Template> byRecognisedTables) {
        return all.stream().max(byRecognisedTables).orElseThrow();
    }
}
