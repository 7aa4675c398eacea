package cn.jsaudit.cli;

import picocli.CommandLine;

/** Turns an unexpected exception into one line; the stack trace only with --verbose. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        cl.getErr().println("jsaudit 出错：" + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
        if (parseResult.hasMatchedOption("--verbose")) {
            ex.printStackTrace(cl.getErr());
        } else {
            cl.getErr().println("（加 --verbose 可查看详细信息）");
        }
        return ExitCodes.USAGE;
    }
}
