package cn.jsaudit.cli;

import cn.jsaudit.desk.Database;
import cn.jsaudit.desk.DeskServer;
import cn.jsaudit.desk.DeskSettings;
import cn.jsaudit.desk.UploadLimits;
import cn.jsaudit.pipeline.RulesFolder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
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

    @Option(names = "--host", paramLabel = "地址", description = "监听地址（默认 127.0.0.1 只供本机访问；团队服务器置于 HTTPS 反向代理之后）")
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

    @Option(names = "--session-hours", paramLabel = "小时", description = "登录后会话最长有效时间（默认 12）")
    long sessionHours = DeskSettings.SESSION_LIFE.toHours();

    @Option(names = "--idle-minutes", paramLabel = "分钟", description = "会话多久不用即失效（默认 60；页面自动刷新进度不算使用）")
    long idleMinutes = DeskSettings.SESSION_IDLE.toMinutes();

    @Option(names = "--behind-proxy", description = "审核台在可信的 HTTPS 反向代理之后：采信其 X-Forwarded-Proto（Cookie 的 Secure）"
            + "和 X-Forwarded-For（登录限速按浏览器的地址）；只在代理是唯一入口时使用")
    boolean behindProxy;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        UploadLimits limits = new UploadLimits(maxUploadMb << 20, UploadLimits.DEFAULT.maxEntries(),
                UploadLimits.DEFAULT.maxUnpackedBytes());
        DeskSettings settings;
        try {
            settings = DeskSettings.of(limits, jobs).withSessions(Duration.ofHours(sessionHours), Duration.ofMinutes(idleMinutes))
                    .withProxy(behindProxy);
        } catch (IllegalArgumentException e) {
            err.println("审核台未启动：" + e.getMessage() + "（--session-hours、--idle-minutes）");
            return ExitCodes.USAGE;
        }
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
        DeskServer server;
        try {
            server = new DeskServer(database, folder, data, settings).start(host, port);
        } catch (RuntimeException e) {
            database.close();
            err.println("审核台未能启动：无法在 " + host + ":" + port + " 监听（端口已被占用或地址无效？换一个 --port 试试）：" + e.getMessage());
            return ExitCodes.USAGE;
        }
        out.println("审核台已启动：http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + server.port() + "/");
        out.println("数据库：" + database.description() + "；上传的提交保存在 " + data.toAbsolutePath().resolve("uploads"));
        if (!behindProxy && !isLoopback(host)) {
            out.println("注意：浏览器经明文 HTTP 从其他电脑登录会被拒绝；团队服务器请放在 HTTPS 反向代理之后并加 --behind-proxy（见 docs/desk.md）。");
        }
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

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
    }
}
