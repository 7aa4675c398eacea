package cn.jsaudit.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"生成模拟的部门决算提交（公开表工作簿、情况说明 .txt 和标准答案 .truth.json），供测试和性能基准使用。",
            "同一份提交可按多种表格格式写出：金额、注入的错误和情况说明完全相同，只有版式不同。"},
        footerHeading = "%n表格格式（--layout）：%n")
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--count", paramLabel = "份数", description = "生成的提交份数（默认 100）")
    int count = 100;

    @Option(names = "--seed", paramLabel = "种子", description = "随机种子；同一种子生成的文件逐字节相同（默认 1）")
    long seed = 1;

    @Option(names = "--out", paramLabel = "目录", required = true, description = "输出目录（不存在时创建）")
    Path out;

    @Option(names = "--anomalies", paramLabel = "比例", description = "注入错误的提交所占比例，0 到 1（默认 0.3）")
    double anomalies = 0.3;

    @Option(names = "--threads", paramLabel = "线程数", description = "并行线程数（默认为处理器核数）")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--layout", paramLabel = "格式", split = ",",
            description = {"表格格式：national、typed、county、sichuan、shanghai、xls（或拼音 quanguo、shoulu、xianji），"
                + "可用逗号列出多种；all（quanbu）为全部格式。一种格式写入输出目录，多种格式各写入以格式命名的子目录。"
                + "默认 national（全国格式及其随机变体）。各格式说明见下。"})
    List<String> layouts = List.of(Layout.NATIONAL.id());

    /** The help's footer lists the layouts from their own descriptions. */
    @Spec
    void spec(CommandSpec spec) {
        spec.usageMessage().footer(Layout.catalogue().split("\n"));
    }

    @Override
    public Integer call() throws Exception {
        if (count < 1 || anomalies < 0 || anomalies > 1) {
            System.err.println("参数错误：--count 应不小于 1，--anomalies 应在 0 到 1 之间");
            return 2;
        }
        Optional<List<Layout>> chosen = chosen();
        if (chosen.isEmpty()) {
            System.err.println("参数错误：未知的表格格式 " + layouts + "；可用：" + String.join("、",
                    Arrays.stream(Layout.values()).map(Layout::id).toList()) + "、all");
            return 2;
        }
        if (holdsWorkbooks(out)) {
            System.err.println("输出目录中已有工作簿，未生成：" + out + "（换一个空目录）");
            return 2;
        }
        long start = System.nanoTime();
        List<Truth> truths = Generator.generate(count, seed, anomalies, out, threads, chosen.get());
        List<Truth> first = truths.stream().filter(t -> t.layout().equals(chosen.get().get(0).id())).toList();
        long withAnomalies = first.stream().filter(t -> !t.anomalies().isEmpty()).count();
        long errors = first.stream().mapToLong(t -> t.expected().stream().filter(e -> e.severity().equals("ERROR")).count()).sum();
        long notes = first.stream().mapToLong(t -> t.expected().stream().filter(e -> e.severity().equals("INFO")).count()).sum();
        System.out.printf("已生成 %d 份提交到 %s（%s；%.1f 秒）：其中 %d 份注入了错误，每种格式预期错误 %d 条、尾数提示 %d 条（见各 .truth.json）%n",
                count, out, String.join("、", chosen.get().stream().map(Layout::id).toList()),
                (System.nanoTime() - start) / 1e9, withAnomalies, errors, notes);
        return 0;
    }

    private Optional<List<Layout>> chosen() {
        List<Layout> out = new ArrayList<>();
        for (String name : layouts) {
            if (name.trim().equalsIgnoreCase("all") || name.trim().equalsIgnoreCase("quanbu")) {
                out.addAll(List.of(Layout.values()));
                continue;
            }
            Optional<Layout> l = Layout.named(name);
            if (l.isEmpty()) {
                return Optional.empty();
            }
            out.add(l.get());
        }
        return Optional.of(out.stream().distinct().toList());
    }

    private static boolean holdsWorkbooks(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.walk(dir, 2)) {
            return s.map(p -> p.getFileName().toString()).anyMatch(n -> n.endsWith(".xlsx") || n.endsWith(".xls"));
        }
    }
}
