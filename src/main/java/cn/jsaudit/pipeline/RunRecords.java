package cn.jsaudit.pipeline;

import cn.jsaudit.ingest.IoMessages;
import cn.jsaudit.model.RunRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/** Makes the {@link RunRecord} of a run: reads the tool version and digests the rules folder and every input file. */
public final class RunRecords {

    private RunRecords() {
    }

    /** Records a run over the rules folder and the submissions' files (workbook, narrative, performance workbooks). */
    public static RunRecord of(Path rulesDir, List<SubmissionFiles> submissions, OffsetDateTime time) {
        Set<Path> files = new LinkedHashSet<>();
        for (SubmissionFiles s : submissions) {
            files.add(s.workbook());
            if (s.narrative() != null) {
                files.add(s.narrative());
            }
            files.addAll(s.performanceWorkbooks());
        }
        List<RunRecord.InputFile> inputs = new ArrayList<>();
        byte[] buf = new byte[BUFFER];
        for (Path f : files) {
            inputs.add(new RunRecord.InputFile(f.toString(), sha256(f, buf)));
        }
        return new RunRecord(toolVersion(), time.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                folderSha256(rulesDir), inputs);
    }

    /** The version Maven wrote into jsaudit-version.properties, or "dev" when run from unfiltered sources. */
    public static String toolVersion() {
        try (InputStream in = RunRecords.class.getResourceAsStream("/jsaudit-version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }

    /** SHA-256 over "relative/path\0sha256\n" of every file under the folder, paths sorted, '/' separators. */
    static String folderSha256(Path dir) {
        MessageDigest md = digest();
        byte[] buf = new byte[BUFFER];
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = dir.relativize(f).toString().replace('\\', '/');
                md.update((rel + "\0" + sha256(f, buf) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * Read buffer for the digests: one per run, not one per file (a buffer per file was about 150 MB of garbage in a
     * batch of 1,000 submissions, a collection or two).
     */
    private static final int BUFFER = 1 << 16;

    /** @param buf scratch space for reading the file */
    static String sha256(Path file, byte[] buf) {
        MessageDigest md = digest();
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        } catch (IOException e) {
            // An unreadable input is reported as an INPUT finding by the screener; its digest says why here.
            return "（无法读取：" + IoMessages.reason(e) + "）";
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
