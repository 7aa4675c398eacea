package cn.jsaudit.report;

import cn.jsaudit.engine.RuleInfo;
import cn.jsaudit.model.RunRecord;
import cn.jsaudit.model.ScreeningResult;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reports of one run (files, or the terminal): each submission goes to every report as soon as it is screened,
 * so that the findings are on disk while the batch goes on. A run that fails, or that the user stops (Ctrl+C),
 * still leaves whole reports of the submissions screened before, each saying that it is incomplete.
 */
public final class Reports implements Closeable {

    /** Where a report goes: a file, or the terminal when {@code file} is null. */
    public record Destination(Path file, ReportFormat format) {
    }

    private record Target(String name, OutputStream stream, ReportWriter writer) {
    }

    private static final int BUFFER = 1 << 16;

    private final List<Target> targets = new ArrayList<>();
    private final Thread onShutdown = new Thread(() -> abort("运行被中断"), "jsaudit-reports-on-shutdown");
    private boolean ended;

    private Reports() {
    }

    /** Opens every destination and writes each report's head. */
    public static Reports open(List<Destination> destinations, OutputStream terminal, RunRecord run, List<RuleInfo> rules)
            throws IOException {
        Reports reports = new Reports();
        try {
            for (Destination d : destinations) {
                reports.start(d, terminal, run, rules);
            }
        } catch (IOException | RuntimeException e) {
            reports.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(reports.onShutdown);
        return reports;
    }

    private void start(Destination d, OutputStream terminal, RunRecord run, List<RuleInfo> rules) throws IOException {
        String name = d.file() == null ? "终端" : d.file().toString();
        OutputStream stream;
        if (d.file() == null) {
            stream = new BufferedOutputStream(terminal, BUFFER) {
                @Override
                public void close() throws IOException {
                    flush(); // the terminal stays open
                }
            };
        } else {
            Path parent = d.file().toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            stream = new BufferedOutputStream(Files.newOutputStream(d.file()), BUFFER);
        }
        try {
            targets.add(new Target(name, stream, d.format().report().start(run, rules, stream)));
        } catch (IOException e) {
            stream.close();
            throw failed(name, e);
        } catch (RuntimeException e) {
            stream.close();
            throw e;
        }
    }

    /** Writes one submission to every report; after the run has ended (stopped by the user) it is dropped. */
    public synchronized void add(ScreeningResult result) throws IOException {
        if (ended) {
            return;
        }
        for (Target t : targets) {
            try {
                t.writer().add(result);
            } catch (IOException e) {
                throw failed(t.name(), e);
            }
        }
    }

    /** Completes every report after the last submission. */
    public synchronized void finish() throws IOException {
        if (ended) {
            return;
        }
        ended = true;
        for (Target t : targets) {
            try {
                t.writer().finish();
                t.stream().close();
            } catch (IOException e) {
                throw failed(t.name(), e);
            }
        }
    }

    /**
     * Ends every report still open as incomplete, with the reason; reports that cannot be written to any more are
     * left as they are (what they hold was flushed submission by submission).
     */
    public synchronized void abort(String reason) {
        if (ended) {
            return;
        }
        ended = true;
        for (Target t : targets) {
            try {
                t.writer().abort(reason);
            } catch (IOException | RuntimeException e) {
                // the file keeps the submissions written so far
            }
            try {
                t.stream().close();
            } catch (IOException e) {
                // as above
            }
        }
    }

    /** Ends the reports as incomplete unless {@link #finish} did; no longer needed at shutdown. */
    @Override
    public void close() {
        abort("运行出错，未能审核全部提交");
        try {
            Runtime.getRuntime().removeShutdownHook(onShutdown);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // shutting down already, or never registered
        }
    }

    private static IOException failed(String name, IOException e) {
        return new IOException("无法写入审核结果 " + name + "：" + e.getMessage(), e);
    }
}
