package cn.jsaudit.cli;

import java.util.ResourceBundle;
import picocli.CommandLine;

/** jsaudit 部门决算审核工具. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine(args.length > 0 ? args[0] : null).execute(args));
    }

    /** The command line with every subcommand. */
    static CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * The command line for a run whose first argument is {@code first}: with only that subcommand when it names
     * one (a one-file check starts about 0.1 s sooner), with all of them otherwise (usage, a mistyped name).
     */
    static CommandLine commandLine(String first) {
        CommandLine cl = new CommandLine(new JsauditCommand());
        boolean named = JsauditCommand.SUBCOMMANDS.stream().anyMatch(c -> nameOf(c).equals(first));
        for (Class<?> sub : JsauditCommand.SUBCOMMANDS) {
            if (!named || nameOf(sub).equals(first)) {
                cl.addSubcommand(sub);
            }
        }
        withHelpOptions(cl);
        // usage headings and the standard help/version texts in Chinese, for every subcommand; a .properties file,
        // looked up as one (the default lookup first asks the service loader for bundle controls: about 10 ms of a
        // one-file check's start, on its critical path)
        cl.setResourceBundle(ResourceBundle.getBundle("cn.jsaudit.cli.messages",
                ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("参数错误：" + ParameterMessages.explain(ex.getMessage()));
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return ExitCodes.USAGE;
        });
        return cl;
    }

    private static String nameOf(Class<?> command) {
        return command.getAnnotation(CommandLine.Command.class).name();
    }

    /** Every command and subcommand answers -h/--help and -V/--version. */
    private static void withHelpOptions(CommandLine cl) {
        cl.getCommandSpec().mixinStandardHelpOptions(true);
        cl.getSubcommands().values().forEach(Main::withHelpOptions);
    }
}
