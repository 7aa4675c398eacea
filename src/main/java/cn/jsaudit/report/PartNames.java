package cn.jsaudit.report;

import cn.jsaudit.ingest.PackagePaths;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Names of the parts of an OPC package (as zip entry names, without the leading slash) and how they relate. */
final class PartNames {

    private PartNames() {
    }

    /** The lookup key of a part: part names are case-insensitive in OPC. */
    static String key(String part) {
        return part.toLowerCase(Locale.ROOT);
    }

    /** The relationships part of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
    static String relsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /** The part a relationships part belongs to (the inverse of {@link #relsOf}); "" for the package's own. */
    static String sourceOf(String relsName) {
        int slash = relsName.lastIndexOf("_rels/");
        return relsName.substring(0, slash) + relsName.substring(slash + 6, relsName.length() - 5);
    }

    /** A relationship target (percent-encoded) resolved against the part that holds it. */
    static String resolve(String source, String target) {
        String t = URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
        return PackagePaths.resolve(source.substring(0, source.lastIndexOf('/') + 1), t);
    }

    /** The target of a new relationship from {@code source}: relative when it lies below the source's folder. */
    static String relative(String source, String part) {
        String dir = source.substring(0, source.lastIndexOf('/') + 1);
        return part.startsWith(dir) ? part.substring(dir.length()) : "/" + part;
    }
}
