package cn.jsaudit.engine;

import cn.jsaudit.model.Finding;
import cn.jsaudit.ruleapi.Checks;
import cn.jsaudit.ruleapi.MessageTable;
import cn.jsaudit.ruleapi.RuleMeta;
import cn.jsaudit.ruleapi.TableTally;
import cn.jsaudit.model.Severity;
import cn.jsaudit.ruleapi.NumberPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * The rules of a rules folder, compiled once at run time and shared by every submission (a KieBase is
 * thread-safe; each evaluation gets its own session).
 */
public final class RuleBook {

    private static final String GLOBAL = "check";

    private final CompletableFuture<Ready> ready;
    /** The rules, looked up when first read: a report asks for them when it is opened and reads them at its end. */
    private final List<RuleInfo> rules = new AbstractList<>() {
        @Override
        public RuleInfo get(int index) {
            return ready().rules().get(index);
        }

        @Override
        public int size() {
            return ready().rules().size();
        }
    };
    private final NumberPolicy numbers;
    private final MessageTable messages;
    /** Each rule's metadata, read when it first reports or compares and shared by all submissions' checks. */
    private final ConcurrentMap<Rule, RuleMeta> metas = new ConcurrentHashMap<>();

    /**
     * The compiled network and what is derived from it. Sessions are reused from a pool, reset between submissions,
     * instead of being built afresh for each one: a new session allocates the memories of every node of the
     * network (rules evaluation CPU about 15% lower, measured in the bench's harness over 300 generated submissions).
     */
    private record Ready(KieSessionsPool sessions, List<RuleInfo> rules, boolean declaresCheck, FactTypes matched) {

        static Ready of(KieBase kieBase) {
            List<RuleInfo> infos = new ArrayList<>();
            for (KiePackage p : kieBase.getKiePackages()) {
                for (Rule r : p.getRules()) {
                    infos.add(RuleInfo.of(r));
                }
            }
            infos.sort(java.util.Comparator.comparing(RuleInfo::id));
            boolean declaresCheck = kieBase.getKiePackages().stream()
                    .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(GLOBAL)));
            return new Ready(kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors()), List.copyOf(infos),
                    declaresCheck, FactTypes.of(kieBase));
        }
    }

    private RuleBook(CompletableFuture<KieBase> kieBase, NumberPolicy numbers, MessageTable messages) {
        this.ready = kieBase.thenApply(Ready::of);
        this.numbers = numbers;
        this.messages = messages;
    }

    /** The network, waiting for it while it is being loaded; a failure to load it is a program error. */
    private Ready ready() {
        try {
            return ready.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            if (cause instanceof RuleCompileException problems) {
                throw new IllegalStateException("规则载入失败：" + problems.problems(), problems);
            }
            throw cause instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * Compiles every .drl file under a folder, problems naming file, line and column. Only DRL: a whole rules
     * folder (formula tables, templates, settings) is read by {@code cn.jsaudit.rulepack.RulePack}.
     */
    public static RuleBook compile(Path drlDir) throws RuleCompileException {
        if (!Files.isDirectory(drlDir)) {
            throw new RuleCompileException(List.of(new RuleProblem(drlDir.toString(), 0, -1, "规则目录不存在")));
        }
        List<RuleSource> sources = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(drlDir)) {
            for (Path f : walk.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                sources.add(new RuleSource(drlDir.resolve(drlDir.toAbsolutePath().normalize()
                        .relativize(f.toAbsolutePath().normalize())).toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new RuleCompileException(List.of(new RuleProblem(drlDir.toString(), 0, -1, "无法读取规则：" + e.getMessage())));
        }
        return compile(sources);
    }

    /** Compiles DRL texts, each named by the file the auditor knows it as. */
    public static RuleBook compile(List<RuleSource> sources) throws RuleCompileException {
        return compile(sources, NumberPolicy.DEFAULT, MessageTable.builtin());
    }

    /**
     * Compiles DRL texts with the folder's number policy and message table. Reading a rules folder (DRL files, formula tables
     * translated to DRL, templates, settings) is {@code cn.jsaudit.rulepack.RulePack}'s job.
     */
    public static RuleBook compile(List<RuleSource> sources, NumberPolicy numbers, MessageTable messages)
            throws RuleCompileException {
        return start(sources).with(numbers, messages);
    }

    /**
     * Compiles DRL texts now, or starts loading them from the cache on another thread, before the folder's number
     * policy and messages (needed only to evaluate) are read: a run whose rules did not change begins building the
     * network while the rest of the folder is read.
     */
    public static Started start(List<RuleSource> sources) throws RuleCompileException {
        return new Started(new RuleCompiler(sources, CompiledRulesCache.standard()).start());
    }

    /** Rules being loaded, not yet given the number policy and messages they evaluate with. */
    public static final class Started {

        private final CompletableFuture<KieBase> kieBase;

        private Started(CompletableFuture<KieBase> kieBase) {
            this.kieBase = kieBase;
        }

        public RuleBook with(NumberPolicy numbers, MessageTable messages) {
            return new RuleBook(kieBase, numbers, messages);
        }
    }

    /**
     * The cache key of some files (a rules folder's: each one's name and bytes, in order) read by this build, for
     * {@link #cached} and {@link #cache}.
     */
    public static String cacheKey(Map<String, byte[]> files) {
        return CompiledRulesCache.keyOfFiles(files);
    }

    /**
     * Bytes kept in the compiled-rules cache under a key, for what else reading a rules folder produces; empty when
     * the cache is off or holds nothing under the key.
     */
    public static Optional<byte[]> cached(String key) {
        return CompiledRulesCache.standard().flatMap(c -> c.readBytes(key));
    }

    /** Keeps bytes in the compiled-rules cache under a key (see {@link #cached}). */
    public static void cache(String key, byte[] bytes) {
        CompiledRulesCache.standard().ifPresent(c -> c.writeBytes(key, bytes));
    }

    /** Evaluates the rules over one submission's facts in a stateless session (the rule base is sequential). */
    public List<Finding> evaluate(Collection<?> facts) {
        return evaluateCounting(facts).findings();
    }

    /** The findings of one submission and, per rule and table, how often its comparisons held. */
    public record Evaluation(List<Finding> findings, List<TableTally> tallies) {
    }

    /** As {@link #evaluate}, with the tallies of the comparisons made. */
    public Evaluation evaluateCounting(Collection<?> facts) {
        Checks checks = new Checks(numbers, messages, metas);
        Ready network = ready();
        StatelessKieSession session = network.sessions().newStatelessKieSession();
        try {
            if (network.declaresCheck()) {
                session.setGlobal(GLOBAL, checks);
            }
            session.execute(network.matched().only(facts));
        } catch (ConsequenceException e) {
            // An auditor's rule that fails on these facts is reported on the submission, with the rule named;
            // the findings recorded before it are kept.
            List<Finding> out = new ArrayList<>(checks.findings());
            RuleMeta meta = RuleMeta.of(e.getMatch().getRule());
            Throwable cause = e.getCause() == null ? e : e.getCause();
            out.add(new Finding(meta.id(), meta.title(), Severity.ERROR, "规则 " + meta.id() + " 运行出错，本份提交的其余规则未全部执行："
                    + cause + "。请用 jsaudit rules test 检查此规则。", null, List.of(), null, null, null, null));
            return new Evaluation(out, checks.tallies());
        }
        return new Evaluation(checks.findings(), checks.tallies());
    }

    public List<RuleInfo> rules() {
        return rules;
    }

    /** Whether some rule has a pattern that a fact of this class matches (only those facts are inserted). */
    boolean matches(Class<?> type) {
        return ready().matched().matches(type);
    }

    /** A DRL text and the name the auditor knows it by. */
    public record RuleSource(String name, String text) {
    }
}
