package cn.jsaudit.ingest;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;

/**
 * A zip package read whole into memory with one read of the file, its parts inflated from there: opening the file
 * as a {@link java.util.zip.ZipFile} costs about as much as inflating a small workbook's parts (the central directory
 * read and hashed, a seek and a read per part). It takes only the plain form every spreadsheet writer produces; a
 * package with anything else (zip64, prepended data, encryption, duplicate or non-ASCII names, a directory that does
 * not add up) is not taken ({@link #read} returns null) and goes to {@code ZipFile}, as does one whose reading
 * fails: its verdict on a damaged package is the one reported. A part is inflated exactly as {@code ZipFile} does it
 * (same input chunks, same end of input), so a part reads the same bytes either way.
 */
final class ZipBytes implements AutoCloseable {

    /** Larger files are not held in memory: {@code ZipFile} reads only the parts it is asked for. */
    private static final long MAX_BYTES = 16L << 20;
    private static final int LOCSIG = 0x04034b50;
    private static final int CENSIG = 0x02014b50;
    private static final int ENDSIG = 0x06054b50;
    private static final int ZIP64_LOCSIG = 0x07064b50;
    private static final int LOCHDR = 30;
    private static final int CENHDR = 46;
    private static final int ENDHDR = 22;
    private static final int ZIP64_LOCHDR = 20;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;

    private final byte[] bytes;
    private final List<ZipEntry> entries;
    private final Map<ZipEntry, Integer> dataStart;
    private final Inflater inflater = new Inflater(true);

    private ZipBytes(byte[] bytes, List<ZipEntry> entries, Map<ZipEntry, Integer> dataStart) {
        this.bytes = bytes;
        this.entries = entries;
        this.dataStart = dataStart;
    }

    /** The package in memory, or null when it is to be read through {@code ZipFile}. */
    static ZipBytes read(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            return null; // ZipFile tells what is wrong with the file
        }
        try {
            return bytes.length > MAX_BYTES ? null : of(bytes);
        } catch (RuntimeException e) {
            return null; // a directory pointing outside the file: ZipFile names the damage
        }
    }

    /** Entries in central directory order (as {@code ZipFile.stream()} gives them). */
    List<ZipEntry> entries() {
        return entries;
    }

    int size() {
        return entries.size();
    }

    /** The entry's bytes, inflated as {@code ZipFile.getInputStream} inflates them. */
    InputStream open(ZipEntry e) {
        int start = dataStart.get(e);
        int csize = (int) e.getCompressedSize();
        ByteArrayInputStream raw = new ByteArrayInputStream(bytes, start, csize);
        if (e.getMethod() == STORED) {
            return raw;
        }
        inflater.reset();
        int buffer = csize > 65536 || csize <= 0 ? 8192 : csize;
        return new InflaterInputStream(raw, inflater, buffer) {
            private boolean eof;

            @Override
            protected void fill() throws IOException {
                if (eof) {
                    throw new EOFException("Unexpected end of ZLIB input stream");
                }
                len = in.read(buf, 0, buf.length);
                if (len == -1) {
                    buf[0] = 0; // the inflater, without the zlib wrapper, may want one byte past the data
                    len = 1;
                    eof = true;
                }
                inf.setInput(buf, 0, len);
            }
        };
    }

    @Override
    public void close() {
        inflater.end();
    }

    private static ZipBytes of(byte[] b) {
        int end = b.length - ENDHDR;
        if (end < 0 || get32(b, end) != ENDSIG || get16(b, end + 20) != 0) {
            return null; // a zip comment, or no directory end where it stands without one
        }
        if (end >= ZIP64_LOCHDR && get32(b, end - ZIP64_LOCHDR) == ZIP64_LOCSIG) {
            return null;
        }
        int total = get16(b, end + 10);
        long cenlen = get32u(b, end + 12);
        long cenoff = get32u(b, end + 16);
        if (get16(b, end + 4) != 0 || get16(b, end + 6) != 0 || get16(b, end + 8) != total
                || cenlen > end || cenoff != end - cenlen) {
            return null; // several disks, data before the package, or a directory that does not end where it says
        }
        List<ZipEntry> entries = new ArrayList<>(total);
        Map<ZipEntry, Integer> starts = new HashMap<>();
        Set<String> names = new HashSet<>();
        int pos = (int) cenoff;
        for (int i = 0; i < total; i++) {
            if (pos + CENHDR > end || get32(b, pos) != CENSIG) {
                return null;
            }
            int flag = get16(b, pos + 8);
            int method = get16(b, pos + 10);
            long csize = get32u(b, pos + 20);
            long size = get32u(b, pos + 24);
            int nlen = get16(b, pos + 28);
            int elen = get16(b, pos + 30);
            int clen = get16(b, pos + 32);
            int disk = get16(b, pos + 34);
            long loc = get32u(b, pos + 42);
            int next = pos + CENHDR + nlen + elen + clen;
            if ((flag & 1) != 0 || (method != STORED && method != DEFLATED) || disk != 0 || next > end
                    || csize == 0xFFFFFFFFL || size == 0xFFFFFFFFL || loc == 0xFFFFFFFFL
                    || method == STORED && csize != size || !plainExtra(b, pos + CENHDR + nlen, elen)) {
                return null;
            }
            String name = asciiName(b, pos + CENHDR, nlen);
            if (name == null || !names.add(name) || loc + LOCHDR > cenoff || get32(b, (int) loc) != LOCSIG) {
                return null;
            }
            long data = loc + LOCHDR + get16(b, (int) loc + 26) + get16(b, (int) loc + 28);
            if (data + csize > cenoff) {
                return null;
            }
            ZipEntry e = new ZipEntry(name);
            e.setMethod(method);
            e.setSize(size);
            e.setCompressedSize(csize);
            entries.add(e);
            starts.put(e, (int) data);
            pos = next;
        }
        return pos == end ? new ZipBytes(b, List.copyOf(entries), starts) : null;
    }

    /** Extra fields that tile their space exactly and hold no zip64 sizes. */
    private static boolean plainExtra(byte[] b, int from, int length) {
        int pos = from;
        int to = from + length;
        while (pos + 4 <= to) {
            int tag = get16(b, pos);
            int size = get16(b, pos + 2);
            if (tag == 0x0001 || pos + 4 + size > to) {
                return false;
            }
            pos += 4 + size;
        }
        return pos == to;
    }

    private static String asciiName(byte[] b, int from, int length) {
        if (length == 0) {
            return null;
        }
        for (int i = from; i < from + length; i++) {
            if (b[i] < 0x20) {
                return null; // also every byte of 0x80 and above (negative): names in other encodings go to ZipFile
            }
        }
        return new String(b, from, length, StandardCharsets.US_ASCII);
    }

    private static int get16(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
    }

    private static long get32u(byte[] b, int i) {
        return get32(b, i) & 0xFFFFFFFFL;
    }

    private static int get32(byte[] b, int i) {
        return get16(b, i) | get16(b, i + 2) << 16;
    }
}
