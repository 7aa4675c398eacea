package cn.jsaudit.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The templates of a rules folder (rules/templates/*.yaml) and what they share (common.yaml). Read strictly: an
 * unknown key, a typo or a value of the wrong type is an error naming file, line and the keys allowed, so that a
 * template an auditor wrote never half-works in silence.
 */
public final class Templates {

    /** The file of roles and key labels, beside the templates. */
    public static final String COMMON = "common.yaml";
    private static final Set<String> KEYS = Set.of("行次", "科目代码", "无");
    private static final int MAX_COMBINED_VARIANTS = 4;

    private final TemplateVocabulary vocabulary;
    private final List<Template> all;

    private Templates(TemplateVocabulary vocabulary, List<Template> all) {
        this.vocabulary = vocabulary;
        this.all = List.copyOf(all);
    }

    public static Templates load(Path rulesDir) throws TemplateException {
        Path dir = rulesDir.resolve("templates");
        List<TemplateProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            throw new TemplateException(List.of(new TemplateProblem(dir.toString(), 0, 0,
                    "找不到模板目录（应包含 common.yaml 和各模板的 .yaml 文件）")));
        }
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        TemplateVocabulary vocabulary = null;
        List<Template> list = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted().toList()) {
                if (f.getFileName().toString().equals(COMMON)) {
                    vocabulary = read(yaml, f, TemplateVocabulary.class, problems);
                } else {
                    Template t = read(yaml, f, Template.class, problems);
                    if (t != null) {
                        list.add(new Template(t.id(), t.name(), t.extendsId(), t.tables(), t.functionClasses(), f));
                    }
                }
            }
        } catch (IOException e) {
            throw new TemplateException(List.of(new TemplateProblem(dir.toString(), 0, 0, "无法读取模板目录：" + e.getMessage())));
        }
        if (vocabulary == null && problems.isEmpty()) {
            problems.add(new TemplateProblem(dir.resolve(COMMON).toString(), 0, 0,
                    "缺少 common.yaml（表的角色和表头用语：行次、科目代码、类/款/项、项目等）"));
        }
        if (list.isEmpty() && problems.isEmpty()) {
            problems.add(new TemplateProblem(dir.toString(), 0, 0, "模板目录中没有模板文件（.yaml）"));
        }
        if (!problems.isEmpty()) {
            throw new TemplateException(problems);
        }
        for (Template t : list) {
            validate(t, vocabulary, problems);
        }
        List<Template> resolved = resolveExtends(list, problems);
        if (!problems.isEmpty()) {
            throw new TemplateException(problems);
        }
        return new Templates(vocabulary, resolved);
    }

    private static <T> T read(ObjectMapper yaml, Path f, Class<T> type, List<TemplateProblem> problems) {
        try {
            return yaml.readValue(f.toFile(), type);
        } catch (UnrecognizedPropertyException e) {
            Set<String> allowed = new TreeSet<>();
            if (e.getKnownPropertyIds() != null) {
                e.getKnownPropertyIds().forEach(k -> allowed.add(String.valueOf(k)));
            }
            TemplateProblem p = at(f, e.getLocation(), "未知的键“" + e.getPropertyName() + "”（此处可用的键："
                    + String.join("、", allowed) + "）");
            problems.add(new TemplateProblem(p.file(), lineOfKey(f, e.getPropertyName(), p.line()), 1, p.message()));
        } catch (InvalidFormatException e) {
            problems.add(at(f, e.getLocation(), "值“" + e.getValue() + "”的类型不对：" + field(e) + "应为" + typeName(e.getTargetType())));
        } catch (MismatchedInputException e) {
            problems.add(at(f, e.getLocation(), field(e) + "的写法不对：应为" + typeName(e.getTargetType())));
        } catch (JsonProcessingException e) {
            problems.add(at(f, e.getLocation(), "YAML 格式错误：" + firstLine(e.getOriginalMessage())));
        } catch (IOException e) {
            problems.add(new TemplateProblem(f.toString(), 0, 0, "无法读取：" + e.getMessage()));
        }
        return null;
    }

    /** The line an unknown key is written on: the parser reports where it stopped, often a line later. */
    private static int lineOfKey(Path f, String key, int reported) {
        String text = text(f);
        if (text == null) {
            return reported;
        }
        List<String> lines = text.lines().toList();
        for (int i = Math.min(reported, lines.size()) - 1; i >= 0; i--) {
            String l = lines.get(i).strip();
            if (l.startsWith(key + ":") || l.startsWith("- " + key + ":")) {
                return i + 1;
            }
        }
        return reported;
    }

    private static TemplateProblem at(Path f, JsonLocation l, String message) {
        return new TemplateProblem(f.toString(), l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), message);
    }

    private static String field(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        e.getPath().forEach(r -> path.append(r.getFieldName() != null ? (path.length() > 0 ? "." : "") + r.getFieldName()
                : "[" + (r.getIndex() + 1) + "]"));
        return path.length() == 0 ? "" : "“" + path + "”";
    }

    private static String typeName(Class<?> t) {
        if (t == null) {
            return "其他写法";
        }
        if (t == Boolean.class || t == boolean.class) {
            return "true 或 false";
        }
        if (t == Integer.class || t == int.class) {
            return "整数";
        }
        if (List.class.isAssignableFrom(t)) {
            return "列表（如 [a, b]）";
        }
        if (Map.class.isAssignableFrom(t)) {
            return "键值对（缩进的“键: 值”各行）";
        }
        return t == String.class ? "文字" : "一组键值（见文件开头的说明）";
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    /** What binding cannot check: required keys, known roles and row keys, unique roles and names. */
    private static void validate(Template t, TemplateVocabulary v, List<TemplateProblem> problems) {
        String text = text(t.source());
        if (t.id() == null || t.id().isBlank()) {
            problems.add(new TemplateProblem(t.source().toString(), 1, 1, "缺少 id（模板编号）"));
        } else if (t.id().contains("+")) {
            problems.add(problem(t, text, "id:", "模板编号“" + t.id() + "”不能含“+”（两个变体合用时，编号由它们的编号以“+”连接）"));
        }
        if (t.tables().isEmpty() && t.extendsId() == null) {
            problems.add(new TemplateProblem(t.source().toString(), 1, 1, "缺少 tables（本模板的表）"));
        }
        Set<String> roles = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (TemplateTable table : t.tables()) {
            String where = table.title() != null ? table.title() : table.role();
            if (table.role() == null || table.role().isBlank()) {
                problems.add(problem(t, text, where, "表“" + where + "”缺少 role（表的角色，可用：" + roleList(v) + "）"));
            } else if (!v.roles().containsKey(table.role())) {
                problems.add(problem(t, text, "role: " + table.role(), "表“" + where + "”的 role“" + table.role()
                        + "”不是已知的角色（可用：" + roleList(v) + "；新角色写在 common.yaml 的 roles 中）"));
            } else if (!roles.add(table.role())) {
                problems.add(problem(t, text, "role: " + table.role(), "角色“" + table.role() + "”在本模板中出现两次"));
            }
            if (table.title() == null || table.title().isBlank()) {
                problems.add(problem(t, text, "role: " + table.role(), "角色为“" + table.role() + "”的表缺少 title（表标题）"));
            }
            if (table.name() != null && !names.add(table.name())) {
                problems.add(problem(t, text, table.name(), "表名“" + table.name() + "”在本模板中出现两次"));
            }
            if (!KEYS.contains(table.key())) {
                problems.add(problem(t, text, "key: " + table.key(), "表“" + where + "”的 key“" + table.key()
                        + "”应为 行次、科目代码 或 无"));
            }
            if (table.headerRows() != null && (table.headerRows() < 1 || table.headerRows() > 10)) {
                problems.add(problem(t, text, "headerRows", "表“" + where + "”的 headerRows 应在 1 到 10 之间"));
            }
            if (table.blocks().isEmpty()) {
                problems.add(problem(t, text, where, "表“" + where + "”缺少 blocks（栏目）"));
            }
            for (TemplateBlock b : table.blocks()) {
                if (b.columns().isEmpty()) {
                    problems.add(problem(t, text, where, "表“" + where + "”有一块没有 columns（栏目）"));
                }
                if (b.lineColumn() != null && !b.columns().containsKey(b.lineColumn())) {
                    problems.add(problem(t, text, "lineColumn", "表“" + where + "”的 lineColumn " + b.lineColumn()
                            + " 不是本块的栏号（有：" + b.columns().keySet() + "）"));
                }
                for (String cell : b.namedCells().keySet()) {
                    if (b.cellColumn(cell) == null) {
                        problems.add(problem(t, text, cell, "表“" + where + "”的 namedCells 中“" + cell
                                + "”应写作“行名/栏名”，栏名为本块 columns 中的栏名（如 合计/人员经费）"));
                    }
                }
                for (String k : b.rows().keySet()) {
                    if (TemplateBlock.range(k) == null) {
                        problems.add(problem(t, text, "\"" + k + "\"", "表“" + where + "”的行次“" + k
                                + "”应为数字或范围（如 \"27\"、\"32-57\"）"));
                    }
                }
            }
        }
    }

    private static String roleList(TemplateVocabulary v) {
        return String.join("、", v.roles().keySet());
    }

    private static TemplateProblem problem(Template t, String text, String token, String message) {
        int line = 0;
        if (token != null && text != null) {
            List<String> lines = text.lines().toList();
            for (int i = 0; i < lines.size() && line == 0; i++) {
                if (lines.get(i).contains(token)) {
                    line = i + 1;
                }
            }
        }
        return new TemplateProblem(t.source().toString(), line, line > 0 ? 1 : 0, message);
    }

    private static String text(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * A template that extends another inherits every table it does not restate (by role) and the function classes
     * when it has none.
     */
    private static List<Template> resolveExtends(List<Template> list, List<TemplateProblem> problems) {
        Map<String, Template> byId = new LinkedHashMap<>();
        for (Template t : list) {
            if (byId.put(t.id(), t) != null) {
                problems.add(new TemplateProblem(t.source().toString(), 1, 1, "模板编号 " + t.id() + " 与另一个模板重复"));
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
                problems.add(problem(t, text(t.source()), "extends", "extends: " + t.extendsId()
                        + " 指向的模板不存在或本身也是变体（只能在基础模板上做一层变体；已有：" + String.join("、", byId.keySet()) + "）"));
                continue;
            }
            List<TemplateTable> tables = new ArrayList<>();
            for (TemplateTable bt : base.tables()) {
                tables.add(t.table(bt.role()).orElse(bt));
            }
            t.tables().stream().filter(own -> base.table(own.role()).isEmpty()).forEach(tables::add);
            out.add(new Template(t.id(), t.name(), t.extendsId(), tables,
                    t.functionClasses().isEmpty() ? base.functionClasses() : t.functionClasses(), t.source()));
        }
        if (problems.isEmpty()) {
            out.addAll(combinations(list, byId));
        }
        return out;
    }

    /**
     * Variants of one base that restate different tables, taken together: a workbook whose 09 has the 会议费 columns
     * and whose 06 is one list is read by both variants at once, as the auditor wrote each. The id joins the
     * variants' ids with "+" ({@link #isPartOf}).
     */
    private static List<Template> combinations(List<Template> list, Map<String, Template> byId) {
        Map<String, List<Template>> byBase = new LinkedHashMap<>();
        list.stream().filter(t -> t.extendsId() != null)
                .forEach(t -> byBase.computeIfAbsent(t.extendsId(), k -> new ArrayList<>()).add(t));
        List<Template> out = new ArrayList<>();
        for (Map.Entry<String, List<Template>> e : byBase.entrySet()) {
            Template base = byId.get(e.getKey());
            List<Template> variants = e.getValue();
            if (variants.size() > MAX_COMBINED_VARIANTS) {
                continue;   // 2^n templates to try on every workbook: combine a few at most
            }
            for (int mask = 1; mask < 1 << variants.size(); mask++) {
                if (Integer.bitCount(mask) < 2) {
                    continue;
                }
                List<Template> parts = new ArrayList<>();
                for (int i = 0; i < variants.size(); i++) {
                    if ((mask & 1 << i) != 0) {
                        parts.add(variants.get(i));
                    }
                }
                combined(base, parts).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The variants' tables over the base's, or empty when two of them restate the same table. */
    private static Optional<Template> combined(Template base, List<Template> parts) {
        Map<String, TemplateTable> own = new LinkedHashMap<>();
        for (Template p : parts) {
            for (TemplateTable t : p.tables()) {
                if (own.put(t.role(), t) != null) {
                    return Optional.empty();
                }
            }
        }
        List<TemplateTable> tables = new ArrayList<>();
        for (TemplateTable bt : base.tables()) {
            tables.add(own.getOrDefault(bt.role(), bt));
        }
        own.values().stream().filter(t -> base.table(t.role()).isEmpty()).forEach(tables::add);
        Map<String, String> functionClasses = parts.stream().map(Template::functionClasses).filter(m -> !m.isEmpty())
                .findFirst().orElse(base.functionClasses());
        String id = parts.stream().map(Template::id).collect(Collectors.joining("+"));
        String name = base.name() + "（" + parts.stream().map(p -> variantPart(base, p)).collect(Collectors.joining("；")) + "）";
        return Optional.of(new Template(id, name, base.id(), tables, functionClasses, parts.get(0).source()));
    }

    /** What a variant's name adds to its base's: 全国通用（三公表含会议费、培训费） → 三公表含会议费、培训费. */
    private static String variantPart(Template base, Template variant) {
        String n = variant.name() == null ? variant.id() : variant.name();
        String prefix = base.name() + "（";
        return n.startsWith(prefix) && n.endsWith("）") ? n.substring(prefix.length(), n.length() - 1) : n;
    }

    /** Whether the template {@code id} is {@code t} or one of the variants {@code t} combines. */
    public static boolean isPartOf(String id, Template t) {
        return t.id().equals(id) || List.of(t.id().split("\\+")).contains(id);
    }

    public TemplateVocabulary vocabulary() {
        return vocabulary;
    }

    public List<Template> all() {
        return all;
    }

    public Optional<Template> byId(String id) {
        return all.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
