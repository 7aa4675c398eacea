package cn.jsaudit.cli;

import picocli.CommandLine.Command;

@Command(name = "jsaudit", mixinStandardHelpOptions = true, version = "jsaudit 0.1.0",
        description = "部门决算与绩效自评审核工具：按 rules/ 中的规则审核公开表、情况说明和绩效自评表。",
        subcommands = {CheckCommand.class, InspectCommand.class, RulesCommand.class, cn.jsaudit.generate.GenerateCommand.class,
                cn.jsaudit.bench.BenchCommand.class, ServeCommand.class, UserCommand.class})
final class JsauditCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
