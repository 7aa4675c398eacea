package cn.jsaudit.report;

import static cn.jsaudit.report.PartNames.key;

import cn.jsaudit.ingest.PartParsers;
import com.fasterxml.aalto.stax.OutputFactoryImpl;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.codehaus.stax2.XMLOutputFactory2;
import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.XMLStreamWriter2;
import org.w3c.dom.Document;

/**
 * The parts of a submitted package as its copy will have them: the original's, with some replaced, removed or
 * added. Writing the copy copies the untouched parts still compressed.
 */
final class CopiedPackage implements AutoCloseable {

    /** Parts up to this size (inflated or not) are inflated in one go. */
    private static final long WHOLE_INFLATE = 64L << 20;

    private final ZipFile zip;
    /** The original's entries by {@link PartNames#key}. */
    private final Map<String, ZipArchiveEntry> entries = new HashMap<>();
    private final Map<String, byte[]> replaced = new HashMap<>();
    /** Original parts already inflated: a sheet is looked at up to three times (its A1, its selection, its rewrite). */
    private final Map<String, byte[]> read = new HashMap<>();
    private final Set<String> removed = new HashSet<>();
    private final Map<String, byte[]> added = new LinkedHashMap<>();
    /** Inflates the parts read whole (made when first needed, ended on close). */
    private Inflater inflater;
    /** The streaming parser and writer of this package's parts (made when first needed; see {@link PartParsers}). */
    private XMLInputFactory parsers;
    private XMLOutputFactory writers;

    private CopiedPackage(ZipFile zip) {
        this.zip = zip;
        for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
            entries.put(key(e.getName()), e);
        }
    }

    static CopiedPackage open(Path original) throws IOException {
        ZipFile zip = ZipFile.builder().setPath(original).get();
        try {
            return new CopiedPackage(zip);
        } catch (RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        if (inflater != null) {
            inflater.end();
        }
        zip.close();
    }

    /** The entry's real name when the copy has the part, else null. */
    String existing(String part) {
        String k = key(part);
        if (removed.contains(k)) {
            return null;
        }
        ZipArchiveEntry e = entries.get(k);
        if (e != null) {
            return e.getName();
        }
        for (String a : added.keySet()) {
            if (key(a).equals(k)) {
                return a;
            }
        }
        return null;
    }

    /** Whether the original has the part (even when the copy drops it). */
    boolean inOriginal(String part) {
        return entries.containsKey(key(part));
    }

    /** The first name {@code prefix}N{@code suffix} (N = 1, 2 …) no part has. */
    String freeName(String prefix, String suffix) {
        for (int n = 1; ; n++) {
            String name = prefix + n + suffix;
            if (!inOriginal(name) && existing(name) == null) {
                return name;
            }
        }
    }

    /** The relationships parts the copy keeps from the original. */
    List<String> originalRelationshipParts() {
        List<String> out = new ArrayList<>();
        entries.forEach((k, e) -> {
            if (k.endsWith(".rels") && !removed.contains(k)) {
                out.add(e.getName());
            }
        });
        return out;
    }

    void replace(String part, byte[] content) {
        replaced.put(key(part), content);
    }

    /** Puts a part the original lacks; the new parts are written in the order they were put. */
    void add(String part, byte[] content) {
        added.put(part, content);
    }

    /** Replaces the part when the original has it, else adds it. */
    void put(String part, byte[] content) {
        if (inOriginal(part)) {
            replace(part, content);
        } else {
            add(part, content);
        }
    }

    void remove(String part) {
        removed.add(key(part));
    }

    /** The part's content as the copy has it so far (null when the package lacks it). */
    byte[] bytes(String part) throws IOException {
        byte[] r = replaced.get(key(part));
        if (r != null) {
            return r;
        }
        String k = key(part);
        byte[] known = read.get(k);
        if (known != null) {
            return known;
        }
        ZipArchiveEntry e = entries.get(k);
        if (e == null) {
            return null;
        }
        byte[] content = inflated(e);
        if (content == null) {
            try (InputStream in = zip.getInputStream(e)) {
                content = in.readAllBytes();
            }
        }
        read.put(k, content);
        return content;
    }

    /**
     * A deflated entry's content inflated at once into an array of its stated size, from its compressed bytes read at
     * once (the library's stream buffers and grows its arrays on the way); null when the entry is stored, large, or
     * does not inflate to exactly its stated size: the stream reads it then.
     */
    private byte[] inflated(ZipArchiveEntry e) throws IOException {
        long size = e.getSize();
        long packed = e.getCompressedSize();
        if (e.getMethod() != ZipEntry.DEFLATED || size < 0 || size > WHOLE_INFLATE || packed < 0 || packed > WHOLE_INFLATE) {
            return null;
        }
        byte[] input;
        try (InputStream raw = zip.getRawInputStream(e)) {
            input = raw.readNBytes((int) packed);
        }
        if (inflater == null) {
            inflater = new Inflater(true);
        }
        inflater.reset();
        inflater.setInput(input);
        byte[] out = new byte[(int) size];
        try {
            int n = 0;
            while (n < out.length) {
                int k = inflater.inflate(out, n, out.length - n);
                if (k == 0) {
                    return null; // shorter than stated, or cut off
                }
                n += k;
            }
            // a content longer than its stated size is not cut to it
            boolean whole = inflater.finished() || inflater.inflate(new byte[1]) == 0 && inflater.finished();
            return whole ? out : null;
        } catch (DataFormatException ex) {
            return null;
        }
    }

    Document xml(String part) throws IOException {
        byte[] b = bytes(part);
        return b == null ? null : PackageXml.parse(b);
    }

    /** A streaming parser of {@code xml}, a part of this package. */
    XMLStreamReader2 parser(byte[] xml) throws XMLStreamException {
        if (parsers == null) {
            parsers = PartParsers.newFactory();
        }
        return (XMLStreamReader2) parsers.createXMLStreamReader(new ByteArrayInputStream(xml));
    }

    /** A streaming UTF-8 writer that writes what it is given as given (no namespace repairs), empty elements as {@code <x/>}. */
    XMLStreamWriter2 writer(OutputStream out) throws XMLStreamException {
        if (writers == null) {
            writers = new OutputFactoryImpl();
            writers.setProperty(XMLOutputFactory2.P_AUTOMATIC_EMPTY_ELEMENTS, true);
        }
        return (XMLStreamWriter2) writers.createXMLStreamWriter(out, "UTF-8");
    }

    /** Whether the part's text holds {@code ascii} (looked for in its bytes, whatever their encoding). */
    boolean contains(String part, String ascii) throws IOException {
        return new String(bytes(part), StandardCharsets.ISO_8859_1).contains(ascii);
    }

    /** Writes the copy: the changed and new parts, the others copied still compressed. */
    void writeTo(OutputStream out) throws IOException {
        ZipArchiveOutputStream z = new ZipArchiveOutputStream(out);
        z.setLevel(Deflater.BEST_SPEED);
        for (ZipArchiveEntry e : Collections.list(zip.getEntriesInPhysicalOrder())) {
            String k = key(e.getName());
            if (removed.contains(k)) {
                continue;
            }
            byte[] content = replaced.get(k);
            if (content == null) {
                try (InputStream raw = zip.getRawInputStream(e)) {
                    z.addRawArchiveEntry(e, raw);
                }
            } else {
                write(z, e.getName(), content);
            }
        }
        for (Map.Entry<String, byte[]> a : added.entrySet()) {
            write(z, a.getKey(), a.getValue());
        }
        z.finish();
    }

    private static void write(ZipArchiveOutputStream z, String name, byte[] content) throws IOException {
        ZipArchiveEntry e = new ZipArchiveEntry(name);
        e.setMethod(ZipEntry.DEFLATED);
        e.setTime(System.currentTimeMillis());
        z.putArchiveEntry(e);
        z.write(content);
        z.closeArchiveEntry();
    }
}
