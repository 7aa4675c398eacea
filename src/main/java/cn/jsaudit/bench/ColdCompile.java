package cn.jsaudit.bench;

import cn.jsaudit.pipeline.RulesFolder;
import java.nio.file.Path;

/** Loads and compiles a rules folder in a fresh JVM and prints the milliseconds it took: the benchmark's cold compile. */
public final class ColdCompile {

    private ColdCompile() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        RulesFolder folder = RulesFolder.load(Path.of(args[0]));
        System.out.println((System.nanoTime() - start) / 1_000_000 + " " + folder.rules().rules().size());
    }
}
