package cn.jsaudit.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * Compiled rule packages kept on disk, one file per DRL package, keyed by that package's texts and by the jsaudit
 * build, so that a run whose rules did not change skips the Drools compile (the bulk of a one-file check) and an
 * edited file costs only its package's compile. A KieBase cannot be serialised, but its packages — with the
 * consequence classes compiled to bytecode — can; the KieBase is assembled from them.
 *
 * <p>Anything unexpected while loading (a stale or damaged file, another Drools) only means compiling again.
 * The folder is {@code ~/.cache/jsaudit/rules} ({@code $XDG_CACHE_HOME} honoured), or the system property
 * {@code jsaudit.cache}; {@code -Djsaudit.cache=off} disables the cache.
 */
final class CompiledRulesCache {

    private final Path dir;

    CompiledRulesCache(Path dir) {
        this.dir = dir;
    }

    static Optional<CompiledRulesCache> standard() {
        String configured = System.getProperty("jsaudit.cache");
        if ("off".equalsIgnoreCase(configured)) {
            return Optional.empty();
        }
        if (configured != null && !configured.isBlank()) {
            return Optional.of(new CompiledRulesCache(Path.of(configured)));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return Optional.of(new CompiledRulesCache(base.resolve("jsaudit").resolve("rules")));
    }

    /** The key of a set of rule texts compiled by this build of jsaudit and Drools. */
    static String key(List<RuleBook.RuleSource> sources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(build().getBytes(StandardCharsets.UTF_8));
            for (RuleBook.RuleSource s : sources) {
                sha.update((s.name() + "\u0000" + s.text() + "\u0000").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key of files (each one's name and bytes, in order) read by this build of jsaudit and Drools. */
    static String keyOfFiles(Map<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(build().getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                sha.update((f.getKey() + "\u0000" + f.getValue().length + "\u0000").getBytes(StandardCharsets.UTF_8));
                sha.update(f.getValue());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** This jsaudit build (its jar or classes folder, size and time) and the Drools version. */
    private static String build() {
        String where = CompiledRulesCache.class.getProtectionDomain().getCodeSource().getLocation().toString();
        String stamp = "";
        try {
            Path p = Path.of(CompiledRulesCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            stamp = Files.isDirectory(p) ? newestClass(p) : Files.size(p) + "-" + Files.getLastModifiedTime(p).toMillis();
        } catch (Exception e) {
            stamp = "unknown";
        }
        return where + "|" + stamp + "|" + KieBase.class.getPackage().getImplementationVersion();
    }

    /** In a classes folder (a developer's build) any recompiled class changes the key: rules call into them. */
    private static String newestClass(Path classes) throws IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(classes)) {
            return String.valueOf(walk.filter(f -> f.toString().endsWith(".class")).mapToLong(f -> {
                try {
                    return Files.getLastModifiedTime(f).toMillis();
                } catch (IOException e) {
                    return 0;
                }
            }).max().orElse(0));
        }
    }

    /** True when an entry is stored under the key (it may still prove unreadable: then {@link #load} is empty). */
    boolean has(String key) {
        return Files.isRegularFile(dir.resolve(key + ".bin"));
    }

    Optional<List<KiePackage>> load(String key) {
        Path file = dir.resolve(key + ".bin");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        ClassLoader loader = CompiledRulesCache.class.getClassLoader();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
             ObjectInputStream objects = new DroolsObjectInputStream(in, loader)) {
            int n = objects.readInt();
            List<KiePackage> packages = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                packages.add((InternalKnowledgePackage) objects.readObject());
            }
            used(file);
            return Optional.of(packages);
        } catch (Exception | LinkageError e) {
            return Optional.empty();
        }
    }

    /**
     * Marks an entry as just used: pruning keeps the most recently used entries, so that the entries of the rules in
     * daily use, read on every run but written once, are not pushed out by a few other folders or builds (each of
     * which writes an entry per package) and compiled again, pushing out others in turn.
     */
    private static void used(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (IOException | RuntimeException e) {
            // the cache is an optimisation only
        }
    }

    /**
     * Another product of reading a rules folder, stored as bytes under a key of the folder's contents (the formula
     * tables translated to DRL): what {@link #readBytes} gives back is exactly what was written, or nothing.
     */
    Optional<byte[]> readBytes(String key) {
        Path file = dir.resolve(key + READ);
        try {
            byte[] bytes = Files.readAllBytes(file);
            used(file);
            return Optional.of(bytes);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stores bytes under a key; a failure to write only costs the next run the work they save. */
    void writeBytes(String key, byte[] bytes) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, key, ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, dir.resolve(key + READ), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            prune();
        } catch (IOException | RuntimeException e) {
            // the cache is an optimisation only
        }
    }

    /** Stores the packages; a failure to write only costs the next run a compile. */
    void store(String key, List<KiePackage> packages) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, key, ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp));
                 ObjectOutputStream objects = new DroolsObjectOutputStream(out)) {
                objects.writeInt(packages.size());
                for (KiePackage p : packages) {
                    objects.writeObject(p);
                }
            }
            Files.move(tmp, dir.resolve(key + ".bin"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            prune();
        } catch (IOException | RuntimeException e) {
            // the cache is an optimisation only
        }
    }

    /** Every edit or new build adds entries; only the most recently used (written or read) ones are kept. */
    private void prune() throws IOException {
        List<Path> entries;
        try (Stream<Path> files = Files.list(dir)) {
            entries = files.filter(f -> f.getFileName().toString().endsWith(".bin") || f.getFileName().toString().endsWith(READ))
                    .sorted(Comparator.comparing((Path f) -> f.toFile().lastModified()).reversed()).toList();
        }
        for (Path old : entries.subList(Math.min(KEPT, entries.size()), entries.size())) {
            Files.deleteIfExists(old);
        }
    }

    /** Enough for a few rule folders and builds side by side (an entry per DRL package and one per folder). */
    private static final int KEPT = 64;
    /** The suffix of an entry stored by {@link #writeBytes}. */
    private static final String READ = ".read";
}
