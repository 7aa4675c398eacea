package cn.jsaudit.desk;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The folder an upload is unpacked into. Every name a browser or a zip gives is a path that must stay inside the
 * folder: an absolute path, a drive letter or a ".." part refuses the whole upload (zip-slip), as does going over
 * the limits. A refused upload leaves nothing behind.
 */
public final class UploadFolder {

    private final Path root;
    private final UploadLimits limits;
    private int entries;
    private long bytes;

    public UploadFolder(Path root, UploadLimits limits) throws IOException {
        this.root = Files.createDirectories(root).toRealPath();
        this.limits = limits;
    }

    public Path root() {
        return root;
    }

    /** Stores one uploaded file under its (relative) name; a .zip is unpacked into a folder of its name. */
    public void add(String name, InputStream content) throws IOException, RefusedUpload {
        Path target = inside(name);
        if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            Path zip = Files.createTempFile(root, ".upload", ".zip");
            try {
                Files.copy(content, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING); // bounded by the request limit
                unzip(zip, target.resolveSibling(stripZip(target.getFileName().toString())), name);
            } finally {
                Files.deleteIfExists(zip);
            }
        } else {
            count(name);
            Files.createDirectories(target.getParent());
            copy(content, target);
        }
    }

    /** Deletes everything stored (after a refusal). */
    public void discard() {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // nothing left to read it; a later upload uses a new folder
        }
    }

    private void unzip(Path zip, Path into, String zipName) throws IOException, RefusedUpload {
        try {
            unzip(zip, into, zipName, StandardCharsets.UTF_8);
        } catch (ZipException | IllegalArgumentException e) {
            if (e.getMessage() == null || !e.getMessage().contains("entry name")) {
                throw new RefusedUpload(zipName + " 不是有效的 zip 文件：" + e.getMessage());
            }
            // a zip made by Windows' Chinese edition names its entries in GBK without saying so
            unzip(zip, into, zipName, Charset.forName("GB18030"));
        }
    }

    private void unzip(Path zip, Path into, String zipName, Charset names) throws IOException, RefusedUpload {
        try (ZipFile zf = new ZipFile(zip.toFile(), names)) {
            Enumeration<? extends ZipEntry> all = zf.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                Path target = inside(into, zipName + " 中的 " + e.getName(), e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                count(zipName);
                Files.createDirectories(target.getParent());
                try (InputStream in = zf.getInputStream(e)) {
                    copy(in, target);
                }
            }
        }
    }

    private Path inside(String name) throws RefusedUpload {
        return inside(root, name, name);
    }

    private Path inside(Path base, String shown, String name) throws RefusedUpload {
        String n = name == null ? "" : name.replace('\\', '/');
        if (n.isBlank() || n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.contains("\0")
                || Stream.of(n.split("/")).anyMatch(".."::equals)) {
            throw new RefusedUpload("文件名不安全（绝对路径或含“..”），整个上传已拒绝：" + shown);
        }
        Path target = base.resolve(n).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new RefusedUpload("文件名不安全，整个上传已拒绝：" + shown);
        }
        return target;
    }

    private void count(String what) throws RefusedUpload {
        if (++entries > limits.maxEntries()) {
            throw new RefusedUpload("文件过多：一次上传最多 " + limits.maxEntries() + " 个文件（" + what + "）");
        }
    }

    private void copy(InputStream in, Path target) throws IOException, RefusedUpload {
        byte[] buf = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                bytes += n;
                if (bytes > limits.maxUnpackedBytes()) {
                    throw new RefusedUpload("上传内容过大：解压后超过 " + (limits.maxUnpackedBytes() >> 20) + " MB");
                }
                out.write(buf, 0, n);
            }
        }
    }

    private static String stripZip(String name) {
        return name.substring(0, name.length() - 4);
    }

    /** An upload refused as a whole, with the reason for the uploader. */
    public static final class RefusedUpload extends Exception {
        public RefusedUpload(String message) {
            super(message);
        }
    }
}
