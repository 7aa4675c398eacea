package cn.jsaudit.cli;

import cn.jsaudit.ingest.IoMessages;
import java.io.IOException;
import java.nio.file.FileSystemException;
import picocli.CommandLine;

/** Turns an unexpected exception into one Chinese line; the cause chain and stack trace only with --verbose. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        cl.getErr().println("jsaudit 出错：" + describe(ex));
        if (verbose(parseResult)) {
            CauseChain.print(ex, cl.getErr());
        } else {
            cl.getErr().println("（加 --verbose 可查看详细信息）");
        }
        return ExitCodes.USAGE;
    }

    /** --verbose given to the command or a subcommand (it belongs to check). */
    private static boolean verbose(CommandLine.ParseResult pr) {
        for (CommandLine.ParseResult p = pr; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /** The file as the user named it and why it failed, or that jsaudit itself went wrong. */
    static String describe(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException f && f.getFile() != null) {
                return "无法读写 " + f.getFile() + "（" + IoMessages.reason(f) + "）";
            }
            if (t instanceof IOException io) {
                return "读写文件时出错（" + IoMessages.reason(io) + "）";
            }
        }
        return "程序内部错误，未能完成";
    }
}
