package cn.jsaudit.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Holds a zip package (.xlsx, .docx) to the {@link InputLimits}: how many entries, how many bytes each part and
 * all parts inflate to, how far a part inflates beyond its compressed size, and how deep its XML nests. The
 * streaming reader meters the parts as it parses them ({@link #meter}); a package handed to POI, which builds an
 * object tree of every part and recurses through nested elements, is checked whole first ({@link #check}).
 */
public final class PackageGuard {

    /** A part's ratio is judged once it has inflated this far (small parts of repeated markup compress well). */
    private static final long RATIO_GRACE_BYTES = 1L << 20;
    private static final String DEPTH_PROPERTY = "jdk.xml.maxElementDepth";

    private final String file;
    private final InputLimits limits;
    private long inflated;
    private LimitExceeded violation;

    PackageGuard(String file, InputLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    /** The input file's size on disk against {@link InputLimits#maxFileMegabytes()}. */
    public static void checkFileSize(Path path, InputLimits limits) throws IOException, LimitExceeded {
        long size = Files.size(path);
        if (size > limits.maxFileBytes()) {
            throw new LimitExceeded(path.getFileName() + "：文件大小 " + megabytes(size) + " MB，超过"
                    + InputLimits.named("maxFileMegabytes", limits.maxFileMegabytes()) + "，未读取", "maxFileMegabytes", null, null);
        }
    }

    /**
     * Checks a whole package before POI opens it: the file size, the entry count, every part inflated and metered,
     * and the nesting depth of every XML part.
     */
    public static void check(Path path, InputLimits limits) throws IOException, LimitExceeded {
        checkFileSize(path, limits);
        PackageGuard guard = new PackageGuard(path.getFileName().toString(), limits);
        try (ZipFile zip = new ZipFile(path.toFile())) {
            guard.checkEntries(zip.size());
            byte[] buffer = new byte[1 << 16];
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.isDirectory()) {
                    continue;
                }
                try (InputStream in = guard.meter(e, zip.getInputStream(e), null)) {
                    if (isXml(e.getName())) {
                        guard.checkDepth(in, e.getName());
                    }
                    while (in.read(buffer) >= 0) {
                        // metering is the point; the bytes themselves are POI's to read
                    }
                } catch (IOException ex) {
                    guard.rethrowViolation();
                    throw ex;
                }
            }
        }
    }

    void checkEntries(int count) throws LimitExceeded {
        if (count > limits.maxEntries()) {
            throw new LimitExceeded(file + "：压缩包内有 " + count + " 个部件，超过" + InputLimits.named("maxEntries", limits.maxEntries())
                    + "，不像是正常的 Excel/Word 文件，未读取", "maxEntries", null, null);
        }
    }

    /**
     * The entry's inflated bytes, metered: past a limit the stream fails and {@link #rethrowViolation} tells which.
     *
     * @param sheet the worksheet the part holds, to name it as a reviewer knows it; null for other parts
     */
    InputStream meter(ZipEntry entry, InputStream in, String sheet) throws LimitExceeded {
        String what = sheet != null ? "工作表“" + sheet + "”" : "部件 " + entry.getName();
        long compressed = Math.max(entry.getCompressedSize(), 1);
        if (entry.getSize() > RATIO_GRACE_BYTES && entry.getSize() / compressed > limits.maxCompressionRatio()) {
            throw bomb(what, sheet, entry.getSize() / compressed); // as declared; the metering below catches a lie
        }
        if (entry.getSize() > limits.maxPartBytes()) {
            throw partTooLarge(what, sheet, entry.getSize());
        }
        return new FilterInputStream(in) {
            private long part;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(int n) throws IOException {
                part += n;
                inflated += n;
                if (part > limits.maxPartBytes()) {
                    refuse(partTooLarge(what, sheet, part));
                }
                if (inflated > limits.maxInflatedBytes()) {
                    refuse(new LimitExceeded(file + "：解压后的内容超过 " + limits.maxInflatedMegabytes() + " MB（"
                            + InputLimits.named("maxInflatedMegabytes", limits.maxInflatedMegabytes()) + "），未读取",
                            "maxInflatedMegabytes", null, null));
                }
                if (part > RATIO_GRACE_BYTES && part / compressed > limits.maxCompressionRatio()) {
                    refuse(bomb(what, sheet, part / compressed));
                }
            }
        };
    }

    private LimitExceeded bomb(String what, String sheet, long ratio) {
        return new LimitExceeded(file + "：" + what + " 解压后是压缩大小的 " + ratio + " 倍，超过"
                + InputLimits.named("maxCompressionRatio", limits.maxCompressionRatio()) + "；这是“压缩炸弹”的特征，未读取",
                "maxCompressionRatio", sheet, null);
    }

    private LimitExceeded partTooLarge(String what, String sheet, long bytes) {
        return new LimitExceeded(file + "：" + what + " 解压后大于 " + megabytes(bytes) + " MB，超过"
                + InputLimits.named("maxPartMegabytes", limits.maxPartMegabytes()) + "，未读取", "maxPartMegabytes", sheet, null);
    }

    private void refuse(LimitExceeded e) throws IOException {
        violation = e;
        throw new IOException(e.getMessage());
    }

    /** After a failure while a metered stream was read: the limit that stopped it, if one did. */
    void rethrowViolation() throws LimitExceeded {
        if (violation != null) {
            throw violation;
        }
    }

    /** Parses the part only to see how deep it nests; malformed XML is left for POI to report. */
    private void checkDepth(InputStream in, String part) throws IOException, LimitExceeded {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(DEPTH_PROPERTY, String.valueOf(limits.maxXmlDepth()));
        try {
            XMLStreamReader x = f.createXMLStreamReader(new FilterInputStream(in) {
                @Override
                public void close() {
                    // the parser closes its input at the document's end; the part is still to be drained
                }
            });
            while (x.hasNext()) {
                x.next();
            }
        } catch (XMLStreamException e) {
            rethrowViolation();
            if (String.valueOf(e.getMessage()).contains("maxElementDepth")) {
                throw new LimitExceeded(file + "：部件 " + part + " 的 XML 元素嵌套超过 " + limits.maxXmlDepth() + " 层（"
                        + InputLimits.named("maxXmlDepth", limits.maxXmlDepth()) + "），未读取", "maxXmlDepth", null, null);
            }
        }
    }

    private static boolean isXml(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".xml") || n.endsWith(".rels") || n.endsWith(".vml");
    }

    private static String megabytes(long bytes) {
        return String.valueOf(Math.max(1, bytes >> 20));
    }
}
