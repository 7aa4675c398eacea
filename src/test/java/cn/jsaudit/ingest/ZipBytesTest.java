package cn.jsaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The package read into memory must give every part exactly as ZipFile does, and leave anything unusual to it. */
class ZipBytesTest {

    @Test
    void everyPartOfTheExamplesReadsAsZipFileReadsIt() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("examples"))) {
            files = s.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
        assertTrue(files.size() >= 5, "examples found: " + files);
        for (Path f : files) {
            try (ZipBytes bytes = ZipBytes.read(f); ZipFile zip = new ZipFile(f.toFile())) {
                assertNotNull(bytes, f.toString());
                assertEquals(zip.stream().map(ZipEntry::getName).toList(), bytes.entries().stream().map(ZipEntry::getName).toList());
                for (ZipEntry e : bytes.entries()) {
                    ZipEntry z = zip.getEntry(e.getName());
                    assertEquals(List.of(z.getSize(), z.getCompressedSize()), List.of(e.getSize(), e.getCompressedSize()));
                    try (InputStream ours = bytes.open(e); InputStream theirs = zip.getInputStream(z)) {
                        assertArrayEquals(theirs.readAllBytes(), ours.readAllBytes(), f + " " + e.getName());
                    }
                }
            }
        }
    }

    @Test
    void storedAndDeflatedPartsReadTheirBytes(@TempDir Path dir) throws Exception {
        Path f = zip(dir.resolve("a.xlsx"), null, "xl/a.xml", "xl/b.xml");
        try (ZipBytes bytes = ZipBytes.read(f)) {
            assertEquals(List.of("xl/a.xml", "xl/b.xml"), bytes.entries().stream().map(ZipEntry::getName).toList());
            for (ZipEntry e : bytes.entries()) {
                try (InputStream in = bytes.open(e)) {
                    assertEquals("<x>" + e.getName() + "</x>", new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
    }

    /** Forms the plain reader does not take: ZipFile reads them (or names their damage), as before. */
    @Test
    void unusualPackagesAreLeftToZipFile(@TempDir Path dir) throws Exception {
        assertNull(ZipBytes.read(zip(dir.resolve("comment.xlsx"), "a comment", "xl/a.xml")));
        assertNull(ZipBytes.read(zip(dir.resolve("non-ascii-name.xlsx"), null, "xl/a.xml", "xl/é.xml")));
        Path plain = zip(dir.resolve("plain.xlsx"), null, "xl/a.xml");
        byte[] b = Files.readAllBytes(plain);
        Path prepended = dir.resolve("prepended.xlsx");
        byte[] withStub = new byte[b.length + 4];
        System.arraycopy(b, 0, withStub, 4, b.length);
        Files.write(prepended, withStub);
        assertNull(ZipBytes.read(prepended));
        Path truncated = dir.resolve("truncated.xlsx");
        Files.write(truncated, java.util.Arrays.copyOf(b, b.length - 30));
        assertNull(ZipBytes.read(truncated));
        assertNull(ZipBytes.read(dir.resolve("missing.xlsx")));
    }

    /** A zip of the named parts, the first deflated and the rest stored, each holding "<x>name</x>". */
    private static Path zip(Path f, String comment, String... names) throws Exception {
        try (OutputStream out = Files.newOutputStream(f); ZipOutputStream z = new ZipOutputStream(out)) {
            if (comment != null) {
                z.setComment(comment);
            }
            for (int i = 0; i < names.length; i++) {
                byte[] data = ("<x>" + names[i] + "</x>").getBytes(StandardCharsets.UTF_8);
                ZipEntry e = new ZipEntry(names[i]);
                if (i > 0) {
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(data);
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(data.length);
                    e.setCompressedSize(data.length);
                    e.setCrc(crc.getValue());
                }
                z.putNextEntry(e);
                z.write(data);
                z.closeEntry();
            }
        }
        return f;
    }
}
