package cn.jsaudit.narrative;

import java.util.ArrayList;
import java.util.List;

/** The headings above the current position, one per level; a new heading drops the deeper ones. */
final class SectionPath {

    private final List<String> headings = new ArrayList<>();

    void enter(int level, String heading) {
        while (headings.size() >= level) {
            headings.remove(headings.size() - 1);
        }
        while (headings.size() < level - 1) {
            headings.add("");
        }
        headings.add(heading.replaceAll("[。.]$", "").strip());
    }

    @Override
    public String toString() {
        return String.join(" > ", headings.stream().filter(h -> !h.isEmpty()).toList());
    }
}
