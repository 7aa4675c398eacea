package cn.jsaudit.rulepack;

import cn.jsaudit.engine.RuleBook;
import cn.jsaudit.engine.RuleCompileException;
import cn.jsaudit.engine.RuleProblem;
import cn.jsaudit.ingest.InputLimits;
import cn.jsaudit.ingest.TemplateException;
import cn.jsaudit.ingest.TemplateProblem;
import cn.jsaudit.ingest.Templates;
import cn.jsaudit.ruleapi.MessageTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rules folder, loaded and compiled: templates, settings, hand-written DRL and formula tables translated to DRL,
 * all in one rule book. Every file in the folder is either read or refused with a message (see {@link RuleFiles});
 * all problems are collected so that the auditor sees them together.
 */
public final class RulePack {

    /** The message table of the folder (code TAB message). */
    public static final String MESSAGES = "messages.tsv";

    private final Templates templates;
    private final RuleBook book;
    private final List<RuleEntry> entries;
    private final List<Path> testFiles;
    private final InputLimits limits;

    private RulePack(Templates templates, RuleBook book, List<RuleEntry> entries, List<Path> testFiles, InputLimits limits) {
        this.templates = templates;
        this.book = book;
        this.entries = List.copyOf(entries);
        this.testFiles = List.copyOf(testFiles);
        this.limits = limits;
    }

    /** Loads and compiles the folder; every problem found is in the exception. */
    public static RulePack load(Path dir) throws RuleCompileException {
        List<RuleProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            throw new RuleCompileException(List.of(new RuleProblem(dir.toString(), 0, -1, "规则目录不存在")));
        }
        RuleFiles files = RuleFiles.classify(dir, problems);
        List<RuleBook.RuleSource> sources = new ArrayList<>();
        List<RuleProblem> unreadable = new ArrayList<>(); // reported after the templates' and settings' problems
        for (Path f : files.drl()) {
            String name = display(dir, f);
            String text = read(f, name, unreadable);
            if (text != null) {
                sources.add(new RuleBook.RuleSource(name, text));
            }
        }
        // Rules unchanged since a run that read them without a problem: their network is loaded on another thread
        // while the templates and settings are read, and the formulas are not translated again.
        String key = problems.isEmpty() && unreadable.isEmpty() ? folderKey(dir, files.all()) : null;
        TranslatedRules known = key == null ? null : RuleBook.cached(key).flatMap(TranslatedRules::of).orElse(null);
        RuleBook.Started early = null;
        if (known != null) {
            try {
                early = RuleBook.start(concat(sources, known.formulas()));
            } catch (RuleCompileException e) {
                known = null; // not expected (these rules compiled before); read and compile as for new rules
            }
        }
        Templates templates = null;
        try {
            templates = Templates.load(dir);
        } catch (TemplateException e) {
            for (TemplateProblem p : e.problems()) {
                problems.add(new RuleProblem(display(dir, Path.of(p.file())), p.line(), p.column() > 0 ? p.column() : -1,
                        p.message()));
            }
        }
        Settings.Values settings = Settings.read(dir, files.settings(), problems);
        MessageTable messages = messages(dir, problems);
        problems.addAll(unreadable);
        if (known != null && problems.isEmpty()) {
            return new RulePack(templates, early.with(settings.numbers(), messages), known.entries(), files.tests(),
                    settings.limits());
        }
        List<RuleEntry> entries = new ArrayList<>();
        for (RuleBook.RuleSource s : sources) {
            entries.addAll(DrlScan.scan(s.name(), s.text(), problems));
            MessageUses.check(s.name(), s.text(), messages, problems);
        }
        List<RuleBook.RuleSource> formulas = new ArrayList<>();
        if (templates != null) {
            FormulaTranslator translator = new FormulaTranslator(templates);
            for (Path f : files.formulas()) {
                String name = display(dir, f);
                StringBuilder drl = new StringBuilder(FormulaTranslator.HEADER);
                for (FormulaTable.Read sheet : FormulaFiles.read(f, name, problems)) {
                    problems.addAll(sheet.problems());
                    for (FormulaRow row : sheet.rows()) {
                        translate(translator, row, drl, entries, problems);
                    }
                }
                formulas.add(new RuleBook.RuleSource(name + "（由公式生成的规则）", drl.toString()));
            }
        }
        sources = concat(sources, formulas);
        duplicates(entries, problems);
        if (!problems.isEmpty()) {
            // Still compile what was read, so that DRL errors are reported together with the others.
            try {
                RuleBook.compile(sources, settings.numbers(), messages);
            } catch (RuleCompileException e) {
                problems.addAll(e.problems());
            }
            throw new RuleCompileException(problems);
        }
        RuleBook book = RuleBook.compile(sources, settings.numbers(), messages);
        // kept only if no file changed while it was read (an auditor saving an edit meanwhile): never a stale entry
        if (key != null && key.equals(folderKey(dir, files.all()))) {
            RuleBook.cache(key, new TranslatedRules(formulas, entries).bytes());
        }
        return new RulePack(templates, book, entries, files.tests(), settings.limits());
    }

    /**
     * The key of everything in the folder: each file's bytes and name, the folder named as given (as in messages
     * and the rule list); any edit, added, removed or renamed file gives another key.
     */
    private static String folderKey(Path dir, List<Path> all) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Path f : all) {
            try {
                files.put(display(dir, f), Files.readAllBytes(f));
            } catch (IOException e) {
                return null; // read again below, where an unreadable file is named
            }
        }
        return RuleBook.cacheKey(files);
    }

    private static List<RuleBook.RuleSource> concat(List<RuleBook.RuleSource> a, List<RuleBook.RuleSource> b) {
        List<RuleBook.RuleSource> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** The built-in messages, reworded or added to by the folder's messages.tsv. */
    private static MessageTable messages(Path dir, List<RuleProblem> problems) {
        Path file = dir.resolve(MESSAGES);
        if (!Files.isRegularFile(file)) {
            return MessageTable.builtin();
        }
        String name = display(dir, file);
        String text = read(file, name, problems);
        return text == null ? MessageTable.builtin() : MessageTable.builtin().with(
                MessageTable.parse(text, (line, message) -> problems.add(new RuleProblem(name, line, 1, message))));
    }

    private static void translate(FormulaTranslator translator, FormulaRow row, StringBuilder drl,
                                  List<RuleEntry> entries, List<RuleProblem> problems) {
        try {
            for (FormulaTranslator.Generated g : translator.translate(row)) {
                drl.append(g.drl()).append('\n');
                entries.add(new RuleEntry(row.id(), row.title(), row.severity(),
                        row.origin().file() + ":" + row.origin().row(), row.tables(), g.templates(), g.drl()));
            }
        } catch (FormulaException e) {
            FormulaRow.Origin o = row.origin();
            String at = e.pos() >= 0 ? "第 " + (e.pos() + 1) + " 个字符" : "";
            problems.add(new RuleProblem(o.file(), o.row(), o.formulaColumn() + 1,
                    (o.sheet() == null ? "" : "工作表“" + o.sheet() + "” ") + "单元格 " + o.cell(o.formulaColumn())
                            + "（公式“" + row.formula() + "”" + (at.isEmpty() ? "" : "，" + at) + "）：" + e.getMessage()));
        }
    }

    /**
     * One source of truth per check: an id defined in two places (two formula rows, a row and a DRL rule, two DRL
     * files) is an error. One DRL file may implement a check with several rules (both directions of S-04).
     */
    private static void duplicates(List<RuleEntry> entries, List<RuleProblem> problems) {
        Map<String, String> first = new LinkedHashMap<>();
        for (RuleEntry e : entries) {
            String seen = first.putIfAbsent(e.id(), e.source());
            boolean sameRow = seen != null && seen.equals(e.source());
            boolean sameDrl = seen != null && e.source().contains(".drl:") && file(seen).equals(file(e.source()));
            if (seen != null && !sameRow && !sameDrl) {
                String[] at = e.source().split(":(?=\\d+$)");
                problems.add(new RuleProblem(at[0], at.length > 1 ? Integer.parseInt(at[1]) : 0, -1,
                        "规则编号 " + e.id() + " 重复：已在 " + seen + " 定义（每项检查只应有一处定义）"));
            }
        }
    }

    private static String file(String source) {
        return source.replaceFirst(":\\d+$", "");
    }

    private static String read(Path f, String name, List<RuleProblem> problems) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new RuleProblem(name, 0, -1, "无法读取（应为 UTF-8 文本）：" + e.getMessage()));
            return null;
        }
    }

    static String display(Path dir, Path f) {
        Path rel = dir.toAbsolutePath().normalize().relativize(f.toAbsolutePath().normalize());
        return dir.resolve(rel).toString();
    }

    public RuleBook book() {
        return book;
    }

    public Templates templates() {
        return templates;
    }

    /** Every rule, in id order (a formula row applying to templates that resolve it differently appears once each). */
    public List<RuleEntry> entries() {
        return entries.stream().sorted(java.util.Comparator.comparing(RuleEntry::id)
                .thenComparing(RuleEntry::source)).toList();
    }

    public List<RuleEntry> entries(String id) {
        return entries().stream().filter(e -> e.id().equals(id)).toList();
    }

    public List<Path> testFiles() {
        return testFiles;
    }

    /** The input limits of settings.yaml (its defaults where it sets none). */
    public InputLimits limits() {
        return limits;
    }

    /**
     * The input limits of a rules folder's settings.yaml alone, for a command that reads a workbook without the rules
     * (inspect): the defaults when there is none; a broken one is named by {@code rules check}, not here.
     */
    public static InputLimits limitsOf(Path dir) {
        for (String name : RuleFiles.SETTINGS_NAMES) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                return Settings.read(dir, file, new ArrayList<>()).limits();
            }
        }
        return InputLimits.DEFAULT;
    }
}
