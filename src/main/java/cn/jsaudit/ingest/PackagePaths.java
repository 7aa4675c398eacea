package cn.jsaudit.ingest;

import java.util.ArrayList;
import java.util.List;

/** Part names inside an OOXML package (a zip): how a relationship's target names the part it points to. */
public final class PackagePaths {

    private PackagePaths() {
    }

    /** A relationship target relative to the source part's folder {@code dir}, or absolute from the package root. */
    public static String resolve(String dir, String target) {
        String path = target.startsWith("/") ? target.substring(1) : dir + target;
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (p.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!p.isEmpty() && !p.equals(".")) {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }
}
