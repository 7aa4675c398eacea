package cn.jsaudit.cli;

import cn.jsaudit.desk.Accounts;
import cn.jsaudit.desk.Database;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "user", description = "管理审核台的账户。", subcommands = UserCommand.Add.class)
final class UserCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Opens the desk's database the way serve does. */
    static Database open(String db, Path data) throws IOException {
        Files.createDirectories(data);
        return Database.open(db, data);
    }

    @Command(name = "add", description = "新增账户。密码从终端读取（不回显），或用 --password-stdin 从标准输入读取一行。")
    static final class Add implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "用户名")
        String name;

        @Option(names = "--role", paramLabel = "角色", description = "审核员（默认）或 管理员")
        String role = Accounts.REVIEWER;

        @Option(names = "--password-stdin", description = "从标准输入读取密码（供脚本使用）")
        boolean passwordStdin;

        @Option(names = "--db", paramLabel = "URL", description = "数据库（同 serve --db）")
        String db;

        @Option(names = "--data", paramLabel = "目录", description = "数据目录（同 serve --data，默认 ./jsaudit-desk）")
        Path data = Path.of("jsaudit-desk");

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            char[] password;
            Console console = System.console();
            if (passwordStdin || console == null) {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                password = line == null ? new char[0] : line.toCharArray();
            } else {
                password = console.readPassword("%s 的密码：", name);
                char[] again = console.readPassword("再输入一次：");
                if (password == null || again == null || !java.util.Arrays.equals(password, again)) {
                    err.println("两次输入的密码不一致，未新增账户");
                    return ExitCodes.USAGE;
                }
            }
            try (Database database = open(db, data)) {
                Accounts.User u = new Accounts(database).add(name, password, role);
                spec.commandLine().getOut().println("已新增账户：" + u.name() + "（" + u.role() + "），数据库 " + database.description());
                return 0;
            } catch (IllegalArgumentException e) {
                err.println("未新增账户：" + e.getMessage());
                return ExitCodes.USAGE;
            } catch (RuntimeException e) {
                err.println("无法打开数据库：" + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
    }
}
