package cn.jsaudit.cli;

import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "jsaudit", mixinStandardHelpOptions = true, version = "jsaudit 0.1.0",
        description = "部门决算与绩效自评审核工具：按 rules/ 中的规则审核公开表、情况说明和绩效自评表。")
final class JsauditCommand implements Runnable {

    /**
     * The subcommands, in the order the usage lists them. They are added by {@link Main}, which builds only the
     * one a run names: picocli builds a command's model by reflection, loading its classes (desk, generator, bench).
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(CheckCommand.class, InspectCommand.class, RulesCommand.class,
            cn.jsaudit.generate.GenerateCommand.class, cn.jsaudit.bench.BenchCommand.class, ServeCommand.class,
            UserCommand.class);

    @Override
    public void run() {
        Main.commandLine().usage(System.out);
    }
}
