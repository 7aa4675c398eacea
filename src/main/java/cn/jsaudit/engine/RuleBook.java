package cn.jsaudit.engine;

import cn.jsaudit.model.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;

/**
 * The rules of a rules folder, compiled once at run time and shared by every submission (a KieBase is
 * thread-safe; each evaluation gets its own session).
 */
public final class RuleBook {

    private static final String GLOBAL = "check";

    private final KieBase kieBase;
    private final List<RuleInfo> rules;
    private final boolean declaresCheck;

    private RuleBook(KieBase kieBase, List<RuleInfo> rules) {
        this.kieBase = kieBase;
        this.rules = List.copyOf(rules);
        this.declaresCheck = kieBase.getKiePackages().stream()
                .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(GLOBAL)));
    }

    /** Compiles every .drl file under the folder; problems name the file, line and column. */
    public static RuleBook compile(Path rulesDir) throws RuleCompileException {
        List<RuleSource> sources = new ArrayList<>();
        for (Path f : drlFiles(rulesDir)) {
            try {
                sources.add(new RuleSource(display(rulesDir, f), Files.readString(f, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new RuleCompileException(List.of(new RuleProblem(display(rulesDir, f), 0, -1, "无法读取规则文件：" + e.getMessage())));
            }
        }
        return compile(sources);
    }

    /** Compiles DRL texts, each named by the file the auditor knows it as. */
    public static RuleBook compile(List<RuleSource> sources) throws RuleCompileException {
        Optional<CompiledRulesCache> cache = CompiledRulesCache.standard();
        String key = CompiledRulesCache.key(sources);
        Optional<KieBase> cached = cache.flatMap(c -> c.load(key));
        if (cached.isPresent()) {
            return of(cached.get());
        }
        RuleBook book = build(sources);
        cache.ifPresent(c -> c.store(key, book.kieBase));
        return book;
    }

    private static RuleBook build(List<RuleSource> sources) throws RuleCompileException {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        // Internal names stay ASCII (Drools' resource paths); messages are mapped back to the auditor's names.
        for (int i = 0; i < sources.size(); i++) {
            kfs.write(internalPath(i), sources.get(i).text());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<RuleProblem> problems = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            problems.add(new RuleProblem(displayOf(m.getPath(), sources), m.getLine(), m.getColumn(),
                    DroolsMessages.explain(m.getText())));
        }
        if (!problems.isEmpty()) {
            throw new RuleCompileException(problems);
        }
        KieContainer container = ks.newKieContainer(ks.getRepository().getDefaultReleaseId());
        return of(container.getKieBase());
    }

    private static RuleBook of(KieBase base) {
        List<RuleInfo> infos = new ArrayList<>();
        for (KiePackage p : base.getKiePackages()) {
            for (Rule r : p.getRules()) {
                infos.add(RuleInfo.of(r));
            }
        }
        infos.sort(java.util.Comparator.comparing(RuleInfo::id));
        return new RuleBook(base, infos);
    }

    /** Evaluates the rules over one submission's facts in a fresh session. */
    public List<Finding> evaluate(Collection<?> facts) {
        Checks checks = new Checks();
        KieSession session = kieBase.newKieSession();
        try {
            if (declaresCheck) {
                session.setGlobal(GLOBAL, checks);
            }
            facts.forEach(session::insert);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return checks.findings();
    }

    public List<RuleInfo> rules() {
        return rules;
    }

    private static String internalPath(int i) {
        return "src/main/resources/jsaudit/rules/r" + i + ".drl";
    }

    private static String displayOf(String internal, List<RuleSource> sources) {
        if (internal != null) {
            for (int i = 0; i < sources.size(); i++) {
                if (internal.endsWith("r" + i + ".drl")) {
                    return sources.get(i).name();
                }
            }
        }
        return internal == null ? "（规则）" : internal;
    }

    private static List<Path> drlFiles(Path rulesDir) throws RuleCompileException {
        if (!Files.isDirectory(rulesDir)) {
            throw new RuleCompileException(List.of(new RuleProblem(rulesDir.toString(), 0, -1, "规则目录不存在")));
        }
        try (Stream<Path> walk = Files.walk(rulesDir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            throw new RuleCompileException(List.of(new RuleProblem(rulesDir.toString(), 0, -1, "无法读取规则目录：" + e.getMessage())));
        }
    }

    private static String display(Path rulesDir, Path f) {
        Path parent = rulesDir.toAbsolutePath().normalize();
        Path rel = parent.relativize(f.toAbsolutePath().normalize());
        return rulesDir.resolve(rel).toString();
    }

    /** A DRL text and the name the auditor knows it by. */
    public record RuleSource(String name, String text) {
    }
}
