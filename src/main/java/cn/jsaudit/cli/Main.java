package cn.jsaudit.cli;

import java.util.ResourceBundle;
import picocli.CommandLine;

/** jsaudit 部门决算审核工具. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new JsauditCommand());
        withHelpOptions(cl);
        // usage headings and the standard help/version texts in Chinese, for every subcommand
        cl.setResourceBundle(ResourceBundle.getBundle("cn.jsaudit.cli.messages"));
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("参数错误：" + ParameterMessages.explain(ex.getMessage()));
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return ExitCodes.USAGE;
        });
        return cl;
    }

    /** Every command and subcommand answers -h/--help and -V/--version. */
    private static void withHelpOptions(CommandLine cl) {
        cl.getCommandSpec().mixinStandardHelpOptions(true);
        cl.getSubcommands().values().forEach(Main::withHelpOptions);
    }
}
