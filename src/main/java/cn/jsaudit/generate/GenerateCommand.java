package cn.jsaudit.generate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true, description = "生成模拟的部门决算提交（公开01–09表工作簿、情况说明 .txt 和标准答案 .truth.json），供测试和性能基准使用。")
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

    @Override
    public Integer call() throws Exception {
        if (count < 1 || anomalies < 0 || anomalies > 1) {
            System.err.println("参数错误：--count 应不小于 1，--anomalies 应在 0 到 1 之间");
            return 2;
        }
        if (Files.isDirectory(out)) {
            try (var s = Files.list(out)) {
                if (s.anyMatch(p -> p.getFileName().toString().endsWith(".xlsx"))) {
                    System.err.println("输出目录中已有工作簿，未生成：" + out + "（换一个空目录）");
                    return 2;
                }
            }
        }
        long start = System.nanoTime();
        List<Truth> truths = Generator.generate(count, seed, anomalies, out, threads);
        long withAnomalies = truths.stream().filter(t -> !t.anomalies().isEmpty()).count();
        long errors = truths.stream().mapToLong(t -> t.expected().stream().filter(e -> e.severity().equals("ERROR")).count()).sum();
        long notes = truths.stream().mapToLong(t -> t.expected().stream().filter(e -> e.severity().equals("INFO")).count()).sum();
        System.out.printf("已生成 %d 份提交到 %s（%.1f 秒）：其中 %d 份注入了错误，预期错误 %d 条、尾数提示 %d 条（见各 .truth.json）%n",
                count, out, (System.nanoTime() - start) / 1e9, withAnomalies, errors, notes);
        return 0;
    }
}
