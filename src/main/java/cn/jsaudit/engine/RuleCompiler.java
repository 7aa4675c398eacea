package cn.jsaudit.engine;

import cn.jsaudit.engine.RuleBook.RuleSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.conf.SequentialOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles DRL texts into one KieBase, a DRL package at a time: the files of one package may share functions and
 * declared types, so they compile together, while different packages compile apart — in parallel, each cached on
 * its own, so that an edited file recompiles only its package. Should the packages not compile apart (one using
 * another's declared type or function), all texts are compiled together as one, and its messages are reported.
 */
final class RuleCompiler {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

    private final List<RuleSource> sources;
    private final Optional<CompiledRulesCache> cache;
    private final Map<List<Integer>, String> keys = new ConcurrentHashMap<>();

    RuleCompiler(List<RuleSource> sources, Optional<CompiledRulesCache> cache) {
        this.sources = sources;
        this.cache = cache;
    }

    /**
     * The KieBase, compiled now; or, when every package is in the cache, being loaded on another thread while the
     * caller goes on (reading the first submissions while the network is built: a one-file check on two cores
     * does both at once). A package is cached only after a compile without problems, so loading it cannot bring
     * one to light; should a cache file vanish meanwhile, that thread compiles it as {@link #compile} would.
     */
    CompletableFuture<KieBase> start() throws RuleCompileException {
        if (cache.isEmpty() || !groups().stream().allMatch(g -> cache.get().has(key(g)))) {
            return CompletableFuture.completedFuture(compile());
        }
        CompletableFuture<KieBase> base = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                base.complete(compile());
            } catch (RuleCompileException | RuntimeException | Error e) {
                base.completeExceptionally(e);
            }
        }, "jsaudit-rules-load");
        loader.setDaemon(true);
        loader.start();
        return base;
    }

    KieBase compile() throws RuleCompileException {
        List<List<Integer>> groups = groups();
        List<Result> results = groups.size() == 1 ? List.of(cachedOrBuilt(groups.get(0))) : inParallel(groups);
        boolean failed = results.stream().anyMatch(r -> !r.problems().isEmpty());
        if (groups.size() > 1 && (failed || sharePackages(results))) {
            results = List.of(cachedOrBuilt(allIndices()));
        }
        List<RuleProblem> problems = new ArrayList<>();
        List<KiePackage> packages = new ArrayList<>();
        for (Result r : results) {
            problems.addAll(r.problems());
            packages.addAll(r.packages());
        }
        if (!problems.isEmpty()) {
            throw new RuleCompileException(problems);
        }
        // Sequential mode: all of a submission's facts are in before any rule fires and no rule changes them, so
        // each rule is evaluated once, without the agenda's bookkeeping for later changes (about a tenth less CPU).
        KieBaseConfiguration conf = KieServices.get().newKieBaseConfiguration();
        conf.setOption(SequentialOption.YES);
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(conf);
        base.addPackages(packages.stream().map(InternalKnowledgePackage.class::cast).toList());
        return base;
    }

    /** Source indices by DRL package, in order of first appearance. */
    private List<List<Integer>> groups() {
        Map<String, List<Integer>> byPackage = new LinkedHashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            Matcher m = PACKAGE.matcher(sources.get(i).text());
            byPackage.computeIfAbsent(m.find() ? m.group(1) : "", p -> new ArrayList<>()).add(i);
        }
        return List.copyOf(byPackage.values());
    }

    private List<Integer> allIndices() {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            all.add(i);
        }
        return all;
    }

    private List<Result> inParallel(List<List<Integer>> groups) throws RuleCompileException {
        int threads = Math.max(1, Math.min(groups.size(), Runtime.getRuntime().availableProcessors())); // a folder may hold no rule yet
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "jsaudit-rules");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (List<Integer> g : groups) {
                futures.add(pool.submit(() -> cachedOrBuilt(g)));
            }
            List<Result> results = new ArrayList<>();
            for (Future<Result> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private Result cachedOrBuilt(List<Integer> group) {
        if (cache.isEmpty()) {
            return build(group);
        }
        String key = key(group);
        Optional<List<KiePackage>> cached = cache.get().load(key);
        if (cached.isPresent()) {
            return new Result(cached.get(), List.of());
        }
        Result built = build(group);
        if (built.problems().isEmpty()) {
            cache.get().store(key, built.packages());
        }
        return built;
    }

    /** A group's key, computed once: asked before loading starts (is every group cached?) and again to load it. */
    private String key(List<Integer> group) {
        return keys.computeIfAbsent(group, g -> CompiledRulesCache.key(g.stream().map(sources::get).toList()));
    }

    private Result build(List<Integer> group) {
        // No property reactivity: facts are never modified (sequential mode), so the masks of which properties each
        // pattern listens to would only cost an analysis of every constraint while the network is built.
        KnowledgeBuilderConfiguration conf = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
        conf.setOption(PropertySpecificOption.ALLOWED);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(conf);
        CompositeKnowledgeBuilder batch = builder.batch();
        // Internal names stay ASCII (Drools' resource paths); messages are mapped back to the auditor's names.
        for (int i : group) {
            batch.add(ResourceFactory.newByteArrayResource(sources.get(i).text().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(internalPath(i)), ResourceType.DRL);
        }
        batch.build();
        List<RuleProblem> problems = new ArrayList<>();
        for (KnowledgeBuilderResult m : builder.getResults(ResultSeverity.ERROR)) {
            String path = m.getResource() == null ? null : m.getResource().getSourcePath();
            int line = m.getLines().length > 0 ? m.getLines()[0] : -1;
            problems.add(new RuleProblem(displayOf(path), line, 0, DroolsMessages.explain(m.getMessage())));
        }
        return new Result(problems.isEmpty() ? List.copyOf(builder.getKnowledgePackages()) : List.of(), problems);
    }

    /**
     * Two groups giving rules or functions to one package (a package line the pattern misread) are not merged apart:
     * their generated classes could clash. Packages merely imported from (the fact classes') hold neither.
     */
    private static boolean sharePackages(List<Result> results) {
        Set<String> seen = new HashSet<>();
        for (Result r : results) {
            for (KiePackage p : r.packages()) {
                boolean generated = !p.getRules().isEmpty() || !((InternalKnowledgePackage) p).getFunctions().isEmpty();
                if (generated && !seen.add(p.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String internalPath(int i) {
        return "src/main/resources/jsaudit/rules/r" + i + ".drl";
    }

    private String displayOf(String internal) {
        for (int i = 0; i < sources.size(); i++) {
            if (internalPath(i).equals(internal)) {
                return sources.get(i).name();
            }
        }
        return internal == null ? "（规则）" : internal;
    }

    private record Result(List<KiePackage> packages, List<RuleProblem> problems) {
    }
}
