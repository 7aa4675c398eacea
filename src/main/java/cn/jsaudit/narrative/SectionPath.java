package cn.jsaudit.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The headings above the current position, one per level; a new heading drops the deeper ones. */
final class SectionPath {

    private static final Pattern END_MARK = Pattern.compile("[。.]$");

    private final List<String> headings = new ArrayList<>();
    /** every sentence asks for the path; it changes only at headings */
    private String path = "";

    void enter(int level, String heading) {
        while (headings.size() >= level) {
            headings.remove(headings.size() - 1);
        }
        while (headings.size() < level - 1) {
            headings.add("");
        }
        headings.add(END_MARK.matcher(heading).replaceAll("").strip());
        path = String.join(" > ", headings.stream().filter(h -> !h.isEmpty()).toList());
    }

    @Override
    public String toString() {
        return path;
    }
}
