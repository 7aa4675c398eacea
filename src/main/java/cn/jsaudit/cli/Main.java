package cn.jsaudit.cli;

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
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("参数错误：" + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return ExitCodes.USAGE;
        });
        return cl;
    }
}
