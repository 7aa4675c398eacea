import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Makes an OPC package (.xlsx, .docx) valid by dropping what names parts it lacks: relationships whose internal
 * target is missing, and [Content_Types].xml overrides for missing parts. Every other entry is copied byte for
 * byte, in its order, with its time. Needs only the JDK:
 *
 *   java examples/build/RepairPackage.java IN OUT
 *
 * The seed 000 workbook (examples/随州市曾都区医疗保障信息中心-2023.xlsx) was published with three relationships
 * to xl/sharedStrings.xml and a content type for it, but no such part (its text is all inline strings): readers
 * that follow relationships strictly refuse it. It is this tool's output on the published file; running the tool
 * on its own output changes nothing.
 */
public class RepairPackage {

    private static final Pattern RELATIONSHIP = Pattern.compile("<Relationship\\b[^>]*/>");
    private static final Pattern OVERRIDE = Pattern.compile("<Override\\b[^>]*/>");
    private static final Pattern TARGET = Pattern.compile("\\bTarget=\"([^\"]*)\"");
    private static final Pattern PART_NAME = Pattern.compile("\\bPartName=\"([^\"]*)\"");

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), "repair", ".zip");
        try (ZipFile zip = new ZipFile(in.toFile()); OutputStream o = Files.newOutputStream(tmp);
             ZipOutputStream z = new ZipOutputStream(o)) {
            Set<String> parts = new HashSet<>();
            for (ZipEntry e : Collections.list(zip.entries())) {
                parts.add(e.getName().toLowerCase(Locale.ROOT));
            }
            for (ZipEntry e : Collections.list(zip.entries())) {
                byte[] bytes;
                try (InputStream s = zip.getInputStream(e)) {
                    bytes = s.readAllBytes();
                }
                String name = e.getName();
                if (name.endsWith(".rels")) {
                    bytes = withoutDangling(bytes, RELATIONSHIP, TARGET, folderOfSource(name), parts);
                } else if (name.equals("[Content_Types].xml")) {
                    bytes = withoutDangling(bytes, OVERRIDE, PART_NAME, "", parts);
                }
                ZipEntry copy = new ZipEntry(name);
                copy.setTime(e.getTime());
                z.putNextEntry(copy);
                z.write(bytes);
                z.closeEntry();
            }
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The folder a .rels part's relative targets start from: xl/_rels/workbook.xml.rels → xl/. */
    private static String folderOfSource(String relsName) {
        return relsName.substring(0, relsName.lastIndexOf("_rels/"));
    }

    private static byte[] withoutDangling(byte[] xml, Pattern element, Pattern attribute, String base, Set<String> parts) {
        String text = new String(xml, StandardCharsets.UTF_8);
        Matcher m = element.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String el = m.group();
            Matcher a = attribute.matcher(el);
            boolean external = el.contains("TargetMode=\"External\"");
            boolean dangling = a.find() && !external && !parts.contains(resolve(base, a.group(1)).toLowerCase(Locale.ROOT));
            m.appendReplacement(b, Matcher.quoteReplacement(dangling ? "" : el));
        }
        m.appendTail(b);
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String resolve(String base, String target) {
        String path = target.startsWith("/") ? target.substring(1) : base + target;
        java.util.Deque<String> out = new java.util.ArrayDeque<>();
        for (String p : path.split("/")) {
            if (p.equals("..")) {
                out.pollLast();
            } else if (!p.isEmpty() && !p.equals(".")) {
                out.addLast(p);
            }
        }
        return String.join("/", out);
    }
}
