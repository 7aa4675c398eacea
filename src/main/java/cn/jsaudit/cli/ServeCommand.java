package cn.jsaudit.cli;

import cn.jsaudit.desk.Database;
import cn.jsaudit.desk.DeskServer;
import cn.jsaudit.desk.UploadLimits;
import cn.jsaudit.pipeline.RulesFolder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = "启动审核台（网页）：上传提交、后台审核、逐单位查看审核发现、标记已说明/误报/待退回、跨年度核对、导出。")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "端口", description = "监听端口（默认 8080）")
    int port = 8080;

    @Option(names = "--host", paramLabel = "地址", description = "监听地址（默认 127.0.0.1 只供本机访问；团队服务器用 0.0.0.0 并置于 HTTPS 之后）")
    String host = "127.0.0.1";

    @Option(names = "--db", paramLabel = "URL", description = "数据库：默认为数据目录中的 H2 文件；团队服务器用 postgresql://用户:密码@主机:端口/库名")
    String db;

    @Option(names = "--data", paramLabel = "目录", description = "数据目录：数据库文件和上传的提交（默认 ./jsaudit-desk）")
    Path data = Path.of("jsaudit-desk");

    @Option(names = "--rules", paramLabel = "目录", description = "规则目录（默认 ./rules）")
    Path rules = Path.of("rules");

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "并行审核的线程数（默认为处理器核数）")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-upload-mb", paramLabel = "MB", description = "一次上传的大小上限（默认 200）")
    long maxUploadMb = UploadLimits.DEFAULT.maxRequestBytes() >> 20;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        RulesFolder folder = RulesLoading.load(rules, err::println, "审核台未启动");
        if (folder == null) {
            return ExitCodes.USAGE;
        }
        Database database;
        try {
            database = UserCommand.open(db, data);
        } catch (RuntimeException e) {
            err.println("无法打开数据库：" + e.getMessage());
            return ExitCodes.USAGE;
        }
        UploadLimits limits = new UploadLimits(maxUploadMb << 20, UploadLimits.DEFAULT.maxEntries(),
                UploadLimits.DEFAULT.maxUnpackedBytes());
        DeskServer server;
        try {
            server = new DeskServer(database, folder, data, limits, jobs).start(host, port);
        } catch (RuntimeException e) {
            database.close();
            err.println("审核台未能启动：无法在 " + host + ":" + port + " 监听（端口已被占用或地址无效？换一个 --port 试试）：" + e.getMessage());
            return ExitCodes.USAGE;
        }
        out.println("审核台已启动：http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + server.port() + "/");
        out.println("数据库：" + database.description() + "；上传的提交保存在 " + data.toAbsolutePath().resolve("uploads"));
        out.println("用 jsaudit user add 名称 --role 管理员 新增账户；按 Ctrl+C 停止。");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            database.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
